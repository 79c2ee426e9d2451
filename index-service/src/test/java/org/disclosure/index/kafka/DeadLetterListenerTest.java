package org.disclosure.index.kafka;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.disclosure.contracts.Topics;
import org.disclosure.index.documents.DeadLetter;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.support.KafkaHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterListenerTest {

	@Test
	void theRecoverersHeadersDescribeTheDeadLetter() {
		RecordHeaders headers = new RecordHeaders();
		headers.add(KafkaHeaders.DLT_ORIGINAL_TOPIC, utf8(Topics.VALIDATED));
		headers.add(KafkaHeaders.DLT_ORIGINAL_PARTITION, ByteBuffer.allocate(4).putInt(2).array());
		headers.add(KafkaHeaders.DLT_ORIGINAL_OFFSET, ByteBuffer.allocate(8).putLong(41).array());
		headers.add(KafkaHeaders.DLT_EXCEPTION_FQCN, utf8("org.disclosure.support.events.EventDecodingException"));
		headers.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, utf8("Record is not a DocumentValidated: 不是 JSON"));
		ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.deadLetter(Topics.VALIDATED), 0, 5,
				1_756_713_600_000L, TimestampType.CREATE_TIME, 0, 3, "doc", new byte[] { 1, 2, 3 }, headers,
				Optional.empty());

		DeadLetter letter = DeadLetterListener.deadLetter(record);

		assertThat(letter).isEqualTo(new DeadLetter("disclosure.validated.v1-dlt", 0, 5, "doc", Topics.VALIDATED, 2,
				41L, "org.disclosure.support.events.EventDecodingException", null,
				"Record is not a DocumentValidated: 不是 JSON", Instant.ofEpochMilli(1_756_713_600_000L)));
	}

	@Test
	void thePatternMatchesThePipelinesDeadLetterTopicsOnly() {
		for (String topic : Topics.CONSUMED) {
			assertThat(Topics.deadLetter(topic)).matches(DeadLetterListener.DEAD_LETTER_TOPICS);
			assertThat(topic).doesNotMatch(DeadLetterListener.DEAD_LETTER_TOPICS);
			assertThat(Topics.deadLetter(Topics.deadLetter(topic))).doesNotMatch(DeadLetterListener.DEAD_LETTER_TOPICS);
		}
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
