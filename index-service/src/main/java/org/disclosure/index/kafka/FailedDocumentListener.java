package org.disclosure.index.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.Topics;
import org.disclosure.index.documents.FailureDocument;
import org.disclosure.index.elasticsearch.FailureIndexer;
import org.disclosure.support.events.EventCodec;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Records each document a stage rejected in {@code pipeline-failures}. */
@Component
class FailedDocumentListener {

	private final EventCodec codec;

	private final FailureIndexer indexer;

	FailedDocumentListener(EventCodec codec, FailureIndexer indexer) {
		this.codec = codec;
		this.indexer = indexer;
	}

	@KafkaListener(topics = Topics.FAILED, groupId = "${spring.application.name}")
	void onFailed(ConsumerRecord<String, byte[]> record) {
		this.indexer.index(FailureDocument.of(this.codec.decode(record.value(), DocumentFailed.class)));
	}

}
