package org.disclosure.index.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.Topics;
import org.disclosure.index.elasticsearch.DisclosureIndexer;
import org.disclosure.support.events.EventCodec;
import org.disclosure.support.events.EventPublisher;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Indexes each validated disclosure, then announces it searchable. */
@Component
class ValidatedDocumentListener {

	private final EventCodec codec;

	private final DisclosureIndexer indexer;

	private final EventPublisher publisher;

	ValidatedDocumentListener(EventCodec codec, DisclosureIndexer indexer, EventPublisher publisher) {
		this.codec = codec;
		this.indexer = indexer;
		this.publisher = publisher;
	}

	@KafkaListener(topics = Topics.VALIDATED, groupId = "${spring.application.name}")
	void onValidated(ConsumerRecord<String, byte[]> record) {
		DocumentValidated validated = this.codec.decode(record.value(), DocumentValidated.class);
		this.publisher.publish(Topics.INDEXED, this.indexer.index(validated));
	}

}
