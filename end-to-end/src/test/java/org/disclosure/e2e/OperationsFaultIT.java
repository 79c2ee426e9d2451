package org.disclosure.e2e;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.disclosure.contracts.Topics;
import org.disclosure.fixtures.HostilePdfs;
import org.disclosure.stack.StackLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults an operator lives with, on the real servers: Elasticsearch away for 30 s, the
 * parser killed mid-batch, garbage on every topic, a file that exhausts the parser's
 * memory. No document is lost, none is duplicated, and the flow goes on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsFaultIT {

	private static final Duration FLOW_TIMEOUT = Duration.ofMinutes(4);

	private LocalInfrastructure infrastructure;

	private RunningPipeline pipeline;

	private PipelineClient client;

	@BeforeAll
	void start() {
		StackLayout layout = StackLayout.forTests();
		this.infrastructure = LocalInfrastructure.start(layout);
		this.pipeline = RunningPipeline.start(layout, this.infrastructure,
				Map.of("PIPELINE_PARSE_TIME_LIMIT", "30s", "PIPELINE_PARSE_WORKER_MAX_HEAP", "256MB"));
		this.client = new PipelineClient(this.pipeline.ingestUrl(), this.infrastructure.elasticsearchUrl());
	}

	@AfterAll
	void stop() {
		RunningPipeline.stop(this.pipeline, this.infrastructure);
	}

	@Test
	void documentsPushedWhileElasticsearchIsDownAreIndexedOnceItIsBack() throws Exception {
		this.infrastructure.elasticsearch().stop();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ids.add(pushDisclosure("es-outage-" + i));
		}
		Thread.sleep(30_000);
		this.infrastructure.elasticsearch().restart();

		await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(2)).until(() -> indexed(ids) == 20);
		assertThat(failed(ids)).isZero();
	}

	@Test
	void killingTheParserMidBatchLosesAndDuplicatesNothing() throws Exception {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			ids.add(pushDisclosure("parser-killed-" + i));
		}
		await().atMost(FLOW_TIMEOUT).until(() -> indexed(ids) >= 5);
		long before = indexed(ids);
		this.pipeline.killAndRestart("parse-service");

		await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(2)).until(() -> indexed(ids) == 50);
		assertThat(before).as("killed mid-batch").isLessThan(50);
		assertThat(new HashSet<>(ids)).hasSize(50);
		assertThat(failed(ids)).isZero();
	}

	@Test
	void garbageOnEveryTopicIsDeadLetteredAndRecordedWhileTheFlowGoesOn() throws Exception {
		SecureRandom random = new SecureRandom();
		for (String topic : Topics.CONSUMED) {
			byte[] garbage = new byte[64];
			random.nextBytes(garbage);
			this.infrastructure.sendRaw(topic, "garbage-" + topic, garbage);
		}
		for (String topic : Topics.CONSUMED) {
			assertThat(keysOn(Topics.deadLetter(topic))).as(topic).contains("garbage-" + topic);
			await().atMost(FLOW_TIMEOUT)
				.until(() -> this.client.count("pipeline-failures",
						"{\"query\":{\"bool\":{\"filter\":[{\"term\":{\"topic\":\"" + topic
								+ "\"}},{\"exists\":{\"field\":\"exception_class\"}}]}}}") >= 1);
		}
		String next = pushDisclosure("after-garbage");
		await().atMost(FLOW_TIMEOUT).until(() -> indexed(List.of(next)) == 1);
	}

	@Test
	void aFileThatExhaustsTheParsersMemoryIsRecordedAsFailedAndTheNextDocumentsFlow() throws Exception {
		byte[] bomb = HostilePdfs.glyphBomb();
		String bombId = this.client.push("glyph-bomb.pdf", bomb, 202).path("doc_id").asString();
		List<String> next = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			next.add(pushDisclosure("after-bomb-" + i));
		}

		await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(2)).until(() -> indexed(next) == 3);
		await().atMost(FLOW_TIMEOUT).until(() -> failed(List.of(bombId)) == 1);
		JsonNode failure = this.client
			.search("pipeline-failures", "{\"query\":{\"term\":{\"doc_id\":\"" + bombId + "\"}}}")
			.get(0)
			.path("_source");
		assertThat(failure.path("stage").asString()).isEqualTo("parse");
		// 8 million glyphs in a 256 MB worker: PDFBox keeps an object per glyph, the
		// worker
		// JVM dies of OutOfMemoryError (measured: 4-14 s); on a slow machine the 30 s
		// time
		// limit may kill it first. Either way the worker, not the service, dies.
		assertThat(failure.path("reason").asString()).isIn("out_of_memory", "parse_timeout");
		assertThat(failure.path("message").asString()).isNotBlank();
		JsonNode health = this.client.getJson(this.pipeline.baseUrl("parse-service") + "/actuator/health");
		assertThat(health.path("status").asString()).isEqualTo("UP");
		assertThat(failed(next)).isZero();
	}

	private String pushDisclosure(String marker) throws Exception {
		return this.client.push(marker + ".txt", HostileDocuments.disclosure(marker + " " + UUID.randomUUID()), 202)
			.path("doc_id")
			.asString();
	}

	private long indexed(List<String> ids) throws Exception {
		return countIds("disclosures", ids);
	}

	private long failed(List<String> ids) throws Exception {
		return countIds("pipeline-failures", ids);
	}

	private long countIds(String index, List<String> ids) throws Exception {
		if (this.client.count(index) < 0) {
			return -1;
		}
		return this.client.count(index, "{\"query\":{\"terms\":{\"doc_id\":[\"" + String.join("\",\"", ids) + "\"]}}}");
	}

	/**
	 * The keys of the records on {@code topic}, read from the beginning for up to a
	 * minute.
	 */
	private Set<String> keysOn(String topic) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.infrastructure.kafkaBootstrapServers());
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-it-" + UUID.randomUUID());
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		Set<String> keys = new HashSet<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
			while (System.nanoTime() < deadline && keys.stream().noneMatch((key) -> key.startsWith("garbage-"))) {
				consumer.poll(Duration.ofMillis(500)).forEach((record) -> keys.add(record.key()));
			}
		}
		return keys;
	}

}
