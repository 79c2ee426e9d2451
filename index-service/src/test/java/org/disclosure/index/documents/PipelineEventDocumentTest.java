package org.disclosure.index.documents;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.DocumentIndexed;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.FetchRequested;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.ParsedTable.ParsedCell;
import org.disclosure.contracts.ParsedTable.ParsedColumn;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.PipelineEvent;
import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.disclosure.contracts.Validation;
import org.disclosure.support.events.EventCodec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineEventDocumentTest {

	private static final String DOC_ID = "ab".repeat(32);

	private static final Instant FETCHED_AT = Instant.parse("2025-09-01T08:00:00Z");

	private static final Instant PARSED_AT = Instant.parse("2025-09-01T08:00:02.250Z");

	private static final Instant VALIDATED_AT = Instant.parse("2025-09-01T08:00:03Z");

	private static final Instant INDEXED_AT = Instant.parse("2025-09-01T08:00:03.400Z");

	private static final Instant WRITTEN = Instant.parse("2025-09-01T08:00:09.123456Z");

	private static final DocumentSource SOURCE = new DocumentSource("https://czj.example.gov.cn/luolong.pdf",
			"luolong.pdf", "application/pdf", 2048, "洛龙区财政局");

	private final EventCodec codec = new EventCodec();

	@Test
	void aFetchedDocumentIsDoneAtIngestUnderItsRecordsPlace() {
		PipelineEventDocument document = log(Topics.FETCHED,
				new DocumentFetched(1, DOC_ID, DOC_ID, SOURCE, FETCHED_AT));

		assertThat(document.eventId()).isEqualTo("disclosure.fetched.v1/2/17");
		assertThat(document.docId()).isEqualTo(DOC_ID);
		assertThat(document.key()).isEqualTo(DOC_ID);
		assertThat(document.stage()).isEqualTo(Stage.INGEST);
		assertThat(document.outcome()).isEqualTo(EventOutcome.DONE);
		assertThat(document.eventType()).isEqualTo(DocumentFetched.TYPE);
		assertThat(document.at()).isEqualTo(FETCHED_AT);
		assertThat(document.recordTimestamp()).as("kept to the millisecond")
			.isEqualTo(Instant.parse("2025-09-01T08:00:09.123Z"));
		assertThat(document.latencyMs()).isNull();
		assertThat(document.source()).isEqualTo(new PipelineEventDocument.Source(SOURCE.url(), "luolong.pdf"));
		assertThat(document.reason()).isNull();
	}

	@Test
	void aParsedDocumentTookFromFetchToParse() {
		PipelineEventDocument document = log(Topics.PARSED, parsed());

		assertThat(document.stage()).isEqualTo(Stage.PARSE);
		assertThat(document.outcome()).isEqualTo(EventOutcome.DONE);
		assertThat(document.at()).isEqualTo(PARSED_AT);
		assertThat(document.latencyMs()).isEqualTo(2250);
	}

	@Test
	void aValidatedDocumentTookFromParseToValidation() {
		PipelineEventDocument document = log(Topics.VALIDATED,
				new DocumentValidated(1, DOC_ID, parsed(), Validation.of(51, List.of()), VALIDATED_AT));

		assertThat(document.stage()).isEqualTo(Stage.VALIDATE);
		assertThat(document.at()).isEqualTo(VALIDATED_AT);
		assertThat(document.latencyMs()).isEqualTo(750);
		assertThat(document.source().fileName()).isEqualTo("luolong.pdf");
	}

	@Test
	void anIndexedDocumentTookFromValidationToIndexAndFromFetchToIndexOverall() {
		PipelineEventDocument document = log(Topics.INDEXED,
				new DocumentIndexed(1, DOC_ID, "disclosures-v3", INDEXED_AT, FETCHED_AT, VALIDATED_AT));

		assertThat(document.stage()).isEqualTo(Stage.INDEX);
		assertThat(document.outcome()).isEqualTo(EventOutcome.DONE);
		assertThat(document.latencyMs()).isEqualTo(400);
		assertThat(document.endToEndMs()).isEqualTo(3400);
	}

	@Test
	void anIndexedEventWithoutStageTimesHasNoLatencies() {
		PipelineEventDocument document = log(Topics.INDEXED, new DocumentIndexed(1, DOC_ID, "disclosures", INDEXED_AT));

		assertThat(document.latencyMs()).isNull();
		assertThat(document.endToEndMs()).isNull();
		assertThat(document.at()).isEqualTo(INDEXED_AT);
	}

	@Test
	void aRejectedDocumentFailedAtTheStageItNamesWithItsReason() {
		PipelineEventDocument document = log(Topics.FAILED, new DocumentFailed(1, "parse:" + DOC_ID, DOC_ID,
				Stage.PARSE, "unreadable_document", "Tika could not read the PDF", SOURCE, PARSED_AT));

		assertThat(document.stage()).isEqualTo(Stage.PARSE);
		assertThat(document.outcome()).isEqualTo(EventOutcome.FAILED);
		assertThat(document.reason()).isEqualTo("unreadable_document");
		assertThat(document.message()).isEqualTo("Tika could not read the PDF");
		assertThat(document.failureId()).isEqualTo("parse:" + DOC_ID);
		assertThat(document.at()).isEqualTo(PARSED_AT);
	}

	@Test
	void aFetchRequestIsRequestedAtIngestAndNamesNoDocumentYet() {
		PipelineEventDocument document = log(Topics.FETCH_REQUESTED,
				new FetchRequested(1, "request-1", SOURCE.url(), "洛龙区财政局", FETCHED_AT));

		assertThat(document.docId()).isNull();
		assertThat(document.key()).isEqualTo("request-1");
		assertThat(document.stage()).isEqualTo(Stage.INGEST);
		assertThat(document.outcome()).isEqualTo(EventOutcome.REQUESTED);
		assertThat(document.source().url()).isEqualTo(SOURCE.url());
	}

	@Test
	void bytesThatAreNoEventAreLoggedAsUndecodableWithTheTopicsOutcome() {
		PipelineRecord record = new PipelineRecord(Topics.PARSED, 0, 3, "whatever",
				"这不是 JSON".getBytes(StandardCharsets.UTF_8), WRITTEN, null, null, null);

		PipelineEventDocument document = PipelineEventDocument.of(record, this.codec);

		assertThat(document.eventId()).isEqualTo("disclosure.parsed.v1/0/3");
		assertThat(document.docId()).isNull();
		assertThat(document.key()).isEqualTo("whatever");
		assertThat(document.stage()).isEqualTo(Stage.PARSE);
		assertThat(document.outcome()).isEqualTo(EventOutcome.DONE);
		assertThat(document.reason()).isEqualTo(PipelineEventDocument.UNDECODABLE);
		assertThat(document.message()).startsWith("Record is not a DocumentParsed");
		assertThat(document.at()).isEqualTo(document.recordTimestamp());
	}

	@Test
	void anEmptyRecordWithoutKeyIsLoggedToo() {
		PipelineRecord record = new PipelineRecord(Topics.FAILED, 1, 0, null, null, WRITTEN, null, null, null);

		PipelineEventDocument document = PipelineEventDocument.of(record, this.codec);

		assertThat(document.docId()).isNull();
		assertThat(document.stage()).as("a failure names its stage; this one names none").isNull();
		assertThat(document.outcome()).isEqualTo(EventOutcome.FAILED);
		assertThat(document.reason()).isEqualTo(PipelineEventDocument.UNDECODABLE);
	}

	@Test
	void aDeadLetterFailedAtTheStageReadingItsOriginalTopicWithTheRecoverersReason() {
		DeadLetter letter = new DeadLetter(Topics.deadLetter(Topics.FETCHED), 0, 4, DOC_ID, Topics.FETCHED, 2, 41L,
				"org.springframework.kafka.listener.ListenerExecutionFailedException",
				"org.disclosure.index.elasticsearch.IndexWriteException",
				"Listener method 'void onFetched()' threw exception; Cannot reach the blob store", WRITTEN);
		PipelineRecord record = new PipelineRecord(letter.deadLetterTopic(), 0, 4, DOC_ID,
				this.codec.encode(new DocumentFetched(1, DOC_ID, DOC_ID, SOURCE, FETCHED_AT)), WRITTEN,
				DocumentFetched.TYPE, null, letter);

		PipelineEventDocument document = PipelineEventDocument.of(record, this.codec);

		assertThat(document.eventId()).isEqualTo("disclosure.fetched.v1-dlt/0/4");
		assertThat(document.docId()).isEqualTo(DOC_ID);
		assertThat(document.stage()).isEqualTo(Stage.PARSE);
		assertThat(document.outcome()).isEqualTo(EventOutcome.DEAD_LETTERED);
		assertThat(document.reason()).isEqualTo("org.disclosure.index.elasticsearch.IndexWriteException");
		assertThat(document.message()).isEqualTo("Cannot reach the blob store");
		assertThat(document.originalTopic()).isEqualTo(Topics.FETCHED);
		assertThat(document.originalPartition()).isEqualTo(2);
		assertThat(document.originalOffset()).isEqualTo(41L);
		assertThat(document.at()).as("when it was dead-lettered").isEqualTo(document.recordTimestamp());
		assertThat(document.latencyMs()).isNull();
		assertThat(document.source().fileName()).isEqualTo("luolong.pdf");
	}

	@Test
	void garbageOnADeadLetterTopicWithoutHeadersIsAnUndecodableDeadLetterOfItsKey() {
		PipelineRecord record = new PipelineRecord(Topics.deadLetter(Topics.VALIDATED), 2, 0, "garbage-key",
				new byte[] { (byte) 0xff, 0x00, 0x13 }, WRITTEN, null, null,
				new DeadLetter(Topics.deadLetter(Topics.VALIDATED), 2, 0, "garbage-key", null, null, null, null, null,
						null, WRITTEN));

		PipelineEventDocument document = PipelineEventDocument.of(record, this.codec);

		assertThat(document.docId()).isEqualTo("garbage-key");
		assertThat(document.stage()).as("the twin of the dead-letter topic is read by index").isEqualTo(Stage.INDEX);
		assertThat(document.outcome()).isEqualTo(EventOutcome.DEAD_LETTERED);
		assertThat(document.reason()).isEqualTo(PipelineEventDocument.UNDECODABLE);
		assertThat(document.originalTopic()).isNull();
	}

	@Test
	void aReplayedRecordNamesItsReplayAndIsNoNewOutcome() {
		PipelineRecord record = new PipelineRecord(Topics.PARSED, 0, 9, DOC_ID, this.codec.encode(parsed()), WRITTEN,
				DocumentParsed.TYPE, "replay-7", null);

		PipelineEventDocument document = PipelineEventDocument.of(record, this.codec);
		assertThat(document.replayId()).isEqualTo("replay-7");
		assertThat(document.outcome()).as("input for validation again, not a new parse")
			.isEqualTo(EventOutcome.REPLAYED);
		assertThat(document.stage()).isEqualTo(Stage.PARSE);
		assertThat(document.latencyMs()).as("the original's times").isNull();
	}

	@Test
	void theJsonHasTheIndexsFieldNamesAndNoNulls() {
		JsonNode json = JsonMapper.builder()
			.build()
			.valueToTree(log(Topics.INDEXED,
					new DocumentIndexed(1, DOC_ID, "disclosures-v3", INDEXED_AT, FETCHED_AT, VALIDATED_AT)));

		assertThat(json.propertyNames()).containsExactlyInAnyOrder("event_id", "doc_id", "key", "topic", "partition",
				"offset", "stage", "outcome", "event_type", "at", "record_timestamp", "latency_ms", "end_to_end_ms");
		assertThat(json.get("stage").asString()).isEqualTo("index");
		assertThat(json.get("outcome").asString()).isEqualTo("done");
		assertThat(json.get("at").asString()).isEqualTo("2025-09-01T08:00:03.400Z");
	}

	@Test
	void theLogsCodecSkipsTheTablesAndLogsTheSameDocument() {
		ParsedTable table = new ParsedTable("FA01", "收入支出决算总表", null, "万元",
				List.of(new ParsedColumn("total", "合计", true)),
				List.of(new ParsedRow(null, null, "一般公共预算财政拨款收入", "一般公共预算财政拨款收入", null, null, null, null, List
					.of(new ParsedCell("total", "1,055.79", new BigDecimal("1055.79"), false, null, null, null)))),
				List.of(), null);
		DocumentParsed parsed = new DocumentParsed(1, DOC_ID, SOURCE, FETCHED_AT, PARSED_AT, "0.1.0", null, "text-key",
				100, List.of("FA01"), null, null, List.of(table), null, null, null);
		DocumentValidated validated = new DocumentValidated(1, DOC_ID, parsed, Validation.of(51, List.of()),
				VALIDATED_AT);
		EventCodec headlines = PipelineEventDocument.headlines(this.codec);

		assertThat(headlines.decode(this.codec.encode(parsed), DocumentParsed.class).tableContents()).isNull();
		assertThat(headlines.decode(this.codec.encode(validated), DocumentValidated.class).validation()).isNull();
		for (PipelineEvent event : List.of(parsed, validated)) {
			String topic = (event == parsed) ? Topics.PARSED : Topics.VALIDATED;
			PipelineRecord record = new PipelineRecord(topic, 2, 17, DOC_ID, this.codec.encode(event), WRITTEN,
					event.cloudEventType(), null, null);
			assertThat(PipelineEventDocument.of(record, headlines)).as(topic)
				.isEqualTo(PipelineEventDocument.of(record, this.codec));
		}
		PipelineRecord cut = new PipelineRecord(Topics.PARSED, 2, 17, DOC_ID,
				"{\"docId\":\"ab\",\"tableContents\":[{\"code\":".getBytes(StandardCharsets.UTF_8), WRITTEN, null, null,
				null);
		assertThat(PipelineEventDocument.of(cut, headlines).reason()).as("JSON cut off in the skipped tables")
			.isEqualTo(PipelineEventDocument.UNDECODABLE);
	}

	private PipelineEventDocument log(String topic, PipelineEvent event) {
		return PipelineEventDocument.of(new PipelineRecord(topic, 2, 17, event.key(), this.codec.encode(event), WRITTEN,
				event.cloudEventType(), null, null), this.codec);
	}

	private static DocumentParsed parsed() {
		return new DocumentParsed(1, DOC_ID, SOURCE, FETCHED_AT, PARSED_AT, "0.1.0", null, "text-key", 100,
				List.of("FA01"), null, null, null, null, null, null);
	}

}
