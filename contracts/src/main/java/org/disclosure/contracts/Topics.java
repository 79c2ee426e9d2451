package org.disclosure.contracts;

import java.util.List;

/**
 * The one catalogue of topic names. Every topic has a single writer; the record key is
 * always the document id (SHA-256 of the bytes), so all events of one document share a
 * partition and arrive in order.
 */
public final class Topics {

	/**
	 * Fetch requests ({@link FetchRequested}). Writers: crawlers, and parse-service,
	 * which asks for the attachments of a landing page when
	 * {@code pipeline.parse.follow-attachments} is on (the pipeline's own crawler: the
	 * same request, fetched under the same guards). Reader: ingest-service.
	 */
	public static final String FETCH_REQUESTED = "disclosure.fetch-requested.v1";

	/**
	 * Stored documents ({@link DocumentFetched}). Writer: ingest-service. Reader:
	 * parse-service.
	 */
	public static final String FETCHED = "disclosure.fetched.v1";

	/**
	 * Structured documents ({@link DocumentParsed}). Writer: parse-service. Reader:
	 * validate-service.
	 */
	public static final String PARSED = "disclosure.parsed.v1";

	/**
	 * Checked documents ({@link DocumentValidated}). Writer: validate-service. Reader:
	 * index-service.
	 */
	public static final String VALIDATED = "disclosure.validated.v1";

	/**
	 * Searchable documents ({@link DocumentIndexed}). Writer: index-service. Reader:
	 * operators.
	 */
	public static final String INDEXED = "disclosure.indexed.v1";

	/**
	 * Documents a stage rejected for a reason of their own ({@link DocumentFailed}).
	 * Writers: ingest-service, parse-service, validate-service. Reader: index-service.
	 */
	public static final String FAILED = "disclosure.failed.v1";

	/** Suffix of a stage's dead-letter topic, written by Spring Kafka's recoverer. */
	public static final String DEAD_LETTER_SUFFIX = "-dlt";

	/** Topics a service consumes; each has a dead-letter twin. */
	public static final List<String> CONSUMED = List.of(FETCH_REQUESTED, FETCHED, PARSED, VALIDATED, FAILED);

	/** Every topic of the pipeline, dead-letter topics included. */
	public static final List<String> ALL = List.of(FETCH_REQUESTED, FETCHED, PARSED, VALIDATED, INDEXED, FAILED,
			deadLetter(FETCH_REQUESTED), deadLetter(FETCHED), deadLetter(PARSED), deadLetter(VALIDATED),
			deadLetter(FAILED));

	private Topics() {
	}

	/** The dead-letter topic of {@code topic}. */
	public static String deadLetter(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}

}
