package org.disclosure.support.metrics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.contracts.Topics;
import org.disclosure.stack.FreePorts;
import org.disclosure.stack.KafkaBroker;
import org.disclosure.stack.StackLayout;
import org.disclosure.support.events.EventPublisher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service built on pipeline-support, on a real broker: the trace a publish runs in
 * continues in the listener that receives the event, and publishing is counted.
 */
@SpringBootTest(classes = TracePropagationIT.TracedService.class,
		properties = { "spring.application.name=trace-test", "pipeline.metrics.lag-interval=1s" })
class TracePropagationIT {

	private static KafkaBroker kafka;

	@Autowired
	EventPublisher publisher;

	@Autowired
	Tracer tracer;

	@Autowired
	Receiver receiver;

	@Autowired
	MeterRegistry registry;

	@DynamicPropertySource
	static void kafka(DynamicPropertyRegistry registry) {
		kafka = KafkaBroker.start(StackLayout.forTests(), FreePorts.next());
		registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
		registry.add("pipeline.blob-store.root", () -> StackLayout.forTests().stateDir().resolve("blobs").toString());
	}

	@AfterAll
	static void stopKafka() {
		kafka.close();
	}

	@Test
	void theTraceContinuesAcrossTheKafkaHop() throws Exception {
		Span span = this.tracer.nextSpan().name("crawler push").start();
		try (Tracer.SpanInScope scope = this.tracer.withSpan(span)) {
			this.publisher.publish(Topics.FETCHED, new DocumentFetched(1, "ab".repeat(32), "ab".repeat(32),
					new DocumentSource(null, "a.txt", "text/plain", 1, null), Instant.now()));
		}
		finally {
			span.end();
		}
		Received received = this.receiver.received.get(60, TimeUnit.SECONDS);
		assertThat(received.traceparent()).contains(span.context().traceId());
		assertThat(received.traceId()).isEqualTo(span.context().traceId());
		assertThat(this.registry.get("pipeline.events.published")
			.tag("topic", Topics.FETCHED)
			.tag("type", DocumentFetched.TYPE)
			.counter()
			.count()).isEqualTo(1.0);
	}

	record Received(String traceparent, String traceId) {
	}

	static class Receiver {

		final CompletableFuture<Received> received = new CompletableFuture<>();

		private final Tracer tracer;

		Receiver(Tracer tracer) {
			this.tracer = tracer;
		}

		@KafkaListener(topics = Topics.FETCHED, groupId = "trace-test")
		void on(ConsumerRecord<String, byte[]> record) {
			String traceparent = new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
			Span current = this.tracer.currentSpan();
			this.received.complete(new Received(traceparent, (current != null) ? current.context().traceId() : null));
		}

	}

	@SpringBootApplication
	static class TracedService {

		@Bean
		Receiver receiver(Tracer tracer) {
			return new Receiver(tracer);
		}

	}

}
