package org.disclosure.support.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Headers;
import org.disclosure.contracts.CloudEventHeaders;
import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.PipelineEvent;
import org.disclosure.support.metrics.PipelineMetrics;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * Writes events to their topics, keyed by {@link PipelineEvent#key()}, with the
 * CloudEvents attributes as headers (binary mode). {@link #publish} returns once the
 * broker has the record, so a listener that publishes and returns never commits an offset
 * for an event it did not pass on.
 */
public class EventPublisher {

	private static final long SEND_TIMEOUT_SECONDS = 30;

	private final KafkaTemplate<String, byte[]> template;

	private final EventCodec codec;

	private final String source;

	private final PipelineMetrics metrics;

	public EventPublisher(KafkaTemplate<String, byte[]> template, EventCodec codec, String serviceName,
			PipelineMetrics metrics) {
		this.template = template;
		this.codec = codec;
		this.source = "/disclosure-pipeline/" + serviceName;
		this.metrics = metrics;
	}

	public void publish(String topic, PipelineEvent event) {
		publishAll(topic, List.of(event));
	}

	/**
	 * Sends {@code events} to {@code topic} all at once and returns once the broker has
	 * every one of them.
	 */
	public void publishAll(String topic, List<? extends PipelineEvent> events) {
		List<CompletableFuture<?>> sends = new ArrayList<>();
		for (PipelineEvent event : events) {
			ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.key(), this.codec.encode(event));
			addCloudEventHeaders(record.headers(), event);
			sends.add(this.template.send(record));
		}
		for (int i = 0; i < sends.size(); i++) {
			PipelineEvent event = events.get(i);
			try {
				sends.get(i).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new KafkaException("Interrupted while publishing to " + topic, ex);
			}
			catch (ExecutionException | TimeoutException ex) {
				throw new KafkaException("Could not publish " + event.cloudEventType() + " to " + topic, ex);
			}
			this.metrics.published(topic, event.cloudEventType());
			if (event instanceof DocumentFailed failed) {
				this.metrics.documentFailed(failed.stage().value(), failed.reason());
			}
		}
	}

	private void addCloudEventHeaders(Headers headers, PipelineEvent event) {
		header(headers, CloudEventHeaders.ID, UUID.randomUUID().toString());
		header(headers, CloudEventHeaders.TYPE, event.cloudEventType());
		header(headers, CloudEventHeaders.SOURCE, this.source);
		header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
		header(headers, CloudEventHeaders.TIME, Instant.now().toString());
		header(headers, CloudEventHeaders.SUBJECT, event.key());
		header(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
	}

	private static void header(Headers headers, String name, String value) {
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

}
