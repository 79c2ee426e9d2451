package org.disclosure.index.documents;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.DocumentIndexed;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.FetchRequested;
import org.disclosure.contracts.PipelineEvent;
import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.disclosure.support.events.EventCodec;

/**
 * One record of a pipeline topic as the {@code pipeline-events} index holds it: which
 * document, which stage, what happened and when. The id is the record's place
 * ({@code topic/partition/offset}), so reading the record again replaces its document. A
 * record that is no event is logged all the same, with reason {@code undecodable}.
 *
 * @param docId the document the event names; on a dead-letter topic the record key where
 * the bytes name none; null for a fetch request and for a record that is no event
 * @param key the record key
 * @param at when the stage finished, as the event says; the record timestamp where it
 * says nothing
 * @param latencyMs time the stage spent: parsed − fetched, validated − parsed, indexed −
 * validated
 * @param endToEndMs on an indexed event, indexed − fetched
 * @param reason the failure's reason code; on a dead letter the exception class (the
 * cause's where known); {@code undecodable} for a record that is no event
 * @param replayId the replay that wrote the record, null for a first run
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PipelineEventDocument(@JsonProperty("event_id") String eventId, @JsonProperty("doc_id") String docId,
		String key, String topic, int partition, long offset, Stage stage, EventOutcome outcome,
		@JsonProperty("event_type") String eventType, Instant at,
		@JsonProperty("record_timestamp") Instant recordTimestamp, @JsonProperty("latency_ms") Long latencyMs,
		@JsonProperty("end_to_end_ms") Long endToEndMs, String reason, String message,
		@JsonProperty("failure_id") String failureId, @JsonProperty("original_topic") String originalTopic,
		@JsonProperty("original_partition") Integer originalPartition,
		@JsonProperty("original_offset") Long originalOffset, @JsonProperty("replay_id") String replayId,
		Source source) {

	/** Reason of a record whose bytes are not the event its topic carries. */
	public static final String UNDECODABLE = "undecodable";

	/**
	 * {@code codec} reading no more of an event than its log document takes: a parsed or
	 * validated event's tables, figures, totals and findings (about 200 KB of JSON a
	 * disclosure) are skipped, not built, and stay null. Bytes that are no JSON, or whose
	 * identity and times are no event's, are still undecodable.
	 */
	public static EventCodec headlines(EventCodec codec) {
		return codec.withMixIn(DocumentParsed.class, ParsedHeadline.class)
			.withMixIn(DocumentValidated.class, ValidatedHeadline.class);
	}

	/** The document for {@code record}, its bytes read by {@code codec}. */
	public static PipelineEventDocument of(PipelineRecord record, EventCodec codec) {
		boolean deadLettered = record.topic().endsWith(Topics.DEAD_LETTER_SUFFIX);
		String eventTopic = deadLettered ? originalTopic(record) : record.topic();
		Decoded decoded = decode(codec, eventTopic, record.value());
		PipelineEvent event = decoded.event();
		Instant timestamp = DisclosureDocument.millis(record.timestamp());
		Builder document = new Builder(record, timestamp);
		document.source = Source.of(event);
		if (deadLettered) {
			DeadLetter letter = record.deadLetter();
			String docId = docId(event);
			document.docId = (docId != null) ? docId : record.key();
			document.stage = FailureDocument.stageReading(eventTopic);
			document.outcome = EventOutcome.DEAD_LETTERED;
			if (letter != null) {
				document.reason = (letter.exceptionCauseClass() != null) ? letter.exceptionCauseClass()
						: letter.exceptionClass();
				document.message = FailureDocument
					.withoutListenerPrefix(FailureDocument.truncate(letter.exceptionMessage()));
				document.originalTopic = letter.originalTopic();
				document.originalPartition = letter.originalPartition();
				document.originalOffset = letter.originalOffset();
			}
			if (document.reason == null) {
				document.reason = (event != null) ? FailureDocument.DEAD_LETTERED : UNDECODABLE;
			}
			return document.build();
		}
		document.stage = stageWriting(record.topic());
		document.outcome = outcomeOf(record.topic());
		if (event == null) {
			document.reason = UNDECODABLE;
			document.message = FailureDocument.truncate(decoded.problem());
			return document.build();
		}
		document.docId = docId(event);
		if (event instanceof FetchRequested requested) {
			document.at = requested.requestedAt();
		}
		else if (event instanceof DocumentFetched fetched) {
			document.at = fetched.fetchedAt();
		}
		else if (event instanceof DocumentParsed parsed) {
			document.at = parsed.parsedAt();
			document.latencyMs = millisBetween(parsed.fetchedAt(), parsed.parsedAt());
		}
		else if (event instanceof DocumentValidated validated) {
			document.at = validated.validatedAt();
			document.latencyMs = millisBetween((validated.document() != null) ? validated.document().parsedAt() : null,
					validated.validatedAt());
		}
		else if (event instanceof DocumentIndexed indexed) {
			document.at = indexed.indexedAt();
			document.latencyMs = millisBetween(indexed.validatedAt(), indexed.indexedAt());
			document.endToEndMs = millisBetween(indexed.fetchedAt(), indexed.indexedAt());
		}
		else if (event instanceof DocumentFailed failed) {
			document.at = failed.failedAt();
			document.stage = failed.stage();
			document.reason = failed.reason();
			document.message = FailureDocument.truncate(failed.message());
			document.failureId = failed.failureId();
		}
		if (record.replayId() != null && document.outcome == EventOutcome.DONE) {
			// The original's times: no latency of a stage that did not run again.
			document.outcome = EventOutcome.REPLAYED;
			document.latencyMs = null;
			document.endToEndMs = null;
		}
		return document.build();
	}

	/** The stage whose outcome a topic carries; a failure says its own. */
	static Stage stageWriting(String topic) {
		return switch (topic) {
			case Topics.FETCH_REQUESTED, Topics.FETCHED -> Stage.INGEST;
			case Topics.PARSED -> Stage.PARSE;
			case Topics.VALIDATED -> Stage.VALIDATE;
			case Topics.INDEXED -> Stage.INDEX;
			default -> null;
		};
	}

	private static EventOutcome outcomeOf(String topic) {
		return switch (topic) {
			case Topics.FETCH_REQUESTED -> EventOutcome.REQUESTED;
			case Topics.FAILED -> EventOutcome.FAILED;
			default -> EventOutcome.DONE;
		};
	}

	/**
	 * The topic a dead letter failed on: its header, else the dead-letter topic's twin.
	 */
	private static String originalTopic(PipelineRecord record) {
		if (record.deadLetter() != null && record.deadLetter().originalTopic() != null) {
			return record.deadLetter().originalTopic();
		}
		return record.topic().substring(0, record.topic().length() - Topics.DEAD_LETTER_SUFFIX.length());
	}

	private static Decoded decode(EventCodec codec, String topic, byte[] value) {
		Class<? extends PipelineEvent> type = switch (topic) {
			case Topics.FETCH_REQUESTED -> FetchRequested.class;
			case Topics.FETCHED -> DocumentFetched.class;
			case Topics.PARSED -> DocumentParsed.class;
			case Topics.VALIDATED -> DocumentValidated.class;
			case Topics.INDEXED -> DocumentIndexed.class;
			case Topics.FAILED -> DocumentFailed.class;
			default -> null;
		};
		if (type == null) {
			return new Decoded(null, "No event is known on topic " + topic);
		}
		try {
			return new Decoded(codec.decode(value, type), null);
		}
		catch (RuntimeException ex) {
			// The log keeps every record: bytes that are no event are an outcome, not a
			// fault.
			return new Decoded(null, ex.getMessage());
		}
	}

	/** The document an event is about; a fetch request names none yet. */
	private static String docId(PipelineEvent event) {
		if (event instanceof DocumentFailed failed) {
			return failed.docId();
		}
		return (event == null || event instanceof FetchRequested) ? null : event.key();
	}

	private static Long millisBetween(Instant from, Instant to) {
		return (from != null && to != null) ? Duration.between(from, to).toMillis() : null;
	}

	private record Decoded(PipelineEvent event, String problem) {
	}

	/**
	 * What the log skips of a parsed event (and of the one a validated event carries).
	 */
	@JsonIgnoreProperties({ "metadata", "tables", "tablesListedOnly", "sections", "tableContents", "figures", "totals",
			"report", "tablesOther", "publication", "tableOfContents", "tablesInOrder", "ocr" })
	private abstract static class ParsedHeadline {

	}

	/** What the log skips of a validated event: the verdict. */
	@JsonIgnoreProperties({ "validation" })
	private abstract static class ValidatedHeadline {

	}

	/** Where the document came from, where its event says. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Source(String url, @JsonProperty("file_name") String fileName) {

		static Source of(PipelineEvent event) {
			if (event instanceof FetchRequested requested) {
				return of(requested.url(), null);
			}
			if (event instanceof DocumentFetched fetched) {
				return of(fetched.source());
			}
			if (event instanceof DocumentParsed parsed) {
				return of(parsed.source());
			}
			if (event instanceof DocumentValidated validated && validated.document() != null) {
				return of(validated.document().source());
			}
			if (event instanceof DocumentFailed failed) {
				return of(failed.source());
			}
			return null;
		}

		private static Source of(DocumentSource source) {
			return (source != null) ? of(source.url(), source.fileName()) : null;
		}

		private static Source of(String url, String fileName) {
			return (url != null || fileName != null) ? new Source(url, fileName) : null;
		}

	}

	/**
	 * The fields as the mapping finds them, set one by one; {@code at} falls back to the
	 * record timestamp.
	 */
	private static final class Builder {

		private final PipelineRecord record;

		private final Instant timestamp;

		private String docId;

		private Stage stage;

		private EventOutcome outcome;

		private Instant at;

		private Long latencyMs;

		private Long endToEndMs;

		private String reason;

		private String message;

		private String failureId;

		private String originalTopic;

		private Integer originalPartition;

		private Long originalOffset;

		private Source source;

		Builder(PipelineRecord record, Instant timestamp) {
			this.record = record;
			this.timestamp = timestamp;
		}

		PipelineEventDocument build() {
			return new PipelineEventDocument(
					eventId(this.record.topic(), this.record.partition(), this.record.offset()), this.docId,
					this.record.key(), this.record.topic(), this.record.partition(), this.record.offset(), this.stage,
					this.outcome, this.record.eventType(),
					DisclosureDocument.millis((this.at != null) ? this.at : this.timestamp), this.timestamp,
					this.latencyMs, this.endToEndMs, this.reason, this.message, this.failureId, this.originalTopic,
					this.originalPartition, this.originalOffset, this.record.replayId(), this.source);
		}

	}

	/** The id of the record at {@code topic}, {@code partition}, {@code offset}. */
	public static String eventId(String topic, int partition, long offset) {
		return topic + "/" + partition + "/" + offset;
	}

}
