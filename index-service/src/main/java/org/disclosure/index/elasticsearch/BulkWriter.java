package org.disclosure.index.elasticsearch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.annotation.JsonProperty;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes documents through the bulk API under ids of their own, so writing again replaces
 * instead of adding: at-least-once delivery stays idempotent. Any rejected item fails the
 * whole call, naming the ids rejected.
 *
 * <p>
 * The request body is written as one stream of JSON lines by the client's own Jackson
 * mapper, and the response is read only as far as it must be: {@code errors}, and the
 * rejected items when there are any ({@code filter_path} keeps Elasticsearch from sending
 * the rest). The typed client built every line with a generator of its own and read every
 * item of every response into objects: a quarter of index-service's CPU under the
 * benchmark, for a disclosure of a thousand facts.
 */
public class BulkWriter {

	/**
	 * Operations per bulk request. A disclosure has about a thousand facts, so a poll's
	 * batch ({@code pipeline.index.max-poll-records}, 20) fits one request of some 10 to
	 * 15 MB, which waits for one refresh; with 5,000 operations a request, a full batch
	 * waited for five, one after the other, and the index stage drained a backlog at a
	 * fraction of what Elasticsearch could take. Disclosures of several thousand facts
	 * still go in a few requests, far below Elasticsearch's 100 MB limit.
	 */
	static final int CHUNK = 25_000;

	/** Rejected items an exception's message describes. */
	private static final int REASONS_SHOWN = 5;

	/** What a bulk response is cut to: whether any item failed, and those that did. */
	static final String FILTER_PATH = "errors,items.*.error,items.*._id,items.*._index";

	private static final ContentType NDJSON = ContentType.create("application/x-ndjson");

	/**
	 * A write that starts this soon after the previous one ended is part of a stream of
	 * writes (a backlog draining, or documents arriving faster than they are indexed).
	 */
	static final Duration STREAM_GAP = Duration.ofMillis(250);

	private final RestClient client;

	private final ObjectMapper mapper;

	private final ObjectWriter lines;

	private final Refresh refresh;

	private final LongSupplier nanoTime;

