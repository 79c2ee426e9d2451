package org.disclosure.index.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.disclosure.index.documents.EventOutcome;
import org.disclosure.index.documents.PipelineEventDocument;
import org.disclosure.index.monitor.OffsetSource.CommittedOffset;
import org.disclosure.index.monitor.OffsetSource.Offsets;
import org.disclosure.index.monitor.OffsetSource.PartitionOffsets;
import org.disclosure.index.search.InvalidSearchException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PipelineMonitorTest {

	private static final Instant FROM = Instant.parse("2026-11-22T10:01:00Z");

	@Test
	void aWindowIsMinutesOrHoursUpToADay() {
		assertThat(PipelineMonitor.windowMinutes("15m")).isEqualTo(15);
		assertThat(PipelineMonitor.windowMinutes("30")).isEqualTo(30);
		assertThat(PipelineMonitor.windowMinutes("2h")).isEqualTo(120);
		assertThat(PipelineMonitor.windowMinutes("24h")).isEqualTo(1440);
		for (String wrong : new String[] { "0m", "25h", "1d", "-5m", "fifteen", "" }) {
			assertThatExceptionOfType(InvalidSearchException.class)
				.isThrownBy(() -> PipelineMonitor.windowMinutes(wrong))
				.withMessageContaining("window");
		}
	}

	@Test
	void theSeriesHasOneCountPerMinuteOfTheWindowMinutesWithoutRecordsAtZero() {
		EventLogSearch.TopicCounts counts = new EventLogSearch.TopicCounts(12,
				Map.of(FROM, 3L, FROM.plusSeconds(120), 9L));

		MonitorReport.TopicThroughput throughput = PipelineMonitor.throughput(Topics.FETCHED, counts, 123L, FROM, 15);

		assertThat(throughput.perMinuteSeries()).hasSize(15);
		assertThat(throughput.perMinuteSeries().get(0)).isEqualTo(new MonitorReport.MinuteCount(FROM, 3));
		assertThat(throughput.perMinuteSeries().get(1).count()).isZero();
		assertThat(throughput.perMinuteSeries().get(2).count()).isEqualTo(9);
		assertThat(throughput.perMinuteSeries().get(14).minute()).isEqualTo(Instant.parse("2026-11-22T10:15:00Z"));
		assertThat(throughput.recordsInWindow()).isEqualTo(12);
		assertThat(throughput.perMinute()).isEqualTo(0.8);
		assertThat(throughput.endOffset()).isEqualTo(123);
	}

	@Test
	void aTopicWithoutRecordsHasAFlatSeries() {
		MonitorReport.TopicThroughput throughput = PipelineMonitor.throughput(Topics.INDEXED, null, null, FROM, 3);

		assertThat(throughput.perMinuteSeries()).extracting(MonitorReport.MinuteCount::count)
			.containsExactly(0L, 0L, 0L);
		assertThat(throughput.perMinute()).isZero();
		assertThat(throughput.endOffset()).isNull();
	}

	@Test
	void lagIsEndMinusCommittedPerGroupAndPartition() {
		Offsets offsets = new Offsets(
				List.of(new PartitionOffsets(Topics.FETCHED, 0, 0, 123), new PartitionOffsets(Topics.FETCHED, 1, 0, 40),
						new PartitionOffsets(Topics.deadLetter(Topics.FETCHED), 0, 1, 3)),
				List.of(new CommittedOffset("parse-service", Topics.FETCHED, 1, 40),
						new CommittedOffset("parse-service", Topics.FETCHED, 0, 120),
						new CommittedOffset("index-service-event-log", Topics.FETCHED, 0, 123)));

		assertThat(MonitorReport.lag(offsets)).containsExactly(
				new MonitorReport.GroupLag("index-service-event-log", Topics.FETCHED, 0, 123, 123, 0),
				new MonitorReport.GroupLag("parse-service", Topics.FETCHED, 0, 120, 123, 3),
				new MonitorReport.GroupLag("parse-service", Topics.FETCHED, 1, 40, 40, 0));
		assertThat(MonitorReport.endOffsets(offsets)).containsEntry(Topics.FETCHED, 163L);
	}

	@Test
	void deadLettersAreTheRecordsRetainedOnEveryDeadLetterTopicOfTheCatalogue() {
		Offsets offsets = new Offsets(List.of(new PartitionOffsets(Topics.deadLetter(Topics.FETCHED), 0, 1, 3),
				new PartitionOffsets(Topics.deadLetter(Topics.FETCHED), 1, 0, 2),
				new PartitionOffsets(Topics.FETCHED, 0, 0, 50)), List.of());

		List<MonitorReport.DeadLetters> letters = MonitorReport.deadLetters(offsets);

		assertThat(letters).extracting(MonitorReport.DeadLetters::topic)
			.containsExactly(Topics.deadLetter(Topics.FETCH_REQUESTED), Topics.deadLetter(Topics.FETCHED),
					Topics.deadLetter(Topics.PARSED), Topics.deadLetter(Topics.VALIDATED),
					Topics.deadLetter(Topics.FAILED));
		assertThat(letters.get(1).records()).isEqualTo(4);
		assertThat(letters.get(0).records()).isZero();
		assertThat(MonitorReport.deadLetters(Offsets.UNKNOWN)).as("unknown, not zero").isEmpty();
	}

	@Test
	void aFailureIsReplayableWhenItNamesADocumentPastIngest() {
		String docId = "ef".repeat(32);

		assertThat(failure(docId, Stage.PARSE).replayable()).isTrue();
		assertThat(failure(docId, Stage.INGEST).replayable()).isFalse();
		assertThat(failure(null, Stage.PARSE).replayable()).isFalse();
		assertThat(failure("garbage-key", Stage.INDEX).replayable()).isFalse();
		assertThat(failure(docId, Stage.PARSE).source()).isEqualTo("https://czj.example.gov.cn/a.pdf");
	}

	@Test
	void theReportHasExactlyTheShapeTheStatusCommandReads() {
		MonitorReport report = new MonitorReport(FROM, 15,
				List.of(PipelineMonitor.throughput(Topics.FETCHED, null, 123L, FROM, 2)),
				List.of(new MonitorReport.GroupLag("parse-service", Topics.FETCHED, 0, 120, 123, 3)),
				List.of(new MonitorReport.StageFigures(Stage.PARSE, 12, 1, 0,
						new MonitorReport.Latency(210L, 900L, 1200L))),
				new MonitorReport.EndToEnd(12, 1500L, 4000L, 5000L),
				List.of(new MonitorReport.DeadLetters(Topics.deadLetter(Topics.FETCHED), 2)),
				List.of(failure("ef".repeat(32), Stage.PARSE)),
				List.of(new MonitorReport.StuckDocument("ef".repeat(32), Stage.VALIDATE, FROM)),
				new MonitorReport.Ocr(2, 33, 158_400, 4_800L));

		JsonNode json = JsonMapper.builder().build().valueToTree(report);

		assertThat(json.propertyNames()).containsExactly("generated_at", "window_minutes", "topics", "lag", "stages",
				"end_to_end_ms", "dead_letters", "recent_failures", "stuck", "ocr");
		assertThat(json.get("ocr").propertyNames()).containsExactly("documents", "pages", "millis", "millis_per_page");
		assertThat(json.at("/topics/0").propertyNames()).containsExactly("topic", "end_offset", "records_in_window",
				"per_minute", "per_minute_series");
		assertThat(json.at("/topics/0/per_minute_series/0").propertyNames()).containsExactly("minute", "count");
		assertThat(json.at("/topics/0/per_minute_series/0/minute").asString()).isEqualTo("2026-11-22T10:01:00Z");
		assertThat(json.at("/lag/0").propertyNames()).containsExactly("group", "topic", "partition", "committed_offset",
				"end_offset", "lag");
		assertThat(json.at("/stages/0").propertyNames()).containsExactly("stage", "done", "failed", "dead_lettered",
				"latency_ms");
		assertThat(json.at("/stages/0/stage").asString()).isEqualTo("parse");
		assertThat(json.at("/stages/0/latency_ms").propertyNames()).containsExactly("p50", "p95", "max");
		assertThat(json.at("/end_to_end_ms").propertyNames()).containsExactly("count", "p50", "p95", "max");
		assertThat(json.at("/dead_letters/0").propertyNames()).containsExactly("topic", "records");
		assertThat(json.at("/recent_failures/0").propertyNames()).containsExactly("at", "stage", "reason", "message",
				"doc_id", "topic", "source", "replayable");
		assertThat(json.at("/stuck/0").propertyNames()).containsExactly("doc_id", "stage", "pending_since");
		assertThat(json.get("window_minutes").asInt()).isEqualTo(15);
	}

	private static MonitorReport.RecentFailure failure(String docId, Stage stage) {
		return MonitorReport.RecentFailure
			.of(new PipelineEventDocument("t/0/1", docId, docId, Topics.FAILED, 0, 1, stage, EventOutcome.FAILED, null,
					FROM, FROM, null, null, "unreadable_document", "Tika could not read", null, null, null, null, null,
					new PipelineEventDocument.Source("https://czj.example.gov.cn/a.pdf", "a.pdf")));
	}

}
