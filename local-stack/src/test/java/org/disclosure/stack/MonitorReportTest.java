package org.disclosure.stack;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MonitorReportTest {

	static final String SAMPLE = """
			{ "generated_at": "2026-11-22T10:15:00Z", "window_minutes": 15,
			  "topics": [
			    {"topic": "disclosure.fetched.v1", "end_offset": 123, "records_in_window": 12, "per_minute": 0.8,
			     "per_minute_series": [{"minute": "2026-11-22T10:01:00Z", "count": 3},
			                           {"minute": "2026-11-22T10:02:00Z", "count": 0},
			                           {"minute": "2026-11-22T10:03:00Z", "count": 9}]},
			    {"topic": "disclosure.parsed.v1", "end_offset": 120, "records_in_window": 0, "per_minute": 0,
			     "per_minute_series": []} ],
			  "lag": [
			    {"group": "parse-service", "topic": "disclosure.fetched.v1", "partition": 0, "committed_offset": 120,
			     "end_offset": 123, "lag": 3},
			    {"group": "parse-service", "topic": "disclosure.fetched.v1", "partition": 1, "committed_offset": 40,
			     "end_offset": 40, "lag": 0},
			    {"group": "validate-service", "topic": "disclosure.parsed.v1", "partition": 2, "committed_offset": 7,
			     "end_offset": 7, "lag": 0} ],
			  "stages": [
			    {"stage": "parse", "done": 12, "failed": 1, "dead_lettered": 0,
			     "latency_ms": {"p50": 210, "p95": 900, "max": 1200}},
			    {"stage": "validate", "done": 0, "failed": 0, "dead_lettered": 0,
			     "latency_ms": {"p50": null, "p95": null, "max": null}} ],
			  "end_to_end_ms": {"count": 12, "p50": 1500, "p95": 4000, "max": 125000},
			  "dead_letters": [ {"topic": "disclosure.fetched.v1-dlt", "records": 2},
			                    {"topic": "disclosure.parsed.v1-dlt", "records": 0} ],
			  "recent_failures": [
			    {"at": "2026-11-22T10:14:03.250Z", "stage": "parse", "reason": "unreadable_document",
			     "message": "Tika could not read the PDF:\\n  the cross-reference table at byte 51234 is broken, and the trailer too",
			     "doc_id": "9f2c1e4b7a0d3f6e8c5b2a1d4e7f0a3c6b9e2d5f8a1c4e7b0d3f6a9c2e5b8d1f",
			     "topic": "disclosure.failed.v1", "source": "corrupt.pdf", "replayable": true},
			    {"at": "2026-11-22T10:12:00Z", "stage": "ingest", "reason": "unsupported_media_type",
			     "message": "application/zip", "doc_id": null, "topic": null, "source": "a.zip", "replayable": false} ],
			  "stuck": [ {"doc_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9", "stage": "validate",
			              "pending_since": "2026-11-22T10:03:00Z"} ],
			  "ocr": {"documents": 2, "pages": 33, "millis": 158400, "millis_per_page": 4800} }
			""";

	@Test
	void everyFigureOfTheMonitorIsPrinted() {
		String text = MonitorReport.format(Json.parseObject(SAMPLE), false);

		assertThat(text).startsWith("Pipeline, last 15 min (at 2026-11-22 10:15:00 UTC, from index-service)\n")
			.contains("TOPIC                  END OFFSET  IN WINDOW  PER MIN  EACH MINUTE\n")
			.contains("disclosure.fetched.v1         123         12      0.8  ▃·█\n")
			.contains("disclosure.parsed.v1          120          0      0.0\n")
			.contains("LAG (1 partition behind, 2 caught up)\n")
			.contains("parse-service  disclosure.fetched.v1     0         120         123         3\n")
			.doesNotContain("validate-service")
			.contains("STAGE         DONE  FAILED  DEAD-LETTERED       P50       P95       MAX\n")
			.contains("parse           12       1              0    210 ms    900 ms     1.2 s\n")
			.contains("validate         0       0              0         -         -         -\n")
			.contains("end to end      12                            1.5 s     4.0 s   2.1 min\n")
			.contains("OCR: 33 pages of 2 documents in 2.6 min (4.8 s a page)\n")
			.contains("disclosure.fetched.v1-dlt        2\n")
			.doesNotContain("disclosure.parsed.v1-dlt")
			.contains("RECENT FAILURES (2 most recent)\n")
			.contains("2026-11-22 10:14:03  parse     unreadable_document     9f2c1e4b7a0d  "
					+ "Tika could not read the PDF: the cross-reference table at b…\n")
			.contains("2026-11-22 10:12:00  ingest    unsupported_media_type  -             application/zip\n")
			.contains("Replay the latest once the cause is fixed: ./pipeline replay --doc "
					+ "9f2c1e4b7a0d3f6e8c5b2a1d4e7f0a3c6b9e2d5f8a1c4e7b0d3f6a9c2e5b8d1f --stage parse\n")
			.contains("STUCK DOCUMENTS (1)\n")
			.contains("0a1b2c3d4e5f  validate  2026-11-22 10:03:00  12.0 min\n");
	}

	@Test
	void aWindowWithoutScansSaysSoAndAReportWithoutOcrFiguresLeavesTheLineOut() {
		assertThat(MonitorReport.format(
				Json.parseObject(
						"{\"ocr\": {\"documents\": 0, \"pages\": 0, \"millis\": 0, \"millis_per_page\": null}}"),
				false))
			.contains("OCR: no scanned page in the window\n");
		assertThat(MonitorReport.format(Json.parseObject("{}"), false)).doesNotContain("OCR");
	}

	@Test
	void anIdlePipelineSaysSoInOneLineEach() {
		String text = MonitorReport.format(Json.parseObject("""
				{"generated_at": "2026-11-22T10:15:00Z", "window_minutes": 15, "topics": [],
				 "lag": [{"group": "index-service", "topic": "disclosure.validated.v1", "partition": 0,
				          "committed_offset": 5, "end_offset": 5, "lag": 0}],
				 "stages": [], "end_to_end_ms": null, "dead_letters": [], "recent_failures": [], "stuck": []}
				"""), false);

		assertThat(text).isEqualTo("""
				Pipeline, last 15 min (at 2026-11-22 10:15:00 UTC, from index-service)
				Topics: none yet

				Lag: none, 1 partition caught up

				Stages: nothing processed in the window

				Dead letters: none

				Recent failures: none

				Stuck documents: none
				""");
	}

	@Test
	void onlyTheTenMostRecentFailuresAreListed() {
		StringBuilder failures = new StringBuilder();
		for (int i = 0; i < 14; i++) {
			failures.append((i > 0) ? "," : "")
				.append("{\"at\": \"2026-11-22T10:00:")
				.append(String.format("%02d", 59 - i))
				.append("Z\", \"stage\": \"validate\", \"reason\": \"r")
				.append(i)
				.append("\", \"message\": \"m\", \"doc_id\": \"d")
				.append(i)
				.append("\"}");
		}
		String text = MonitorReport.format(Json.parseObject("{\"recent_failures\": [" + failures + "]}"), false);

		assertThat(text).contains("RECENT FAILURES (10 most recent)")
			.contains("2026-11-22 10:00:59  validate  r0")
			.contains("2026-11-22 10:00:50  validate  r9")
			.doesNotContain("r10");
	}

	@Test
	void whatNeedsAttentionIsColouredOnATerminal() {
		String text = MonitorReport.format(Json.parseObject(SAMPLE), true);

		assertThat(text).contains("\u001b[33mparse-service  disclosure.fetched.v1")
			.contains("\u001b[31mparse           12       1")
			.contains("\u001b[31mdisclosure.fetched.v1-dlt")
			.contains("\u001b[0m\n");
	}

	@Test
	void durationsAndSparklinesReadAtAGlance() {
		assertThat(MonitorReport.duration(null)).isEqualTo("-");
		assertThat(MonitorReport.duration(999L)).isEqualTo("999 ms");
		assertThat(MonitorReport.duration(1500L)).isEqualTo("1.5 s");
		assertThat(MonitorReport.duration(7_200_000L)).isEqualTo("2.0 h");
		assertThat(MonitorReport.sparkline(List.of(Map.of("count", 1L), Map.of("count", 8L), Map.of("count", 0L))))
			.isEqualTo("▁█·");
		assertThat(MonitorReport.time("yesterday")).isEqualTo("yesterday");
	}

}
