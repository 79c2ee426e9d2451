package org.disclosure.stack;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayReportTest {

	@Test
	void aReportSaysWhatWasReadAndWhereWhatWasReSentWent() {
		assertThat(ReplayReport.format(Json.parseObject("""
				{"replay_id": "7d1e0c4a", "kind": "dead_letter_topic", "source_topic": "disclosure.validated.v1-dlt",
				 "target_topics": {"disclosure.parsed.v1": 1, "disclosure.validated.v1": 12},
				 "records_scanned": 14, "records_sent": 13, "skipped": 1}
				"""))).isEqualTo("""
				replay 7d1e0c4a  dead letters, from disclosure.validated.v1-dlt
				  read 14 records, re-sent 13, skipped 1
				  → disclosure.parsed.v1     1
				  → disclosure.validated.v1  12
				""");
	}

	@Test
	void aStageWithNothingToReSendListsNoTopic() {
		assertThat(ReplayReport.format(Json.parseObject("""
				{"replay_id": "r", "kind": "stage", "source_topic": "disclosure.fetched.v1", "target_topics": {},
				 "records_scanned": 0, "records_sent": 0, "skipped": 0}
				""")))
			.isEqualTo("replay r  stage, from disclosure.fetched.v1\n  read 0 records, re-sent 0, skipped 0\n");
	}

	@Test
	void theRequestBodyIsJson() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("dead_letter_topic", "disclosure.fetched.v1-dlt");
		request.put("from_offset", 12L);

		assertThat(ReplayClient.body(request))
			.isEqualTo("{\"dead_letter_topic\": \"disclosure.fetched.v1-dlt\", \"from_offset\": 12}");
		assertThat(Json.parseObject(ReplayClient.body(request))).isEqualTo(request);
	}

}
