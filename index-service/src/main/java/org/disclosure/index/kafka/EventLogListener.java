package org.disclosure.index.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.disclosure.contracts.CloudEventHeaders;
import org.disclosure.contracts.PipelineHeaders;
import org.disclosure.contracts.Topics;
import org.disclosure.index.documents.PipelineRecord;
import org.disclosure.index.elasticsearch.EventLogIndexer;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Logs every record of every pipeline topic, dead-letter topics included, into
 * {@code pipeline-events}: in batches, in a consumer group of its own, so the log neither
 * slows nor shares offsets with the indexing listeners.
 */
@Component
class EventLogListener {

	/** Header a replay puts on the records it writes, naming the replay. */
	private final EventLogIndexer log;

	EventLogListener(EventLogIndexer log) {
		this.log = log;
	}

	@KafkaListener(id = "event-log", topics = "#{T(org.disclosure.contracts.Topics).ALL}",
			groupId = "${pipeline.index.event-log.group-id}",
			containerFactory = EventLogConfiguration.CONTAINER_FACTORY)
	void onRecords(List<ConsumerRecord<String, byte[]>> records) {
		this.log.write(records.stream().map(EventLogListener::pipelineRecord).toList());
	}

	static PipelineRecord pipelineRecord(ConsumerRecord<String, byte[]> record) {
		boolean deadLetter = record.topic().endsWith(Topics.DEAD_LETTER_SUFFIX);
		return new PipelineRecord(record.topic(), record.partition(), record.offset(), record.key(), record.value(),
				Instant.ofEpochMilli(record.timestamp()), text(record, CloudEventHeaders.TYPE),
				text(record, PipelineHeaders.REPLAY), deadLetter ? DeadLetterListener.deadLetter(record) : null);
	}

	private static String text(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
