package org.disclosure.contracts;

import java.time.Instant;

/** A disclosure is searchable: written to {@code index} under its document id. */
public record DocumentIndexed(int schemaVersion, String docId, String index,
		Instant indexedAt) implements PipelineEvent {

	public static final int SCHEMA_VERSION = 1;

	public static final String TYPE = "org.disclosure.document.indexed.v1";

	@Override
	public String key() {
		return this.docId;
	}

	@Override
	public String cloudEventType() {
		return TYPE;
	}

}
