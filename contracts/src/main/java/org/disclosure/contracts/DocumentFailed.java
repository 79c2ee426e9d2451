package org.disclosure.contracts;

import java.time.Instant;
import java.util.List;

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
 * @param attachments the documents a page links when it is a landing page rather than a
 * disclosure (reason {@code landing_page}): absolute URLs where the page's URL was known;
 * null for any other failure
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentFailed(int schemaVersion, String failureId, String docId, Stage stage, String reason,
		String message, DocumentSource source, Instant failedAt, List<String> attachments) implements PipelineEvent {

	public static final int SCHEMA_VERSION = 1;

	public static final String TYPE = "org.disclosure.document.failed.v1";

	/** A failure that links no attachments. */
	public DocumentFailed(int schemaVersion, String failureId, String docId, Stage stage, String reason, String message,
			DocumentSource source, Instant failedAt) {
		this(schemaVersion, failureId, docId, stage, reason, message, source, failedAt, null);
	}

	@Override
	public String key() {
		return (this.docId != null) ? this.docId : this.failureId;
	}

	@Override
	public String cloudEventType() {
		return TYPE;
	}

}
