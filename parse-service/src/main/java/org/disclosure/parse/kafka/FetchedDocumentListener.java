package org.disclosure.parse.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.disclosure.parse.DocumentParsedMapper;
import org.disclosure.parse.DocumentParser;
import org.disclosure.parse.ParseOutcome;
import org.disclosure.support.blob.BlobStore;
import org.disclosure.support.events.EventCodec;
import org.disclosure.support.events.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Receives a fetched document, parses it, stores its text and publishes the parsed
 * disclosure, or the reason it could not be parsed.
 */
@Component
class FetchedDocumentListener {

	private static final Logger logger = LoggerFactory.getLogger(FetchedDocumentListener.class);

	private final EventCodec codec;

	private final BlobStore blobs;

	private final DocumentParser parser;

	private final EventPublisher publisher;

	private final Clock clock;

	@Autowired
	FetchedDocumentListener(EventCodec codec, BlobStore blobs, DocumentParser parser, EventPublisher publisher) {
		this(codec, blobs, parser, publisher, Clock.systemUTC());
	}

	FetchedDocumentListener(EventCodec codec, BlobStore blobs, DocumentParser parser, EventPublisher publisher,
			Clock clock) {
		this.codec = codec;
		this.blobs = blobs;
		this.parser = parser;
		this.publisher = publisher;
		this.clock = clock;
	}

	@KafkaListener(topics = Topics.FETCHED, groupId = "${spring.application.name}")
	void onFetched(ConsumerRecord<String, byte[]> record) {
		DocumentFetched fetched = this.codec.decode(record.value(), DocumentFetched.class);
		ParseOutcome outcome = this.parser.parse(this.blobs.read(fetched.blobKey()), fetched.source());
		if (outcome instanceof ParseOutcome.Parsed parsed) {
			this.publisher.publish(Topics.PARSED, parsedEvent(fetched, parsed));
		}
		else if (outcome instanceof ParseOutcome.Failed failed) {
			logger.info("Document {} not parsed: {} ({})", fetched.docId(), failed.reason(), failed.message());
			this.publisher.publish(Topics.FAILED,
					new DocumentFailed(DocumentFailed.SCHEMA_VERSION, "parse:" + fetched.docId(), fetched.docId(),
							Stage.PARSE, failed.reason(), failed.message(), fetched.source(), this.clock.instant()));
		}
	}

	private DocumentParsed parsedEvent(DocumentFetched fetched, ParseOutcome.Parsed parsed) {
		if (parsed.truncated()) {
			logger.warn("Document {}: text cut at the write limit", fetched.docId());
		}
		String textBlobKey = this.blobs.put(parsed.text().getBytes(StandardCharsets.UTF_8)).key();
		return DocumentParsedMapper.event(fetched, parsed, textBlobKey, this.clock.instant());
	}

}
