package org.disclosure.index.documents;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a record of the event log says happened to a document at its stage. */
public enum EventOutcome {

	/** A crawler asked for a fetch ({@code disclosure.fetch-requested.v1}). */
	REQUESTED("requested"),

	/** The stage passed the document on (fetched, parsed, validated, indexed). */
	DONE("done"),

	/**
	 * The stage rejected the document for a reason of its own ({@code DocumentFailed}).
	 */
	FAILED("failed"),

	/** The stage's listener gave the record up after retries: a dead-letter record. */
	DEAD_LETTERED("dead_lettered"),

	/**
	 * A record re-sent by a replay: input for the next stage again, not a new outcome of
	 * the stage that first wrote it (its event times are the original's).
	 */
	REPLAYED("replayed");

	private final String value;

	EventOutcome(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

	/**
	 * Whether this ends a stage's attempt on a document (a request or replay does not).
	 */
	public boolean endsAttempt() {
		return this != REQUESTED && this != REPLAYED;
	}

	/** Whether this hands the document on to the next stage: done, or replayed. */
	public boolean handsOn() {
		return this == DONE || this == REPLAYED;
	}

	/** Whether this is a failure of the stage. */
	public boolean isFailure() {
		return this == FAILED || this == DEAD_LETTERED;
	}

}
