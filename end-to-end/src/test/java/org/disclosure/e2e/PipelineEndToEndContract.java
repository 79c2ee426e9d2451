package org.disclosure.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.disclosure.contracts.Topics;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;
import org.disclosure.stack.PrometheusScrape;
import org.disclosure.stack.StackLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline, end to end: a crawler pushes the fifteen fixture files (three
 * disclosures in five formats) plus a corrupt PDF and an empty file; every disclosure
 * becomes searchable with the metadata its expected file lists, the bad files are
 * recorded as failures with a reason, nothing is duplicated, and internal URLs are
 * refused. The same body runs on locally started servers ({@link LocalStackEndToEndIT})
 * and on containers ({@link ContainersEndToEndIT}). Start reading here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PipelineEndToEndContract {

	private static final String PHRASE = "城乡医疗救助";

	/**
	 * Every fixture contains the phrase; this variant of one does not, so the search must
	 * leave it out.
	 */
	private static final String NEAR_MISS = "城乡居民医疗救助";

	private static final int DISCLOSURES = 16;

	private static final Duration FLOW_TIMEOUT = Duration.ofMinutes(4);

	private final Map<String, String> docIdByFile = new HashMap<>();

	private PipelineInfrastructure infrastructure;

	private RunningPipeline pipeline;

	private PipelineClient client;

	private String nearMissId;

	private JsonNode corruptPdfPush;

	private JsonNode emptyFilePush;

	/** Starts Kafka and Elasticsearch. */
	abstract PipelineInfrastructure startInfrastructure(StackLayout layout);

	@BeforeAll
	void pushTheFixtures() throws Exception {
		StackLayout layout = StackLayout.forTests();
		this.infrastructure = startInfrastructure(layout);
		this.pipeline = RunningPipeline.start(layout, this.infrastructure);
		this.client = new PipelineClient(this.pipeline.ingestUrl(), this.infrastructure.elasticsearchUrl());
		for (FixtureDocument fixture : Fixtures.documents()) {
			JsonNode answer = this.client.push(fixture.fileName(), fixture.bytes(), 202);
			assertThat(answer.path("status").asString()).as(fixture.fileName()).isEqualTo("accepted");
			this.docIdByFile.put(fixture.fileName(), answer.path("doc_id").asString());
		}
		this.nearMissId = this.client.push("luolong-near-miss.txt", nearMissVariant(), 202).path("doc_id").asString();
		byte[] corrupt = ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nstream\n" + UUID.randomUUID()
				+ "\u0000\u00ff garbage without xref")
			.getBytes(StandardCharsets.ISO_8859_1);
		this.corruptPdfPush = this.client.push("corrupt.pdf", corrupt, 202);
		this.emptyFilePush = this.client.push("empty.pdf", new byte[0], 400);
		await().atMost(FLOW_TIMEOUT)
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> this.client.count("disclosures") == DISCLOSURES
					&& this.client.count("pipeline-failures") >= 2);
	}

	@AfterAll
	void stop() {
		RunningPipeline.stop(this.pipeline, this.infrastructure);
	}

	@Test
	void everyFixtureFileIsIndexedOnceUnderItsOwnId() throws Exception {
		assertThat(new HashSet<>(this.docIdByFile.values())).hasSize(15);
		JsonNode hits = this.client.search("disclosures", "{\"size\":50,\"query\":{\"match_all\":{}}}");
		Set<String> indexed = new HashSet<>();
		hits.forEach((hit) -> indexed.add(hit.path("_id").asString()));
		Set<String> pushed = new HashSet<>(this.docIdByFile.values());
		pushed.add(this.nearMissId);
		assertThat(indexed).containsExactlyInAnyOrderElementsOf(pushed);
	}

	@Test
	void metadataOfEveryFileMatchesTheExpectedFile() throws Exception {
		for (FixtureDocument fixture : Fixtures.documents()) {
			JsonNode expected = this.client.readTree(Fixtures.expectedJson(fixture.document())).path("metadata");
			JsonNode indexed = this.client.disclosure(this.docIdByFile.get(fixture.fileName()));
			String file = fixture.fileName();
			assertThat(indexed.path("department").asString()).as(file)
				.isEqualTo(expected.path("department").asString());
			assertThat(indexed.path("fiscal_year").asInt()).as(file).isEqualTo(expected.path("fiscal_year").asInt());
			assertThat(indexed.path("doc_kind").asString()).as(file).isEqualTo(expected.path("doc_kind").asString());
			for (String level : List.of("province", "city", "county")) {
				JsonNode value = expected.path("region").path(level);
				JsonNode actual = indexed.path("region").path(level);
				if (value.isNull()) {
					assertThat(actual.isMissingNode() || actual.isNull()).as(file + " region." + level).isTrue();
				}
				else {
					assertThat(actual.asString()).as(file + " region." + level).isEqualTo(value.asString());
				}
			}
			assertThat(indexed.path("source").path("file_name").asString()).isEqualTo(file);
			assertThat(indexed.path("validation").path("status").asString()).isIn("passed", "warnings", "failed");
		}
	}

	@Test
	void totalsAndTablesOfEveryFileMatchTheExpectedFile() throws Exception {
		for (FixtureDocument fixture : Fixtures.documents()) {
			JsonNode expected = this.client.readTree(Fixtures.expectedJson(fixture.document()));
			JsonNode indexed = this.client.disclosure(this.docIdByFile.get(fixture.fileName()));
			String file = fixture.fileName();
			for (Map.Entry<String, JsonNode> total : expected.path("totals").properties()) {
				assertThat(indexed.path("totals").path(total.getKey()).decimalValue())
					.as(file + " totals." + total.getKey())
					.isEqualByComparingTo(total.getValue().decimalValue());
				assertThat(indexed.path("totals_source").path(total.getKey()).asString()).as(file).isEqualTo("table");
			}
			Set<String> tables = new HashSet<>();
			indexed.path("tables").forEach((table) -> tables.add(table.asString()));
			expected.path("tables_present").forEach((table) -> assertThat(tables).as(file).contains(table.asString()));
			expected.path("tables_missing")
				.forEach((table) -> assertThat(tables).as(file).doesNotContain(table.asString()));
		}
	}

	@Test
	void everyTableFigureIsAFactKibanaCanSum() throws Exception {
		for (FixtureDocument fixture : Fixtures.documents()) {
			String docId = this.docIdByFile.get(fixture.fileName());
			JsonNode indexed = this.client.disclosure(docId);
			long facts = this.client.count("disclosure-facts", "{\"query\":{\"term\":{\"doc_id\":\"" + docId + "\"}}}");
			assertThat(facts).as(fixture.fileName())
				.isGreaterThan(100)
				.isLessThanOrEqualTo(indexed.path("parse").path("cells").asLong());
		}
		String luolong = this.docIdByFile.get("luolong-2024-final.pdf");
		long medicalAid = this.client.count("disclosure-facts",
				"{\"query\":{\"bool\":{\"filter\":[{\"term\":{\"doc_id\":\"" + luolong
						+ "\"}},{\"term\":{\"subject_code\":\"2101301\"}},{\"term\":{\"amount\":323.0}}]}}}");
		assertThat(medicalAid).as("城乡医疗救助 323.00 in luolong's tables").isPositive();
	}

	@Test
	void aPhraseSearchFindsExactlyTheDocumentsContainingThePhrase() throws Exception {
		Set<String> containing = new HashSet<>();
		Tika tika = new Tika();
		tika.setMaxStringLength(-1);
		for (FixtureDocument fixture : Fixtures.documents()) {
			if (textOf(tika, fixture).contains(PHRASE)) {
				containing.add(this.docIdByFile.get(fixture.fileName()));
			}
		}
		assertThat(containing).as("the fixtures mention " + PHRASE).isNotEmpty().doesNotContain(this.nearMissId);
		JsonNode result = this.client.getJson(this.pipeline.indexUrl() + "/api/v1/search?size=50&q="
				+ URLEncoder.encode(PHRASE, StandardCharsets.UTF_8));
		Set<String> found = new HashSet<>();
		result.path("hits").forEach((hit) -> found.add(hit.path("doc_id").asString()));
		assertThat(found).containsExactlyInAnyOrderElementsOf(containing);
		assertThat(result.path("total").asInt()).isEqualTo(containing.size());
		assertThat(result.path("hits").get(0).path("highlights").toString()).contains("<em>");
		assertThat(result.path("facets").path("province").toString()).contains("河南省");
	}

	@Test
	void pushingTheSameFilesAgainAddsNothing() throws Exception {
		for (FixtureDocument fixture : Fixtures.documents()) {
			JsonNode answer = this.client.push(fixture.fileName(), fixture.bytes(), 202);
			assertThat(answer.path("status").asString()).as(fixture.fileName()).isEqualTo("duplicate");
			assertThat(answer.path("doc_id").asString()).isEqualTo(this.docIdByFile.get(fixture.fileName()));
		}
		Thread.sleep(3000);
		assertThat(this.client.count("disclosures")).isEqualTo(DISCLOSURES);
	}

	@Test
	void aCorruptPdfAndAnEmptyFileAreRecordedAsFailuresWithAReason() throws Exception {
		assertThat(this.emptyFilePush.path("error").asString()).isEqualTo("empty_document");
		String corruptId = this.corruptPdfPush.path("doc_id").asString();
		JsonNode failures = this.client.search("pipeline-failures", "{\"size\":50,\"query\":{\"match_all\":{}}}");
		Map<String, JsonNode> byReason = new HashMap<>();
		failures.forEach((hit) -> byReason.put(hit.path("_source").path("reason").asString(), hit.path("_source")));
		assertThat(byReason).containsKey("empty_document");
		assertThat(byReason.get("empty_document").path("stage").asString()).isEqualTo("ingest");
		List<JsonNode> corruptFailures = new ArrayList<>();
		failures.forEach((hit) -> {
			if (corruptId.equals(hit.path("_source").path("doc_id").asString())) {
				corruptFailures.add(hit.path("_source"));
			}
		});
		assertThat(corruptFailures).singleElement().satisfies((failure) -> {
			assertThat(failure.path("stage").asString()).isEqualTo("parse");
			assertThat(failure.path("message").asString()).isNotBlank();
		});
		assertThat(this.client.count("disclosures")).isEqualTo(DISCLOSURES);
	}

	@Test
	void everyServiceReportsItsFlowAsPrometheusMetrics() throws Exception {
		// Announced: the 15 fixtures, the near miss and the corrupt PDF; the empty file
		// is
		// rejected at intake.
		int announced = DISCLOSURES + 1;
		String stage = "pipeline_stage_duration_seconds_count";
		PrometheusScrape ingest = PrometheusScrape.of(this.pipeline.baseUrl("ingest-service"));
		assertThat(ingest.sum("pipeline_events_published_total", Map.of("topic", Topics.FETCHED))).isEqualTo(announced);
		assertThat(ingest.sum(stage, Map.of("stage", "ingest"))).isGreaterThanOrEqualTo(announced + 1);
		assertThat(ingest.sum("pipeline_documents_failed_total", Map.of("stage", "ingest", "reason", "empty_document")))
			.isGreaterThanOrEqualTo(1);
		PrometheusScrape parse = PrometheusScrape.of(this.pipeline.baseUrl("parse-service"));
		assertThat(parse.sum(stage, Map.of("stage", "parse"))).isEqualTo(announced);
		assertThat(parse.sum("pipeline_events_published_total", Map.of("topic", Topics.PARSED))).isEqualTo(DISCLOSURES);
		assertThat(parse.sum("pipeline_documents_failed_total", Map.of("stage", "parse"))).isEqualTo(1);
		PrometheusScrape validate = PrometheusScrape.of(this.pipeline.baseUrl("validate-service"));
		assertThat(validate.sum(stage, Map.of("stage", "validate"))).isEqualTo(DISCLOSURES);
		assertThat(validate.sum("pipeline_events_published_total", Map.of("topic", Topics.VALIDATED)))
			.isEqualTo(DISCLOSURES);
		PrometheusScrape index = PrometheusScrape.of(this.pipeline.baseUrl("index-service"));
		assertThat(index.sum(stage, Map.of("stage", "index"))).isGreaterThanOrEqualTo(DISCLOSURES);
		assertThat(index.sum("pipeline_end_to_end_duration_seconds_count", Map.of()))
			.isGreaterThanOrEqualTo(DISCLOSURES);
		assertThat(index.sum("pipeline_end_to_end_duration_seconds_sum", Map.of())).isPositive();
		for (PrometheusScrape service : List.of(parse, validate, index)) {
			assertThat(service.has("pipeline_consumer_lag", Map.of())).isTrue();
			assertThat(service.has("pipeline_topic_end_offset", Map.of("topic", Topics.FETCHED))).isTrue();
		}
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(PrometheusScrape.of(this.pipeline.baseUrl("validate-service"))
				.sum("pipeline_consumer_lag", Map.of("group", "validate-service", "topic", Topics.PARSED)))
				.as("the broker's lag of validate-service once everything flowed")
				.isZero());
		// The Kafka clients' own metrics: Micrometer binds a topic's consumer metrics at
		// its
		// next refresh (every 60 s) after the first fetch from it.
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(PrometheusScrape.of(this.pipeline.baseUrl("parse-service"))
				.sum("kafka_consumer_fetch_manager_records_consumed_total", Map.of("topic", Topics.FETCHED)))
				.isGreaterThanOrEqualTo(announced));
	}

	@Test
	void fetchingALoopbackUrlIsRefused() throws Exception {
		String url = this.pipeline.indexUrl() + "/actuator/health";
		HttpResponse<String> response = this.client.postJson("/api/v1/fetch", "{\"url\":\"" + url + "\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode body = this.client.readTree(response.body());
		assertThat(body.path("error").asString()).isEqualTo("url_refused");
		assertThat(body.path("message").asString()).contains("loopback");
	}

	/**
	 * The fixture's text as Tika gives it, whitespace removed: the oracle for the phrase
	 * search.
	 */
	private static String textOf(Tika tika, FixtureDocument fixture) throws IOException, TikaException {
		return tika.parseToString(new ByteArrayInputStream(fixture.bytes())).replaceAll("\\s+", "");
	}

	/** A real disclosure whose only mentions of the phrase become a near miss. */
	private static byte[] nearMissVariant() {
		FixtureDocument luolong = Fixtures.documents()
			.stream()
			.filter((f) -> f.fileName().equals("luolong-2024-final.txt"))
			.findFirst()
			.orElseThrow();
		String text = new String(luolong.bytes(), StandardCharsets.UTF_8);
		assertThat(text).contains(PHRASE);
		return text.replace(PHRASE, NEAR_MISS).getBytes(StandardCharsets.UTF_8);
	}

}
