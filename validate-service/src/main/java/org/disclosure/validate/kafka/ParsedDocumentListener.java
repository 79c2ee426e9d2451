package org.disclosure.validate.kafka;

import java.time.Clock;

import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.disclosure.support.events.EventCodec;
import org.disclosure.support.events.EventPublisher;
import org.disclosure.support.metrics.PipelineMetrics;
import org.disclosure.validate.rules.RuleCatalogue;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Receives a parsed disclosure, runs the rule catalogue, publishes the verdict. */
@Component
class ParsedDocumentListener {

	private final EventCodec codec;

	private final EventPublisher publisher;

	private final RuleCatalogue catalogue = RuleCatalogue.standard();

	private final Clock clock = Clock.systemUTC();

	private final Timer timer;

	ParsedDocumentListener(EventCodec codec, EventPublisher publisher, PipelineMetrics metrics) {
		this.codec = codec;
		this.publisher = publisher;
		this.timer = metrics.stage(Stage.VALIDATE.value());
	}

	@KafkaListener(topics = Topics.PARSED, groupId = "${spring.application.name}")
	void onParsed(ConsumerRecord<String, byte[]> record) {
		DocumentParsed parsed = this.codec.decode(record.value(), DocumentParsed.class);
		DocumentValidated validated = this.timer.record(() -> new DocumentValidated(DocumentValidated.SCHEMA_VERSION,
				parsed.docId(), parsed, this.catalogue.validate(parsed), this.clock.instant()));
		this.publisher.publish(Topics.VALIDATED, validated);
	}

}
