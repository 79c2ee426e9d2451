package org.disclosure.ingest.intake;

import org.disclosure.contracts.DocumentSource;

/** What became of a document offered to the pipeline. */
public sealed interface IntakeResult {

	/**
	 * The bytes are stored; {@code duplicate} when they had been announced before, so
	 * nothing new happens.
	 */
	record Stored(String docId, DocumentSource source, boolean duplicate) implements IntakeResult {
	}

	/**
	 * Not taken in; the rejection is recorded as a failure. {@code docId} is null without
	 * bytes.
	 */
	record Rejected(Rejection rejection, String message, String docId) implements IntakeResult {
	}

}
