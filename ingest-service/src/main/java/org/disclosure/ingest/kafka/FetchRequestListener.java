package org.disclosure.ingest.kafka;

import java.io.IOException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosure.contracts.FetchRequested;
import org.disclosure.contracts.Topics;
import org.disclosure.ingest.intake.UrlIntake;
import org.disclosure.support.events.EventCodec;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Fetch requests from crawlers on Kafka take the same path as {@code POST /api/v1/fetch}.
 */
@Component
class FetchRequestListener {

	private final EventCodec codec;

	private final UrlIntake intake;

	FetchRequestListener(EventCodec codec, UrlIntake intake) {
		this.codec = codec;
		this.intake = intake;
	}

	@KafkaListener(topics = Topics.FETCH_REQUESTED, groupId = "${spring.application.name}")
	void onFetchRequested(ConsumerRecord<String, byte[]> record) throws IOException {
		FetchRequested request = this.codec.decode(record.value(), FetchRequested.class);
		this.intake.receive(request.url(), request.publisher());
	}

}
