package org.disclosure.index.elasticsearch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

/**
 * Writes documents through the bulk API under ids of their own, so writing again replaces
 * instead of adding: at-least-once delivery stays idempotent. Any rejected item fails the
 * whole call, naming the ids rejected.
 */
public class BulkWriter {

	/**
	 * Operations per bulk request: a disclosure has a thousand facts, so a batch of
	 * disclosures takes a few requests of some megabytes each.
	 */
	static final int CHUNK = 5000;

	/** Rejected items an exception's message describes. */
	private static final int REASONS_SHOWN = 5;

	/**
	 * A write that starts this soon after the previous one ended is part of a stream of
	 * writes (a backlog draining, or documents arriving faster than they are indexed).
	 */
	static final Duration STREAM_GAP = Duration.ofMillis(250);

	private final ElasticsearchClient client;

	private final Refresh refresh;

	private final LongSupplier nanoTime;

	/** When the previous call ended ({@link System#nanoTime()}), or never. */
	private final AtomicLong lastEnded = new AtomicLong();

	private volatile boolean wroteBefore;

	/**
	 * @param waitForRefresh whether a call returns only once what it wrote is searchable.
	 * A call on an idle index-service (the previous ended {@link #STREAM_GAP} or longer
	 * ago) that fits one request forces a refresh, so a document pushed alone is
	 * searchable at once. A call in a stream of writes waits for the index's next
	 * periodic refresh ({@code refresh=wait_for}) instead: forcing one refresh per poll
	 * while documents keep coming cost Elasticsearch more than the writes themselves (a
	 * small segment per refresh, and merges of them), and the wait lets the next poll
	 * gather more records
	 */
	public BulkWriter(ElasticsearchClient client, boolean waitForRefresh) {
		this(client, waitForRefresh, System::nanoTime);
	}

	BulkWriter(ElasticsearchClient client, boolean waitForRefresh, LongSupplier nanoTime) {
		this.client = client;
		this.refresh = waitForRefresh ? Refresh.WaitFor : Refresh.False;
		this.nanoTime = nanoTime;
	}

	/**
	 * Indexes {@code documentsById} into {@code alias}, one response item per document in
	 * the map's order.
	 */
	public List<BulkResponseItem> write(String alias, Map<String, ?> documentsById) {
		List<BulkOperation> operations = documentsById.entrySet()
			.stream()
			.map((entry) -> BulkOperation.of((operation) -> operation
				.index((index) -> index.index(alias).id(entry.getKey()).document(entry.getValue()))))
			.toList();
		return execute(operations, "write in " + alias);
	}

	/** Deletes {@code ids} from {@code alias}; an id that is already gone is no error. */
	public void delete(String alias, Collection<String> ids) {
		List<BulkOperation> operations = ids.stream()
			.map((id) -> BulkOperation.of((operation) -> operation.delete((delete) -> delete.index(alias).id(id))))
			.toList();
		execute(operations, "delete in " + alias);
	}

	/**
	 * Runs {@code operations}, each naming its index, in requests of at most
	 * {@value #CHUNK}, in order; one response item per operation.
	 * @param what what the operations do, for the exception's message
	 * @throws IndexWriteException when Elasticsearch cannot be reached or rejects an item
	 * (the ids of all rejected items in {@link IndexWriteException#rejectedIds()})
	 */
	public List<BulkResponseItem> execute(List<BulkOperation> operations, String what) {
		List<BulkResponseItem> items = new ArrayList<>();
		Refresh refresh = refreshFor(operations.size());
		try {
			for (int from = 0; from < operations.size(); from += CHUNK) {
				items.addAll(executeChunk(operations.subList(from, Math.min(operations.size(), from + CHUNK)), what,
						refresh));
			}
		}
		finally {
			this.lastEnded.set(this.nanoTime.getAsLong());
			this.wroteBefore = true;
		}
		return items;
	}

	/**
	 * The refresh a call of {@code operations} asks for: forced on an idle writer when it
	 * fits one request, else the writer's own ({@code wait_for} or none).
	 */
	Refresh refreshFor(int operations) {
		if (this.refresh != Refresh.WaitFor || operations > CHUNK) {
			return this.refresh;
		}
		boolean idle = !this.wroteBefore || this.nanoTime.getAsLong() - this.lastEnded.get() >= STREAM_GAP.toNanos();
		return idle ? Refresh.True : Refresh.WaitFor;
	}

	private List<BulkResponseItem> executeChunk(List<BulkOperation> operations, String what, Refresh refresh) {
		BulkResponse response;
		try {
			response = this.client.bulk((bulk) -> bulk.refresh(refresh).operations(operations));
		}
		catch (IOException ex) {
			throw new IndexWriteException("Cannot reach Elasticsearch to " + what, ex);
		}
		if (response.errors()) {
			List<BulkResponseItem> rejected = response.items().stream().filter((item) -> item.error() != null).toList();
			Set<String> ids = rejected.stream()
				.map(BulkResponseItem::id)
				.collect(Collectors.toCollection(LinkedHashSet::new));
			String reasons = rejected.stream()
				.limit(REASONS_SHOWN)
				.map((item) -> item.index() + "/" + item.id() + ": " + item.error().type() + " "
						+ item.error().reason())
				.collect(Collectors.joining("; "))
					+ ((rejected.size() > REASONS_SHOWN) ? "; and " + (rejected.size() - REASONS_SHOWN) + " more" : "");
			throw new IndexWriteException("Elasticsearch rejected a bulk " + what + ": " + reasons, null, ids);
		}
		return response.items();
	}

}
