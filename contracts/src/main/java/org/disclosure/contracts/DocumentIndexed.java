package org.disclosure.contracts;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A disclosure is searchable: written to {@code index} under its document id.
 *
 * @param fetchedAt when ingest-service stored the bytes, so the time from fetch to index
 * can be read off this event alone; absent from events written before it was added
 * @param validatedAt when validate-service checked the document: the index stage took
 * {@code indexedAt − validatedAt}; absent as {@code fetchedAt}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentIndexed(int schemaVersion, String docId, String index, Instant indexedAt, Instant fetchedAt,
		Instant validatedAt) implements PipelineEvent {

	public static final int SCHEMA_VERSION = 1;

	public static final String TYPE = "org.disclosure.document.indexed.v1";

	/** An event without the stage times, as the first writers of version 1 made it. */
	public DocumentIndexed(int schemaVersion, String docId, String index, Instant indexedAt) {
		this(schemaVersion, docId, index, indexedAt, null, null);
	}

	@Override
	public String key() {
		return this.docId;
	}

	@Override
	public String cloudEventType() {
		return TYPE;
	}

}
