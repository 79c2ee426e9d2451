package org.disclosure.index.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.disclosure.contracts.Stage;
import org.disclosure.index.documents.EventOutcome;
import org.disclosure.index.documents.PipelineEventDocument;

/**
 * Where one document stands in the pipeline, read from its records in the event log: per
 * stage its state, attempts and last error, and for the document the stage it is at.
 * Records are ordered by their timestamps (when they were written), not by the times the
 * events state, so a replay of an old event counts as the latest attempt.
 *
 * @param currentStage the stage the document is at: the first pending one, else the first
 * that failed, else {@code index}
 * @param pendingSince when the stage before the current one finished, while the current
 * one is pending
 * @param events the document's records, newest first
 */
public record DocumentStatus(@JsonProperty("doc_id") String docId, State state,
		@JsonProperty("current_stage") Stage currentStage, @JsonProperty("pending_since") Instant pendingSince,
		PipelineEventDocument.Source source, List<StageStatus> stages, List<Event> events) {

	/** Oldest first; records of the same millisecond in stage order. */
	private static final Comparator<PipelineEventDocument> WRITTEN = Comparator
		.comparing(PipelineEventDocument::recordTimestamp, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(PipelineEventDocument::stage, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(PipelineEventDocument::topic)
		.thenComparingLong(PipelineEventDocument::offset);

	/**
	 * The status of {@code docId} from its {@code records} (in any order) at {@code now};
	 * a stage pending longer than {@code stuckAfter} makes the document stuck.
	 */
	public static DocumentStatus of(String docId, List<PipelineEventDocument> records, Instant now,
			Duration stuckAfter) {
		List<PipelineEventDocument> written = records.stream().sorted(WRITTEN).toList();
		List<StageStatus> stages = new ArrayList<>();
		StageStatus upstream = null;
		for (Stage stage : Stage.values()) {
			StageStatus status = StageStatus.of(stage, written, upstream);
			stages.add(status);
			upstream = status;
		}
		StageStatus current = stages.stream()
			.filter((stage) -> stage.state() == StageState.PENDING)
			.findFirst()
			.or(() -> stages.stream().filter((stage) -> stage.state().isFailure()).findFirst())
			.orElse(stages.get(stages.size() - 1));
		State state;
		Instant pendingSince = null;
		if (current.state() == StageState.PENDING) {
			pendingSince = stages.get(current.stage().ordinal() - 1).handedOnAt();
			boolean stuck = pendingSince != null && Duration.between(pendingSince, now).compareTo(stuckAfter) > 0;
			state = stuck ? State.STUCK : State.IN_PROGRESS;
		}
		else if (current.state().isFailure()) {
			state = State.FAILED;
		}
		else {
			state = (current.state() == StageState.DONE) ? State.INDEXED : State.IN_PROGRESS;
		}
		PipelineEventDocument.Source source = written.stream()
			.map(PipelineEventDocument::source)
			.filter(Objects::nonNull)
			.reduce((first, second) -> second)
			.orElse(null);
		List<Event> events = new ArrayList<>(written.stream().map(Event::of).toList());
		Collections.reverse(events);
		return new DocumentStatus(docId, state, current.stage(), pendingSince, source, stages, events);
	}

	/** Where a document stands as a whole. */
	public enum State {

		/** Its latest run reached the index. */
		INDEXED("indexed"),

		/** A stage failed or dead-lettered it, and nothing runs after that. */
		FAILED("failed"),

		/** A stage has its input and no outcome yet. */
		IN_PROGRESS("in_progress"),

		/** As in progress, but for longer than the threshold. */
		STUCK("stuck");

		private final String value;

		State(String value) {
			this.value = value;
		}

		@JsonValue
		public String value() {
			return this.value;
		}

	}

	/** Where a document stands at one stage. */
	public enum StageState {

		DONE("done"), FAILED("failed"), DEAD_LETTERED("dead_lettered"),

		/** The stage before is done and this one has no outcome since. */
		PENDING("pending"),

		/** The stage before is not done, and this one has no outcome. */
		NOT_REACHED("not_reached");

		private final String value;

		StageState(String value) {
			this.value = value;
		}

		@JsonValue
		public String value() {
			return this.value;
		}

		boolean isFailure() {
			return this == FAILED || this == DEAD_LETTERED;
		}

		static StageState of(EventOutcome outcome) {
			return switch (outcome) {
				case FAILED -> FAILED;
				case DEAD_LETTERED -> DEAD_LETTERED;
				default -> DONE;
			};
		}

	}

	/**
	 * One stage of the document.
	 *
	 * @param at the time its latest outcome states
	 * @param attempts its outcomes: first run, replays and failures
	 * @param lastError its latest failure or dead letter, even when a later attempt
	 * passed
	 * @param latencyMs the time its latest successful attempt took, where known
	 * @param handedOnAt when it last handed the document on to the next stage (done, or
	 * its record replayed)
	 */
	public record StageStatus(Stage stage, StageState state, Instant at, int attempts,
			@JsonProperty("last_error") LastError lastError, @JsonProperty("latency_ms") Long latencyMs,
			@JsonIgnore Instant handedOnAt) {

		static StageStatus of(Stage stage, List<PipelineEventDocument> written, StageStatus upstream) {
			List<PipelineEventDocument> outcomes = written.stream()
				.filter((record) -> record.stage() == stage && record.outcome() != null
						&& record.outcome().endsAttempt())
				.toList();
			PipelineEventDocument latest = outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1);
			PipelineEventDocument lastFailure = outcomes.stream()
				.filter((record) -> record.outcome().isFailure())
				.reduce((first, second) -> second)
				.orElse(null);
			Long latency = outcomes.stream()
				.filter((record) -> record.outcome() == EventOutcome.DONE && record.latencyMs() != null)
				.reduce((first, second) -> second)
				.map(PipelineEventDocument::latencyMs)
				.orElse(null);
			Instant handedOnAt = written.stream()
				.filter((record) -> record.stage() == stage && record.outcome() != null && record.outcome().handsOn())
				.map(PipelineEventDocument::recordTimestamp)
				.reduce((first, second) -> second)
				.orElse(null);
			boolean upstreamDone = upstream != null && upstream.state() == StageState.DONE;
			StageState state;
			if (upstreamDone && (latest == null || isBefore(latest.recordTimestamp(), upstream.handedOnAt()))) {
				state = StageState.PENDING;
			}
			else if (latest != null) {
				state = StageState.of(latest.outcome());
			}
			else {
				state = StageState.NOT_REACHED;
			}
			return new StageStatus(stage, state, (latest != null) ? latest.at() : null, outcomes.size(),
					LastError.of(lastFailure), latency, handedOnAt);
		}

		private static boolean isBefore(Instant instant, Instant other) {
			return instant != null && other != null && instant.isBefore(other);
		}

	}

	/** A stage's latest failure. */
	public record LastError(String reason, String message, Instant at) {

		static LastError of(PipelineEventDocument failure) {
			return (failure != null) ? new LastError(failure.reason(), failure.message(), failure.at()) : null;
		}

	}

	/** One record of the document. */
	public record Event(String topic, int partition, long offset, Stage stage, EventOutcome outcome, Instant at,
			@JsonProperty("replay_id") String replayId) {

		static Event of(PipelineEventDocument record) {
			return new Event(record.topic(), record.partition(), record.offset(), record.stage(), record.outcome(),
					record.at(), record.replayId());
		}

	}

}
