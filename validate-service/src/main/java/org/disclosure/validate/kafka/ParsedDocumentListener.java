package org.disclosure.validate.kafka;

import java.util.List;

import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.disclosure.support.events.EventCodec;
import org.disclosure.support.events.EventPublisher;
import org.disclosure.support.metrics.PipelineMetrics;
import org.disclosure.validate.publication.Verdicts;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Receives a parsed disclosure, runs the rule catalogue (with the other file of a split
 * publication when it has arrived), publishes the verdicts.
 */
@Component
class ParsedDocumentListener {

	private final EventCodec codec;

	private final EventPublisher publisher;

	private final Verdicts verdicts;

	private final Timer timer;

	ParsedDocumentListener(EventCodec codec, EventPublisher publisher, Verdicts verdicts, PipelineMetrics metrics) {
		this.codec = codec;
		this.publisher = publisher;
		this.verdicts = verdicts;
		this.timer = metrics.stage(Stage.VALIDATE.value());
	}

	@KafkaListener(topics = Topics.PARSED, groupId = "${spring.application.name}",
			concurrency = "${pipeline.validate.consumers}")
	void onParsed(ConsumerRecord<String, byte[]> record) {
		DocumentParsed parsed = this.codec.decode(record.value(), DocumentParsed.class);
		List<DocumentValidated> validated = this.timer.record(() -> this.verdicts.of(parsed));
		validated.forEach((verdict) -> this.publisher.publish(Topics.VALIDATED, verdict));
	}

}
