package org.disclosure.contracts;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A stage rejected a document for a reason of the document's own (empty, corrupt, not a
 * disclosure): a normal outcome, recorded and searchable, never retried by itself.
 *
 * @param failureId stable id of this failure: the same document failing the same way at
 * the same stage gives the same id, so a replay does not duplicate the record
 * @param docId the document id, null when the bytes never arrived (e.g. a fetch failed)
 * @param reason a short machine-readable code, e.g. {@code empty_document}
 * @param message what went wrong, for a person
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentFailed(int schemaVersion, String failureId, String docId, Stage stage, String reason,
		String message, DocumentSource source, Instant failedAt) implements PipelineEvent {

	public static final int SCHEMA_VERSION = 1;

	public static final String TYPE = "org.disclosure.document.failed.v1";

	@Override
	public String key() {
		return (this.docId != null) ? this.docId : this.failureId;
	}

	@Override
	public String cloudEventType() {
		return TYPE;
	}

}
