package org.disclosure.index.kafka;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.disclosure.contracts.CloudEventHeaders;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.PipelineHeaders;
import org.disclosure.contracts.Topics;
import org.disclosure.index.documents.PipelineRecord;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.support.KafkaHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class EventLogListenerTest {

	private static final long TIMESTAMP = 1_756_713_600_000L;

	@Test
	void aRecordKeepsItsPlaceKeyBytesTypeAndReplay() {
		RecordHeaders headers = new RecordHeaders();
		headers.add(CloudEventHeaders.TYPE, utf8(DocumentParsed.TYPE));
		headers.add(PipelineHeaders.REPLAY, utf8("replay-42"));
		byte[] value = utf8("{}");

		PipelineRecord record = EventLogListener.pipelineRecord(record(Topics.PARSED, value, headers));

		assertThat(record.topic()).isEqualTo(Topics.PARSED);
		assertThat(record.partition()).isEqualTo(1);
		assertThat(record.offset()).isEqualTo(7);
		assertThat(record.key()).isEqualTo("doc");
		assertThat(record.value()).isSameAs(value);
		assertThat(record.timestamp()).isEqualTo(Instant.ofEpochMilli(TIMESTAMP));
		assertThat(record.eventType()).isEqualTo(DocumentParsed.TYPE);
		assertThat(record.replayId()).isEqualTo("replay-42");
		assertThat(record.deadLetter()).isNull();
	}

	@Test
	void aDeadLetterCarriesWhatTheRecoverersHeadersSay() {
		RecordHeaders headers = new RecordHeaders();
		headers.add(KafkaHeaders.DLT_ORIGINAL_TOPIC, utf8(Topics.PARSED));
		headers.add(KafkaHeaders.DLT_ORIGINAL_PARTITION, ByteBuffer.allocate(4).putInt(1).array());
		headers.add(KafkaHeaders.DLT_ORIGINAL_OFFSET, ByteBuffer.allocate(8).putLong(6).array());
		headers.add(KafkaHeaders.DLT_EXCEPTION_FQCN, utf8("java.lang.IllegalStateException"));
		headers.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, utf8("Elasticsearch is away"));

		PipelineRecord record = EventLogListener
			.pipelineRecord(record(Topics.deadLetter(Topics.PARSED), new byte[] { 1 }, headers));

		assertThat(record.deadLetter().originalTopic()).isEqualTo(Topics.PARSED);
		assertThat(record.deadLetter().originalPartition()).isEqualTo(1);
		assertThat(record.deadLetter().originalOffset()).isEqualTo(6);
		assertThat(record.deadLetter().exceptionClass()).isEqualTo("java.lang.IllegalStateException");
		assertThat(record.deadLetter().exceptionMessage()).isEqualTo("Elasticsearch is away");
		assertThat(record.eventType()).isNull();
		assertThat(record.replayId()).isNull();
	}

	private static ConsumerRecord<String, byte[]> record(String topic, byte[] value, RecordHeaders headers) {
		return new ConsumerRecord<>(topic, 1, 7, TIMESTAMP, TimestampType.CREATE_TIME, 3, value.length, "doc", value,
				headers, Optional.empty());
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
