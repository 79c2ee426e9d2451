package org.disclosure.index.documents;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;

/**
 * One failure as the {@code pipeline-failures} index holds it: a document a stage
 * rejected ({@link DocumentFailed}) or a record dead-lettered after retries
 * ({@link DeadLetter}). The id is stable, so replaying the same failure replaces it.
 *
 * @param topic for a dead letter: the topic the record failed on
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FailureDocument(@JsonProperty("failure_id") String failureId, @JsonProperty("doc_id") String docId,
		String stage, String reason, String message, DisclosureDocument.Source source,
		@JsonProperty("failed_at") Instant failedAt, String topic, Integer partition, Long offset,
		@JsonProperty("exception_class") String exceptionClass,
		@JsonProperty("exception_cause_class") String exceptionCauseClass,
		@JsonProperty("exception_message") String exceptionMessage) {

	/**
	 * Reason of every dead letter: the stage could not handle the record, even retried.
	 */
	public static final String DEAD_LETTERED = "dead_lettered";

	/** Exception messages can carry whole payloads; this much is enough to diagnose. */
	static final int MAX_MESSAGE_CHARS = 4000;

	private static final Pattern LISTENER_PREFIX = Pattern.compile("Listener method '.*?' threw exception; ",
			Pattern.DOTALL);

	public static FailureDocument of(DocumentFailed failed) {
		String failureId = (failed.failureId() != null) ? failed.failureId()
				: stageName(failed.stage()) + ":" + failed.docId();
		return new FailureDocument(failureId, failed.docId(), stageName(failed.stage()), failed.reason(),
				failed.message(), DisclosureDocument.Source.of(failed.source()),
				DisclosureDocument.millis(failed.failedAt()), null, null, null, null, null, null);
	}

	public static FailureDocument of(DeadLetter letter) {
		boolean knowsOrigin = letter.originalTopic() != null && letter.originalPartition() != null
				&& letter.originalOffset() != null;
		String failureId = knowsOrigin
				? "dead-letter:" + letter.originalTopic() + ":" + letter.originalPartition() + ":"
						+ letter.originalOffset()
				: "dead-letter:" + letter.deadLetterTopic() + ":" + letter.partition() + ":" + letter.offset();
		String exceptionMessage = truncate(letter.exceptionMessage());
		return new FailureDocument(failureId, letter.key(), stageName(stageReading(letter.originalTopic())),
				DEAD_LETTERED, withoutListenerPrefix(exceptionMessage), null,
				DisclosureDocument.millis(letter.deadLetteredAt()), letter.originalTopic(), letter.originalPartition(),
				letter.originalOffset(), letter.exceptionClass(), letter.exceptionCauseClass(), exceptionMessage);
	}

	/** The stage whose listener reads {@code topic}, or null for a topic none reads. */
	static Stage stageReading(String topic) {
		if (topic == null) {
			return null;
		}
		return switch (topic) {
			case Topics.FETCH_REQUESTED -> Stage.INGEST;
			case Topics.FETCHED -> Stage.PARSE;
			case Topics.PARSED -> Stage.VALIDATE;
			case Topics.VALIDATED, Topics.FAILED -> Stage.INDEX;
			default -> null;
		};
	}

	/**
	 * The message for a person: Spring Kafka prefixes the cause's message with the
	 * listener's signature ({@code Listener method '…' threw exception; }).
	 */
	static String withoutListenerPrefix(String message) {
		if (message == null) {
			return null;
		}
		Matcher matcher = LISTENER_PREFIX.matcher(message);
		return matcher.lookingAt() ? message.substring(matcher.end()) : message;
	}

	private static String stageName(Stage stage) {
		return (stage != null) ? stage.value() : null;
	}

	static String truncate(String text) {
		return (text != null && text.length() > MAX_MESSAGE_CHARS) ? text.substring(0, MAX_MESSAGE_CHARS) + "…" : text;
	}

}
