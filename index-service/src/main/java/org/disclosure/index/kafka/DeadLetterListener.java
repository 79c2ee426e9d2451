package org.disclosure.index.kafka;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.disclosure.index.documents.DeadLetter;
import org.disclosure.index.documents.FailureDocument;
import org.disclosure.index.elasticsearch.FailureIndexer;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

/**
 * Records every dead-lettered record of the pipeline in {@code pipeline-failures}, with
 * the reason Spring Kafka's recoverer wrote in its headers. The pattern matches
 * {@code disclosure.<name>.v<n>-dlt} only, so a record this listener itself gives up on
 * ({@code …-dlt-dlt}) does not come back to it.
 */
@Component
class DeadLetterListener {

	static final String DEAD_LETTER_TOPICS = "disclosure\\..+\\.v\\d+-dlt";

	private final FailureIndexer indexer;

	DeadLetterListener(FailureIndexer indexer) {
		this.indexer = indexer;
	}

	@KafkaListener(topicPattern = DEAD_LETTER_TOPICS, groupId = "${spring.application.name}")
	void onDeadLetter(ConsumerRecord<String, byte[]> record) {
		this.indexer.index(FailureDocument.of(deadLetter(record)));
	}

	static DeadLetter deadLetter(ConsumerRecord<?, ?> record) {
		byte[] partition = header(record, KafkaHeaders.DLT_ORIGINAL_PARTITION);
		byte[] offset = header(record, KafkaHeaders.DLT_ORIGINAL_OFFSET);
		return new DeadLetter(record.topic(), record.partition(), record.offset(),
				(record.key() != null) ? record.key().toString() : null, text(record, KafkaHeaders.DLT_ORIGINAL_TOPIC),
				(partition != null && partition.length == Integer.BYTES) ? ByteBuffer.wrap(partition).getInt() : null,
				(offset != null && offset.length == Long.BYTES) ? ByteBuffer.wrap(offset).getLong() : null,
				text(record, KafkaHeaders.DLT_EXCEPTION_FQCN), text(record, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN),
				text(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE), Instant.ofEpochMilli(record.timestamp()));
	}

	private static String text(ConsumerRecord<?, ?> record, String name) {
		byte[] value = header(record, name);
		return (value != null) ? new String(value, StandardCharsets.UTF_8) : null;
	}

	private static byte[] header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? header.value() : null;
	}

}
