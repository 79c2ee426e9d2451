package org.disclosure.ingest;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.disclosure.stack.FreePorts;
import org.disclosure.stack.KafkaBroker;
import org.disclosure.stack.StackLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Back-pressure on a real Kafka broker: with no parser reading, the documents accepted
 * pile up on {@code disclosure.fetched.v1}; past the configured backlog an upload is
 * answered 429 with {@code Retry-After}, and nothing is announced for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IngestBackPressureIT {

	private static final String KEY = "it-" + UUID.randomUUID();

	private static final StackLayout LAYOUT = StackLayout.forTests();

	private static KafkaBroker kafka;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		kafka = KafkaBroker.start(LAYOUT, FreePorts.next());
		registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
		registry.add("pipeline.blob-store.root", () -> LAYOUT.stateDir().resolve("blobs").toString());
		registry.add("pipeline.ingest.api-keys", () -> KEY);
		registry.add("pipeline.ingest.backlog.max", () -> "2");
		registry.add("pipeline.ingest.backlog.retry-after", () -> "20s");
		registry.add("pipeline.ingest.backlog.refresh", () -> "200ms");
	}

	@AfterAll
	static void stop() {
		kafka.close();
	}

	@Test
	void pastTheBacklogAnUploadIsAnswered429WithRetryAfter() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(push("document " + i).statusCode()).isEqualTo(202);
		}

		HttpResponse<String> refused = push("one more");
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (refused.statusCode() != 429 && System.nanoTime() < deadline) {
			Thread.sleep(200);
			refused = push("one more " + UUID.randomUUID());
		}

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("20");
		assertThat(refused.body()).contains("\"error\":\"backlog\"").contains("limit 2");
	}

	private HttpResponse<String> push(String text) throws Exception {
		return Uploads.upload(this.port, "note.txt", ("部门预算 " + text).getBytes(StandardCharsets.UTF_8), KEY);
	}

}