	/**
	 * When the previous call ended ({@link System#nanoTime()}); before the first, a
	 * stream gap before the writer was made, so the first call finds the writer idle.
	 */
	private final AtomicLong lastEnded;

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
		this.client = (client != null) ? ((RestClientTransport) client._transport()).restClient() : null;
		this.mapper = (client != null) ? ((Jackson3JsonpMapper) client._jsonpMapper()).objectMapper() : null;
		this.lines = (this.mapper != null) ? this.mapper.writer().withRootValueSeparator("\n") : null;
		this.refresh = waitForRefresh ? Refresh.WaitFor : Refresh.False;
		this.nanoTime = nanoTime;
		this.lastEnded = new AtomicLong(nanoTime.getAsLong() - STREAM_GAP.toNanos());
	}

	/** Indexes {@code documentsById} into {@code alias}. */
	public void write(String alias, Map<String, ?> documentsById) {
		List<Operation> operations = new ArrayList<>(documentsById.size());
		documentsById.forEach((id, document) -> operations.add(new Index(alias, id, document)));
		execute(operations, "write in " + alias);
	}

	/**
	 * Runs {@code operations}, each naming its index, in requests of at most
	 * {@value #CHUNK}, in order.
	 * @param what what the operations do, for the exception's message
	 * @throws IndexWriteException when Elasticsearch cannot be reached or rejects an item
	 * (the ids of all rejected items in {@link IndexWriteException#rejectedIds()})
	 */
	public void execute(List<? extends Operation> operations, String what) {
		Refresh refresh = refreshFor(operations.size());
		try {
			for (int from = 0; from < operations.size(); from += CHUNK) {
				executeChunk(operations.subList(from, Math.min(operations.size(), from + CHUNK)), what, refresh);
			}
		}
		finally {
			this.lastEnded.set(this.nanoTime.getAsLong());
		}
	}

	/**
	 * The refresh a call of {@code operations} asks for: forced on an idle writer when it
	 * fits one request, else the writer's own ({@code wait_for} or none).
	 */
	Refresh refreshFor(int operations) {
		if (this.refresh != Refresh.WaitFor || operations > CHUNK) {
			return this.refresh;
		}
		boolean idle = this.nanoTime.getAsLong() - this.lastEnded.get() >= STREAM_GAP.toNanos();
		return idle ? Refresh.True : Refresh.WaitFor;
	}

	private void executeChunk(List<? extends Operation> operations, String what, Refresh refresh) {
		Request request = new Request("POST", "/_bulk");
		request.addParameter("refresh", refresh.jsonValue());
		request.addParameter("filter_path", FILTER_PATH);
		request.setEntity(new ByteArrayEntity(body(operations), NDJSON));
		Response response;
		try {
			response = this.client.performRequest(request);
		}
		catch (ResponseException ex) {
			throw new IndexWriteException(
					"Elasticsearch refused a bulk " + what + ": " + ex.getResponse().getStatusLine(), ex);
		}
		catch (IOException ex) {
			throw new IndexWriteException("Cannot reach Elasticsearch to " + what, ex);
		}
		List<Item> rejected;
		try (InputStream in = response.getEntity().getContent()) {
			rejected = rejections(in);
		}
		catch (IOException | JacksonException ex) {
			throw new IndexWriteException("Cannot read Elasticsearch's answer to a bulk " + what, ex);
		}
		if (!rejected.isEmpty()) {
			Set<String> ids = new LinkedHashSet<>();
			rejected.forEach((item) -> ids.add(item.id()));
			StringBuilder reasons = new StringBuilder();
			rejected.stream()
				.limit(REASONS_SHOWN)
				.forEach((item) -> reasons.append((reasons.length() > 0) ? "; " : "")
					.append(item.index())
					.append('/')
					.append(item.id())
					.append(": ")
					.append(item.error().path("type").asString())
					.append(' ')
					.append(item.error().path("reason").asString()));
			if (rejected.size() > REASONS_SHOWN) {
				reasons.append("; and ").append(rejected.size() - REASONS_SHOWN).append(" more");
			}
			throw new IndexWriteException("Elasticsearch rejected a bulk " + what + ": " + reasons, null, ids);
		}
	}

	/** The bulk request's body: an action line for each operation, then its document. */
	byte[] body(List<? extends Operation> operations) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(operations.size() * 512);
		try (JsonGenerator json = this.lines.createGenerator(out)) {
			for (Operation operation : operations) {
				json.writeStartObject();
				json.writeName((operation instanceof Delete) ? "delete" : "index");
				json.writeStartObject();
				json.writeStringProperty("_index", operation.index());
				json.writeStringProperty("_id", operation.id());
				json.writeEndObject();
				json.writeEndObject();
				if (operation instanceof Index index) {
					this.lines.writeValue(json, index.document());
				}
			}
			json.writeRaw('\n');
		}
		return out.toByteArray();
	}

	/**
	 * The items a bulk response rejected. The response is read no further than
	 * {@code errors} when that is false.
	 */
	private List<Item> rejections(InputStream response) {
		List<Item> rejected = new ArrayList<>();
		try (JsonParser json = this.mapper.createParser(response)) {
			if (json.nextToken() != JsonToken.START_OBJECT) {
				throw new IndexWriteException("A bulk response that is no JSON object", null);
			}
			while (json.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = json.currentName();
				json.nextToken();
				if ("errors".equals(name) && !json.getBooleanValue()) {
					return rejected;
				}
				if ("items".equals(name)) {
					while (json.nextToken() == JsonToken.START_OBJECT) {
						json.nextToken();
						json.nextToken();
						Item item = this.mapper.readValue(json, Item.class);
						if (item.error() != null) {
							rejected.add(item);
						}
						json.nextToken();
					}
				}
				else {
					json.skipChildren();
				}
			}
		}
		return rejected;
	}

	/** One operation of a bulk request. */
	public sealed interface Operation permits Index, Delete {

		/** The index (not an alias) the operation applies to. */
		String index();

		/** The document's id. */
		String id();

	}

	/** Write {@code document} (any object the mapper serialises) under {@code id}. */
	public record Index(String index, String id, Object document) implements Operation {
	}

	/** Delete the document {@code id}; one already gone is no error. */
	public record Delete(String index, String id) implements Operation {
	}

	/** A bulk response's item, as {@link #FILTER_PATH} leaves it. */
	record Item(@JsonProperty("_index") String index, @JsonProperty("_id") String id, JsonNode error) {
	}

}
