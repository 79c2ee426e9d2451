package org.disclosure.index.kafka;

import java.time.Duration;

import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosure.contracts.DocumentIndexed;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.disclosure.index.elasticsearch.DisclosureIndexer;
import org.disclosure.support.events.EventCodec;
import org.disclosure.support.events.EventPublisher;
import org.disclosure.support.metrics.PipelineMetrics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Indexes each validated disclosure, then announces it searchable; times the index stage
 * and the whole way from fetch to index.
 */
@Component
class ValidatedDocumentListener {

	private final EventCodec codec;

	private final DisclosureIndexer indexer;

	private final EventPublisher publisher;

	private final Timer indexStage;

	private final Timer endToEnd;

	ValidatedDocumentListener(EventCodec codec, DisclosureIndexer indexer, EventPublisher publisher,
			PipelineMetrics metrics) {
		this.codec = codec;
		this.indexer = indexer;
		this.publisher = publisher;
		this.indexStage = metrics.stage(Stage.INDEX.value());
		this.endToEnd = metrics.endToEnd();
	}

	@KafkaListener(topics = Topics.VALIDATED, groupId = "${spring.application.name}")
	void onValidated(ConsumerRecord<String, byte[]> record) {
		DocumentValidated validated = this.codec.decode(record.value(), DocumentValidated.class);
		DocumentIndexed indexed = this.indexStage.record(() -> this.indexer.index(validated));
		this.publisher.publish(Topics.INDEXED, indexed);
		if (indexed.fetchedAt() != null) {
			this.endToEnd.record(Duration.between(indexed.fetchedAt(), indexed.indexedAt()));
		}
	}

}
