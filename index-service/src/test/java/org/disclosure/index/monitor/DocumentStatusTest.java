package org.disclosure.index.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.disclosure.index.documents.EventOutcome;
import org.disclosure.index.documents.PipelineEventDocument;
import org.disclosure.index.monitor.DocumentStatus.StageState;
import org.disclosure.index.monitor.DocumentStatus.StageStatus;
import org.disclosure.index.monitor.DocumentStatus.State;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentStatusTest {

	private static final String DOC_ID = "cd".repeat(32);

	private static final Instant T0 = Instant.parse("2025-09-01T08:00:00Z");

	private static final Duration STUCK_AFTER = Duration.ofMinutes(10);

	private final List<PipelineEventDocument> records = new ArrayList<>();

	private long offset;

	@Test
	void aDocumentThroughEveryStageIsIndexed() {
		done(Topics.FETCHED, Stage.INGEST, 0, null);
		done(Topics.PARSED, Stage.PARSE, 2, 2000L);
		done(Topics.VALIDATED, Stage.VALIDATE, 3, 1000L);
		done(Topics.INDEXED, Stage.INDEX, 4, 400L);

		DocumentStatus status = status(T0.plusSeconds(60));

		assertThat(status.state()).isEqualTo(State.INDEXED);
		assertThat(status.currentStage()).isEqualTo(Stage.INDEX);
		assertThat(status.pendingSince()).isNull();
		assertThat(status.stages()).extracting(StageStatus::stage).containsExactly(Stage.values());
		assertThat(status.stages()).extracting(StageStatus::state).containsOnly(StageState.DONE);
		assertThat(status.stages()).extracting(StageStatus::attempts).containsOnly(1);
		assertThat(status.stages()).extracting(StageStatus::latencyMs).containsExactly(null, 2000L, 1000L, 400L);
		assertThat(stage(status, Stage.PARSE).at()).isEqualTo(T0.plusSeconds(2));
		assertThat(status.events()).extracting(DocumentStatus.Event::topic)
			.as("newest first")
			.containsExactly(Topics.INDEXED, Topics.VALIDATED, Topics.PARSED, Topics.FETCHED);
		assertThat(status.source().fileName()).isEqualTo("luolong.pdf");
	}

	@Test
	void theRecordsOrderDoesNotMatter() {
		done(Topics.FETCHED, Stage.INGEST, 0, null);
		done(Topics.PARSED, Stage.PARSE, 2, 2000L);
		Collections.reverse(this.records);

		DocumentStatus status = status(T0.plusSeconds(60));

		assertThat(states(status)).containsExactly(StageState.DONE, StageState.DONE, StageState.PENDING,
				StageState.NOT_REACHED);
		assertThat(status.events().get(0).topic()).isEqualTo(Topics.PARSED);
	}

	@Test
	void theStageAfterTheLastDoneIsPendingAndTheDocumentInProgressUntilTheThreshold() {
		done(Topics.FETCHED, Stage.INGEST, 0, null);
		done(Topics.PARSED, Stage.PARSE, 2, 2000L);

		DocumentStatus soon = status(T0.plus(Duration.ofMinutes(5)));
		DocumentStatus later = status(T0.plus(Duration.ofMinutes(11)));

		assertThat(states(soon)).containsExactly(StageState.DONE, StageState.DONE, StageState.PENDING,
				StageState.NOT_REACHED);
		assertThat(soon.state()).isEqualTo(State.IN_PROGRESS);
		assertThat(soon.currentStage()).isEqualTo(Stage.VALIDATE);
		assertThat(soon.pendingSince()).isEqualTo(T0.plusSeconds(2));
		assertThat(later.state()).isEqualTo(State.STUCK);
		assertThat(later.currentStage()).isEqualTo(Stage.VALIDATE);
	}

	@Test
	void aFailedStageFailsTheDocumentAndTheStagesAfterItAreNotReached() {
		done(Topics.FETCHED, Stage.INGEST, 0, null);
		failed(Stage.PARSE, 3, "unreadable_document");

		DocumentStatus status = status(T0.plus(Duration.ofHours(1)));

		assertThat(states(status)).containsExactly(StageState.DONE, StageState.FAILED, StageState.NOT_REACHED,
				StageState.NOT_REACHED);
		assertThat(status.state()).isEqualTo(State.FAILED);
		assertThat(status.currentStage()).isEqualTo(Stage.PARSE);
		assertThat(stage(status, Stage.PARSE).lastError()).isEqualTo(
				new DocumentStatus.LastError("unreadable_document", "unreadable_document happened", T0.plusSeconds(3)));
	}

	@Test
	void aReplayThatPassesCountsAsAnotherAttemptAndKeepsTheLastError() {
		done(Topics.FETCHED, Stage.INGEST, 0, null);
		deadLettered(Stage.PARSE, 5);
		done(Topics.PARSED, Stage.PARSE, 60, 1500L);
		done(Topics.VALIDATED, Stage.VALIDATE, 61, 800L);
		done(Topics.INDEXED, Stage.INDEX, 62, 300L);

		DocumentStatus status = status(T0.plus(Duration.ofHours(1)));

		StageStatus parse = stage(status, Stage.PARSE);
		assertThat(status.state()).isEqualTo(State.INDEXED);
		assertThat(parse.state()).isEqualTo(StageState.DONE);
		assertThat(parse.attempts()).isEqualTo(2);
		assertThat(parse.lastError().reason()).isEqualTo("org.disclosure.support.events.EventDecodingException");
		assertThat(parse.lastError().at()).isEqualTo(T0.plusSeconds(5));
		assertThat(parse.latencyMs()).isEqualTo(1500L);
	}

	@Test
	void parsingAgainAfterTheIndexMakesValidationPendingAgain() {
		done(Topics.FETCHED, Stage.INGEST, 0, null);
		done(Topics.PARSED, Stage.PARSE, 2, 2000L);
		done(Topics.VALIDATED, Stage.VALIDATE, 3, 1000L);
		done(Topics.INDEXED, Stage.INDEX, 4, 400L);
		done(Topics.PARSED, Stage.PARSE, 100, 1800L);

		DocumentStatus status = status(T0.plusSeconds(160));

		assertThat(stage(status, Stage.PARSE).attempts()).isEqualTo(2);
		assertThat(stage(status, Stage.PARSE).latencyMs()).isEqualTo(1800L);
		assertThat(states(status)).containsExactly(StageState.DONE, StageState.DONE, StageState.PENDING,
				StageState.DONE);
		assertThat(status.state()).isEqualTo(State.IN_PROGRESS);
		assertThat(status.currentStage()).isEqualTo(Stage.VALIDATE);
	}

	@Test
	void aReplayedRecordMakesTheNextStagePendingWithoutBeingAnAttemptOfItsOwn() {
		done(Topics.FETCHED, Stage.INGEST, 0, null);
		failed(Stage.PARSE, 2, "unreadable_document");
		add(Topics.FETCHED, Stage.INGEST, EventOutcome.REPLAYED, 100, null, null);

		DocumentStatus pending = status(T0.plusSeconds(110));

		assertThat(stage(pending, Stage.INGEST).attempts()).isEqualTo(1);
		assertThat(stage(pending, Stage.PARSE).state()).isEqualTo(StageState.PENDING);
		assertThat(pending.pendingSince()).isEqualTo(T0.plusSeconds(100));
		assertThat(pending.state()).isEqualTo(State.IN_PROGRESS);

		failed(Stage.PARSE, 101, "unreadable_document");
		DocumentStatus failedAgain = status(T0.plusSeconds(110));

		assertThat(stage(failedAgain, Stage.PARSE).state()).isEqualTo(StageState.FAILED);
		assertThat(stage(failedAgain, Stage.PARSE).attempts()).isEqualTo(2);
		assertThat(failedAgain.state()).isEqualTo(State.FAILED);
	}

	@Test
	void recordsOfTheSameMillisecondCountInStageOrder() {
		done(Topics.FETCHED, Stage.INGEST, 0, null);
		done(Topics.PARSED, Stage.PARSE, 0, 0L);

		assertThat(states(status(T0))).startsWith(StageState.DONE, StageState.DONE, StageState.PENDING);
	}

	@Test
	void theJsonUsesTheApisNames() {
		done(Topics.FETCHED, Stage.INGEST, 0, null);
		failed(Stage.PARSE, 3, "unreadable_document");

		JsonNode json = JsonMapper.builder().build().valueToTree(status(T0.plusSeconds(10)));

		assertThat(json.propertyNames()).containsExactly("doc_id", "state", "current_stage", "pending_since", "source",
				"stages", "events");
		assertThat(json.get("state").asString()).isEqualTo("failed");
		assertThat(json.at("/stages/1").propertyNames()).containsExactly("stage", "state", "at", "attempts",
				"last_error", "latency_ms");
		assertThat(json.at("/stages/1/last_error/reason").asString()).isEqualTo("unreadable_document");
		assertThat(json.at("/stages/2/state").asString()).isEqualTo("not_reached");
		assertThat(json.at("/events/0").propertyNames()).containsExactly("topic", "partition", "offset", "stage",
				"outcome", "at", "replay_id");
		assertThat(json.at("/events/0/outcome").asString()).isEqualTo("failed");
	}

	private DocumentStatus status(Instant now) {
		return DocumentStatus.of(DOC_ID, this.records, now, STUCK_AFTER);
	}

	private static StageStatus stage(DocumentStatus status, Stage stage) {
		return status.stages().get(stage.ordinal());
	}

	private static List<StageState> states(DocumentStatus status) {
		return status.stages().stream().map(StageStatus::state).toList();
	}

	private void done(String topic, Stage stage, long seconds, Long latencyMs) {
		add(topic, stage, EventOutcome.DONE, seconds, latencyMs, null);
	}

	private void failed(Stage stage, long seconds, String reason) {
		add(Topics.FAILED, stage, EventOutcome.FAILED, seconds, null, reason);
	}

	private void deadLettered(Stage stage, long seconds) {
		add(Topics.deadLetter(Topics.FETCHED), stage, EventOutcome.DEAD_LETTERED, seconds, null,
				"org.disclosure.support.events.EventDecodingException");
	}

	private void add(String topic, Stage stage, EventOutcome outcome, long seconds, Long latencyMs, String reason) {
		Instant at = T0.plusSeconds(seconds);
		long place = this.offset++;
		this.records.add(new PipelineEventDocument(PipelineEventDocument.eventId(topic, 0, place), DOC_ID, DOC_ID,
				topic, 0, place, stage, outcome, null, at, at, latencyMs, null, reason,
				(reason != null) ? reason + " happened" : null, null, null, null, null, null,
				new PipelineEventDocument.Source(null, "luolong.pdf")));
	}

}
