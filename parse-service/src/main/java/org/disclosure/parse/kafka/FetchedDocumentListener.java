package org.disclosure.parse.kafka;

import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.PipelineEvent;
import org.disclosure.contracts.PipelineHeaders;
import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.disclosure.parse.ParseStage;
import org.disclosure.parse.attachments.AttachmentRequests;
import org.disclosure.parse.boot.ParseConfiguration;
import org.disclosure.parse.boot.ParseProperties;
import org.disclosure.support.events.EventCodec;
import org.disclosure.support.events.EventPublisher;
import org.disclosure.support.metrics.PipelineMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Receives a fetched document, parses it, publishes the parsed disclosure or the reason
 * it failed; when configured, asks ingest to fetch the attachments a landing page links.
 */
@Component
class FetchedDocumentListener {

	private static final Logger logger = LoggerFactory.getLogger(FetchedDocumentListener.class);

	private final EventCodec codec;

	private final ParseStage stage;

	private final EventPublisher publisher;

	private final Timer timer;

	private final boolean followAttachments;

	FetchedDocumentListener(EventCodec codec, ParseStage stage, EventPublisher publisher, PipelineMetrics metrics,
			ParseProperties properties) {
		this.codec = codec;
		this.stage = stage;
		this.publisher = publisher;
		this.timer = metrics.stage(Stage.PARSE.value());
		this.followAttachments = properties.followAttachments();
	}

	@KafkaListener(topics = Topics.FETCHED, groupId = "${spring.application.name}",
			containerFactory = ParseConfiguration.PARSING_CONTAINER_FACTORY)
	void onFetched(ConsumerRecord<String, byte[]> record) {
		DocumentFetched fetched = this.codec.decode(record.value(), DocumentFetched.class);
		String replay = (record.headers().lastHeader(PipelineHeaders.REPLAY) != null)
				? record.topic() + "-" + record.partition() + "@" + record.offset() : null;
		PipelineEvent outcome = this.timer.record(() -> this.stage.parse(fetched, replay));
		if (outcome instanceof DocumentFailed failed) {
			logger.info("Document {} not parsed: {} ({})", failed.docId(), failed.reason(), failed.message());
		}
		this.publisher.publish((outcome instanceof DocumentFailed) ? Topics.FAILED : Topics.PARSED, outcome);
		if (this.followAttachments && outcome instanceof DocumentFailed failed) {
			AttachmentRequests.of(failed, failed.failedAt())
				.forEach((request) -> this.publisher.publish(Topics.FETCH_REQUESTED, request));
		}
		this.stage.published(fetched);
	}

}
