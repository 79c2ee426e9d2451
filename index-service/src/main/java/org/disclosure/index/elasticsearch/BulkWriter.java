package org.disclosure.index.elasticsearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

/**
 * Writes documents through the bulk API under ids of their own, so writing again replaces
 * instead of adding: at-least-once delivery stays idempotent. Any rejected item fails the
 * whole call.
 */
public class BulkWriter {

	private final ElasticsearchClient client;

	/** Operations per bulk request: a disclosure has thousands of facts. */
	private static final int CHUNK = 2000;

	private final Refresh refresh;

	/**
	 * @param waitForRefresh whether a call returns only once what it wrote is searchable.
	 * It refreshes at once ({@code refresh=true}) rather than waiting for the next
	 * periodic refresh ({@code wait_for}): a disclosure takes three calls, and waiting up
	 * to a second for each made a replay of the whole pipeline crawl.
	 */
	public BulkWriter(ElasticsearchClient client, boolean waitForRefresh) {
		this.client = client;
		this.refresh = waitForRefresh ? Refresh.True : Refresh.False;
	}

	/**
	 * Indexes {@code documentsById} into {@code alias}, one response item per document in
	 * the map's order.
	 */
	public List<BulkResponseItem> write(String alias, Map<String, ?> documentsById) {
		List<BulkOperation> operations = documentsById.entrySet()
			.stream()
			.map((entry) -> BulkOperation
				.of((operation) -> operation.index((index) -> index.id(entry.getKey()).document(entry.getValue()))))
			.toList();
		return executeAll(alias, operations, "write");
	}

	/** Deletes {@code ids} from {@code alias}; an id that is already gone is no error. */
	public void delete(String alias, Collection<String> ids) {
		List<BulkOperation> operations = ids.stream()
			.map((id) -> BulkOperation.of((operation) -> operation.delete((delete) -> delete.id(id))))
			.toList();
		executeAll(alias, operations, "delete");
	}

	private List<BulkResponseItem> executeAll(String alias, List<BulkOperation> operations, String what) {
		List<BulkResponseItem> items = new ArrayList<>();
		for (int from = 0; from < operations.size(); from += CHUNK) {
			items.addAll(execute(alias, operations.subList(from, Math.min(operations.size(), from + CHUNK)), what));
		}
		return items;
	}

	private List<BulkResponseItem> execute(String alias, List<BulkOperation> operations, String what) {
		BulkResponse response;
		try {
			response = this.client.bulk((bulk) -> bulk.index(alias).refresh(this.refresh).operations(operations));
		}
		catch (IOException ex) {
			throw new IndexWriteException("Cannot reach Elasticsearch to " + what + " in " + alias, ex);
		}
		if (response.errors()) {
			String reasons = response.items()
				.stream()
				.filter((item) -> item.error() != null)
				.map((item) -> item.id() + ": " + item.error().type() + " " + item.error().reason())
				.collect(Collectors.joining("; "));
			throw new IndexWriteException("Elasticsearch rejected a bulk " + what + " in " + alias + ": " + reasons,
					null);
		}
		return response.items();
	}

}
