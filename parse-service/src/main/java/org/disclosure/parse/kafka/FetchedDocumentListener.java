package org.disclosure.parse.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.PipelineEvent;
import org.disclosure.contracts.Topics;
import org.disclosure.parse.ParseStage;
import org.disclosure.support.events.EventCodec;
import org.disclosure.support.events.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Receives a fetched document, parses it, publishes the parsed disclosure or the reason
 * it failed.
 */
@Component
class FetchedDocumentListener {

	private static final Logger logger = LoggerFactory.getLogger(FetchedDocumentListener.class);

	private final EventCodec codec;

	private final ParseStage stage;

	private final EventPublisher publisher;

	FetchedDocumentListener(EventCodec codec, ParseStage stage, EventPublisher publisher) {
		this.codec = codec;
		this.stage = stage;
		this.publisher = publisher;
	}

	@KafkaListener(topics = Topics.FETCHED, groupId = "${spring.application.name}")
	void onFetched(ConsumerRecord<String, byte[]> record) {
		DocumentFetched fetched = this.codec.decode(record.value(), DocumentFetched.class);
		PipelineEvent outcome = this.stage.parse(fetched);
		if (outcome instanceof DocumentFailed failed) {
			logger.info("Document {} not parsed: {} ({})", failed.docId(), failed.reason(), failed.message());
		}
		this.publisher.publish((outcome instanceof DocumentFailed) ? Topics.FAILED : Topics.PARSED, outcome);
		this.stage.published(fetched);
	}

}
