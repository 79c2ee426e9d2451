package org.disclosure.e2e;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.disclosure.stack.PrometheusScrape;
import org.disclosure.stack.ServiceProcess;
import org.disclosure.stack.StackLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scale-out on the real servers: two instances each of parse-service and index-service in
 * their consumer groups share the topics' partitions; one of each is killed with SIGKILL
 * in the middle of 100 documents, the survivors take over its partitions, and every
 * document ends up indexed exactly once, none lost, none failed. Then the rebuild by
 * replay runs with two index-service instances in the group.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

	private static final int DOCUMENTS = 100;

	private static final Duration FLOW_TIMEOUT = Duration.ofMinutes(6);

	private LocalInfrastructure infrastructure;

	private RunningPipeline pipeline;

	private PipelineClient client;

	@BeforeAll
	void start() {
		StackLayout layout = StackLayout.forTests();
		this.infrastructure = LocalInfrastructure.start(layout);
		this.pipeline = RunningPipeline.start(layout, this.infrastructure, Map.of("PIPELINE_PARSE_WORKERS", "1"),
				Map.of("parse-service", 2, "index-service", 2));
		this.client = new PipelineClient(this.pipeline.ingestUrl(), this.infrastructure.elasticsearchUrl());
	}

	@AfterAll
	void stop() {
		RunningPipeline.stop(this.pipeline, this.infrastructure);
	}

	@Test
	@Order(1)
	void twoInstancesOfParseAndIndexShareTheWorkAndOneOfEachKilledMidwayLosesAndDuplicatesNothing() throws Exception {
		List<String> ids = push(DOCUMENTS);
		assertThat(new HashSet<>(ids)).hasSize(DOCUMENTS);
		await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(1)).until(() -> indexed(ids) >= 10);
		List<ServiceProcess> parsers = this.pipeline.instances("parse-service");
		List<ServiceProcess> indexers = this.pipeline.instances("index-service");
		assertThat(parsers).hasSize(2);
		assertThat(indexers).hasSize(2);
		await().atMost(FLOW_TIMEOUT)
			.untilAsserted(() -> assertThat(parsers).allSatisfy((parser) -> assertThat(records(parser, "parse"))
				.as("documents parsed by %s", parser.logFile().getFileName())
				.isPositive()));
		await().atMost(FLOW_TIMEOUT)
			.untilAsserted(() -> assertThat(indexers).allSatisfy((indexer) -> assertThat(records(indexer, "index"))
				.as("records indexed by %s", indexer.logFile().getFileName())
				.isPositive()));
		long before = indexed(ids);

		this.pipeline.kill(parsers.get(1));
		this.pipeline.kill(indexers.get(1));

		assertThat(before).as("killed midway").isLessThan(DOCUMENTS);
		await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(2)).until(() -> indexed(ids) == DOCUMENTS);
		assertThat(failed(ids)).isZero();
		// Every disclosure is searchable; its last facts may be a refresh later: each
		// index refreshes on its own schedule, and a bulk's disclosures and facts are
		// applied by their shards side by side. A fact lost stays missing, and a copy
		// under another id would count once too often.
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			long factsOfOne = this.client.count("disclosure-facts", terms(List.of(ids.get(0))));
			assertThat(factsOfOne).isPositive();
			assertThat(this.client.count("disclosure-facts", terms(ids))).as("each fact once")
				.isEqualTo(factsOfOne * DOCUMENTS);
		});
		assertThat(records(parsers.get(0), "parse") + records(indexers.get(0), "index")).as("the survivors worked on")
			.isPositive();
	}

	@Test
	@Order(2)
	void theRebuildByReplayRunsWithTwoIndexServiceInstancesInTheGroup() throws Exception {
		ServiceProcess second = this.pipeline.startAnother("index-service");
		ServiceProcess first = this.pipeline.instances("index-service").get(0);
		long disclosures = this.client.count("disclosures");
		long facts = this.client.count("disclosure-facts");

		HttpResponse<String> started = this.client.postJsonTo(first.baseUrl() + "/api/v1/reindex", "{}");

		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			JsonNode status = this.client.getJson(first.baseUrl() + "/api/v1/reindex");
			assertThat(status.path("state").asString()).as(status.toString()).isEqualTo("done");
		});
		assertThat(records(second, "index")).as("the second instance replayed its share").isPositive();
		assertThat(this.client.count("disclosures")).isEqualTo(disclosures);
		assertThat(this.client.count("disclosure-facts")).isEqualTo(facts);
	}

	/** Pushes {@code count} distinct disclosures, four uploads at a time. */
	private List<String> push(int count) throws Exception {
		ExecutorService uploads = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> pushed = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String marker = "scale-out-" + i + " " + UUID.randomUUID();
				pushed.add(
						uploads.submit(() -> this.client.push("scale-out.txt", HostileDocuments.disclosure(marker), 202)
							.path("doc_id")
							.asString()));
			}
			List<String> ids = new ArrayList<>();
			for (Future<String> one : pushed) {
				ids.add(one.get());
			}
			return ids;
		}
		finally {
			uploads.shutdownNow();
		}
	}

	/** Records {@code stage} finished in {@code instance}, from its own timer. */
	private static double records(ServiceProcess instance, String stage) throws Exception {
		return PrometheusScrape.of(instance.baseUrl())
			.sum("pipeline_stage_duration_seconds_count", Map.of("stage", stage));
	}

	private long indexed(List<String> ids) throws Exception {
		return this.client.count("disclosures", terms(ids));
	}

	private long failed(List<String> ids) throws Exception {
		return this.client.count("pipeline-failures", terms(ids));
	}

	private static String terms(List<String> ids) {
		return "{\"query\":{\"terms\":{\"doc_id\":[\"" + String.join("\",\"", ids) + "\"]}}}";
	}

}
