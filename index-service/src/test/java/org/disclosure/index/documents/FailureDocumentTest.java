package org.disclosure.index.documents;

import java.time.Instant;
import java.util.List;

import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class FailureDocumentTest {

	static final String DOC_ID = "3e1f0a9b8c79f2c3b1a0e4d5c6b7a8998a7b6c5d4e3f2a1b0c9d8e7f6a5b4c2d";

	@Test
	void aRejectedDocumentKeepsItsFailureIdAndReason() {
		DocumentFailed failed = new DocumentFailed(1, "parse:" + DOC_ID, DOC_ID, Stage.PARSE, "unreadable_document",
				"Tika could not read the PDF", new DocumentSource(null, "corrupt.pdf", "application/pdf", 2048, null),
				Instant.parse("2025-09-01T08:00:02Z"));

		JsonNode json = DisclosureDocumentTest.json(FailureDocument.of(failed));

		assertThat(DisclosureDocumentTest.fieldNames(json)).containsExactly("failure_id", "doc_id", "stage", "reason",
				"message", "source", "failed_at");
		assertThat(json.get("failure_id").asString()).isEqualTo("parse:" + DOC_ID);
		assertThat(json.get("stage").asString()).isEqualTo("parse");
		assertThat(json.get("reason").asString()).isEqualTo("unreadable_document");
		assertThat(json.at("/source/file_name").asString()).isEqualTo("corrupt.pdf");
		assertThat(json.get("failed_at").asString()).isEqualTo("2025-09-01T08:00:02Z");
	}

	@Test
	void aDeadLetterIsIdentifiedByWhereItFailed() {
		DeadLetter letter = new DeadLetter(Topics.deadLetter(Topics.PARSED), 0, 7, DOC_ID, Topics.PARSED, 2, 41L,
				"org.springframework.kafka.listener.ListenerExecutionFailedException", "java.io.UncheckedIOException",
				"Cannot read blob", Instant.parse("2025-09-01T08:10:00Z"));

		FailureDocument failure = FailureDocument.of(letter);

		assertThat(failure.failureId()).isEqualTo("dead-letter:disclosure.parsed.v1:2:41");
		assertThat(failure.docId()).isEqualTo(DOC_ID);
		assertThat(failure.stage()).isEqualTo("validate");
		assertThat(failure.reason()).isEqualTo(FailureDocument.DEAD_LETTERED);
		assertThat(failure.topic()).isEqualTo(Topics.PARSED);
		assertThat(failure.partition()).isEqualTo(2);
		assertThat(failure.offset()).isEqualTo(41L);
		assertThat(failure.exceptionClass()).endsWith("ListenerExecutionFailedException");
		assertThat(failure.exceptionCauseClass()).isEqualTo("java.io.UncheckedIOException");
		assertThat(failure.exceptionMessage()).isEqualTo("Cannot read blob");
		assertThat(failure.message()).isEqualTo("Cannot read blob");
		assertThat(FailureDocument.of(letter)).isEqualTo(failure);
	}

	@Test
	void aDeadLetterWithoutOriginHeadersIsIdentifiedByItsOwnPlace() {
		DeadLetter letter = new DeadLetter("disclosure.fetched.v1-dlt", 1, 3, null, null, null, null, null, null, null,
				Instant.parse("2025-09-01T08:10:00Z"));

		JsonNode json = DisclosureDocumentTest.json(FailureDocument.of(letter));

		assertThat(json.get("failure_id").asString()).isEqualTo("dead-letter:disclosure.fetched.v1-dlt:1:3");
		assertThat(DisclosureDocumentTest.fieldNames(json)).containsExactly("failure_id", "reason", "failed_at");
	}

	@Test
	void theMessageForAPersonLeavesOutTheListenerSignature() {
		DeadLetter letter = new DeadLetter("t-dlt", 0, 0, null, null, null, null, null, null,
				"Listener method 'void a.B.on(org.apache.kafka.clients.consumer.ConsumerRecord<java.lang.String, byte[]>)'"
						+ " threw exception; Record is not a DocumentValidated: bad",
				Instant.EPOCH);

		FailureDocument failure = FailureDocument.of(letter);

		assertThat(failure.message()).isEqualTo("Record is not a DocumentValidated: bad");
		assertThat(failure.exceptionMessage()).startsWith("Listener method 'void a.B.on(");
		assertThat(FailureDocument.withoutListenerPrefix("plain")).isEqualTo("plain");
	}

	@Test
	void eachTopicIsReadByOneStage() {
		assertThat(FailureDocument.stageReading(Topics.FETCH_REQUESTED)).isEqualTo(Stage.INGEST);
		assertThat(FailureDocument.stageReading(Topics.FETCHED)).isEqualTo(Stage.PARSE);
		assertThat(FailureDocument.stageReading(Topics.PARSED)).isEqualTo(Stage.VALIDATE);
		assertThat(FailureDocument.stageReading(Topics.VALIDATED)).isEqualTo(Stage.INDEX);
		assertThat(FailureDocument.stageReading(Topics.FAILED)).isEqualTo(Stage.INDEX);
		assertThat(FailureDocument.stageReading("elsewhere")).isNull();
	}

	@Test
	void longExceptionMessagesAreCut() {
		DeadLetter letter = new DeadLetter("t-dlt", 0, 0, null, null, null, null, null, null, "x".repeat(10_000),
				Instant.EPOCH);

		assertThat(FailureDocument.of(letter).exceptionMessage()).hasSize(FailureDocument.MAX_MESSAGE_CHARS + 1);
	}

	@Test
	void everyFieldAFailureCanHaveIsMappedInTheTemplate() {
		FailureDocument full = new FailureDocument("id", "doc", "parse", "reason", "message",
				new DisclosureDocument.Source("u", "f", "m", 1L), Instant.EPOCH, "topic", 1, 2L, "class", "cause",
				"exception message");

		List<String> written = DisclosureDocumentTest.leafPaths("", DisclosureDocumentTest.json(full))
			.stream()
			.map((path) -> path.substring(0, path.indexOf('=')))
			.toList();

		assertThat(written).hasSize(16);
		assertThat(DisclosureDocumentTest.mappedPaths("pipeline-failures.v1.json")).containsAll(written);
	}

}
