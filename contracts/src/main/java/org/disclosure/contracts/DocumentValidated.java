package org.disclosure.contracts;

import java.time.Instant;

/** A parsed disclosure with the verdict of the rule catalogue on it. */
public record DocumentValidated(int schemaVersion, String docId, DocumentParsed document, Validation validation,
		Instant validatedAt) implements PipelineEvent {

	public static final int SCHEMA_VERSION = 1;

	public static final String TYPE = "org.disclosure.document.validated.v1";

	@Override
	public String key() {
		return this.docId;
	}

	@Override
	public String cloudEventType() {
		return TYPE;
	}

}
