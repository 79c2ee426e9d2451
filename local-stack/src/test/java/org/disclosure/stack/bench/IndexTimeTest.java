package org.disclosure.stack.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disclosure.stack.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndexTimeTest {

	private static final String BEFORE = """
			{"indices": {"disclosure-facts-v3": {"total": {"indexing": {"index_total": 1000, "index_time_in_millis": 400},
			  "merges": {"total_time_in_millis": 50}, "refresh": {"total_time_in_millis": 20},
			  "flush": {"total_time_in_millis": 5}}}}}
			""";

	private static final String AFTER = """
			{"indices": {"disclosure-facts-v3": {"total": {"indexing": {"index_total": 301000, "index_time_in_millis": 12400},
			  "merges": {"total_time_in_millis": 3050}, "refresh": {"total_time_in_millis": 1020},
			  "flush": {"total_time_in_millis": 205}}},
			  "disclosures-v5": {"total": {"indexing": {"index_total": 300, "index_time_in_millis": 2500},
			  "merges": {}, "refresh": {"total_time_in_millis": 700}}}}}
			""";

	@Test
	void whatAnIndexCostBetweenTwoReadingsOfItsStats() {
		Map<String, IndexTime> before = IndexTime.of(Json.parse(BEFORE));
		Map<String, IndexTime> after = IndexTime.of(Json.parse(AFTER));

		assertThat(after.get("disclosure-facts-v3").minus(before.get("disclosure-facts-v3")))
			.isEqualTo(new IndexTime(300_000, 12_000, 3_000, 1_000, 200));
		assertThat(after.get("disclosures-v5").minus(before.get("disclosures-v5")))
			.as("an index created between the readings counts from zero")
			.isEqualTo(new IndexTime(300, 2_500, 0, 700, 0));
		assertThat(new IndexTime(1, 2, 3, 4, 5).plus(new IndexTime(1, 1, 1, 1, 1)).totalMillis()).isEqualTo(18);
	}

	@Test
	void theReportSaysWhereTheCpuWentBesideBareTika() {
		Map<String, ThreadCpu> processes = new LinkedHashMap<>();
		processes.put("elasticsearch", new ThreadCpu(900, 150, 5100));
		processes.put("parse worker 1", new ThreadCpu(600, 300, 2500));
		Map<String, IndexTime> indices = Map.of("disclosure-facts-v3",
				new IndexTime(300_000, 12_000, 3_000, 1_000, 200), "pipeline-failures-v1",
				new IndexTime(0, 0, 0, 0, 0));
		BenchReport report = new BenchReport(300, 4, 2, List.of(new BenchReport.Round(11.0, 2.0, 0, 253.3, 50.0)),
				Map.of(), null, List.of(), Map.of(), 0, "Apache Tika 3.3.1",
				new BenchReport.Cpu(300, processes, 14.5, indices));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

		assertThat(bytes.toString(StandardCharsets.UTF_8))
			.contains("1                   11.0              2.0    0.18       0          253           50\n")
			.contains("  elasticsearch        170.0      30.0       5.0\n")
			.contains("  parse worker 1        83.3      20.0      10.0\n")
			.contains("  all                  253.3      50.0      15.0\n")
			.contains("  bare Tika             48.3   (its timed passes)\n")
			.contains("  disclosure-facts-v3          300000    12.0    3.0    1.0    0.2\n")
			.doesNotContain("pipeline-failures-v1");
	}

}
