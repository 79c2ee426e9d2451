package org.disclosure.contracts;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A document's bytes are stored: a claim check. {@code blobKey} names the bytes in the
 * content-addressed blob store; for the original document it equals {@code docId}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentFetched(int schemaVersion, String docId, String blobKey, DocumentSource source,
		Instant fetchedAt) implements PipelineEvent {

	public static final int SCHEMA_VERSION = 1;

	public static final String TYPE = "org.disclosure.document.fetched.v1";

	@Override
	public String key() {
		return this.docId;
	}

	@Override
	public String cloudEventType() {
		return TYPE;
	}

}
