package org.disclosure.stack;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusScrapeTest {

	private static final String EXPOSITION = """
			# HELP pipeline_stage_duration_seconds Time a stage spends on one document
			# TYPE pipeline_stage_duration_seconds histogram
			pipeline_stage_duration_seconds_count{application="parse-service",stage="parse"} 17
			pipeline_stage_duration_seconds_count{application="parse-service",stage="other"} 2
			pipeline_consumer_lag{group="parse-service",partition="0",topic="disclosure.fetched.v1"} 3.0
			pipeline_consumer_lag{group="parse-service",partition="1",topic="disclosure.fetched.v1"} 4.0
			process_uptime_seconds 12.5
			odd_label{message="a \\"quoted\\" value",stage="parse"} 1
			""";

	@Test
	void samplesAreSummedByNameAndLabelSubset() {
		PrometheusScrape scrape = PrometheusScrape.parse(EXPOSITION);
		assertThat(scrape.sum("pipeline_stage_duration_seconds_count", Map.of("stage", "parse"))).isEqualTo(17);
		assertThat(scrape.sum("pipeline_stage_duration_seconds_count", Map.of())).isEqualTo(19);
		assertThat(scrape.sum("pipeline_consumer_lag", Map.of("topic", "disclosure.fetched.v1"))).isEqualTo(7);
		assertThat(scrape.sum("process_uptime_seconds", Map.of())).isEqualTo(12.5);
		assertThat(scrape.has("odd_label", Map.of("stage", "parse"))).isTrue();
		assertThat(scrape.has("pipeline_consumer_lag", Map.of("group", "index-service"))).isFalse();
	}

}
