package org.disclosure.index.kafka.replay;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayHeadersTest {

	@Test
	void theOriginalHeadersStayWithoutTheDeadLetterOnesAndTheReplayIdIsAdded() {
		Headers dead = new RecordHeaders();
		dead.add("ce_id", bytes("e-1"));
		dead.add("traceparent", bytes("00-abc-def-01"));
		dead.add("kafka_dlt-original-topic", bytes("disclosure.fetched.v1"));
		dead.add("kafka_dlt-original-partition", ByteBuffer.allocate(4).putInt(2).array());
		dead.add("kafka_dlt-exception-message", bytes("Record is not a DocumentFetched"));

		Headers rewritten = ReplayHeaders.rewrite(dead, "r-1");

		assertThat(rewritten.toArray()).extracting(Header::key)
			.containsExactly("ce_id", "traceparent", "pipeline-replay");
		assertThat(text(rewritten.lastHeader("ce_id"))).isEqualTo("e-1");
		assertThat(text(rewritten.lastHeader("pipeline-replay"))).isEqualTo("r-1");
		assertThat(dead.toArray()).as("the consumed record is left alone").hasSize(5);
	}

	@Test
	void anEarlierReplayIdIsReplaced() {
		Headers replayed = new RecordHeaders();
		replayed.add("pipeline-replay", bytes("r-old"));

		Headers rewritten = ReplayHeaders.rewrite(replayed, "r-new");

		assertThat(rewritten.headers("pipeline-replay")).singleElement()
			.extracting(ReplayHeadersTest::text)
			.isEqualTo("r-new");
	}

	@Test
	void aDeadLetterGoesBackToTheTopicItsHeaderNamesElseToTheTopicOfItsName() {
		Headers named = new RecordHeaders();
		named.add("kafka_dlt-original-topic", bytes("disclosure.parsed.v1"));

		assertThat(ReplayHeaders.originalTopic("disclosure.fetched.v1-dlt", named)).isEqualTo("disclosure.parsed.v1");
		assertThat(ReplayHeaders.originalTopic("disclosure.fetched.v1-dlt", new RecordHeaders()))
			.isEqualTo("disclosure.fetched.v1");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String text(Header header) {
		return new String(header.value(), StandardCharsets.UTF_8);
	}

}
