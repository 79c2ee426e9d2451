package org.disclosure.index.replay;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.ParsedTable.ParsedCell;
import org.disclosure.contracts.ParsedTable.ParsedColumn;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Region;
import org.disclosure.contracts.Severity;
import org.disclosure.contracts.Topics;
import org.disclosure.contracts.Validation;
import org.disclosure.index.RealInfrastructure;
import org.disclosure.support.blob.BlobStore;
import org.disclosure.support.blob.FileSystemBlobStore;
import org.disclosure.support.events.EventCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/replay} on index-service with a real broker and a real
 * Elasticsearch: replaying the index stage, twice, leaves the disclosures, facts and
 * findings exactly as they were, each document in its latest version; what cannot be
 * replayed is refused in the API's error shape.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayIT {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String API_KEY = "replay-it-key";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static RealInfrastructure infrastructure;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final EventCodec codec = new EventCodec();

	private final List<DocumentValidated> history = new ArrayList<>();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		infrastructure = RealInfrastructure.startWithFreshIndices();
		infrastructure.register(registry);
		registry.add("pipeline.index.reindex.api-key", () -> API_KEY);
	}

	/**
	 * Two documents, one of them in two versions: the second drops a row and a finding.
	 */
	@BeforeAll
	void indexTheHistory() throws Exception {
		BlobStore blobs = new FileSystemBlobStore(infrastructure.blobRoot());
		DocumentValidated first = validated(blobs, "洛龙区医疗保障局",
				List.of(row("城乡医疗救助", "323.00", "0.00"), row("工会事务", "3.18", "3.18")),
				List.of(finding("NR-DETAIL"), finding("NR-STRUCT")));
		this.history.add(first);
		this.history.add(validated(blobs, "鲁山县财政局", List.of(row("一般公共服务支出", "12.50", "12.50")), List.of()));
		this.history.add(new DocumentValidated(1, first.docId(),
				withRows(first.document(), List.of(row("城乡医疗救助", "323.00", "0.00"))),
				Validation.of(30, List.of(finding("NR-DETAIL"))), Instant.now()));
		for (DocumentValidated validated : this.history) {
			infrastructure.producer()
				.send(new ProducerRecord<>(Topics.VALIDATED, validated.key(), this.codec.encode(validated)))
				.get();
		}
		awaitTrue(() -> indexedAnnouncements() == 3, "the three events are indexed");
	}

	@AfterAll
	void stop(ApplicationContext context) throws IOException {
		infrastructure.stop(context);
	}

	@Test
	void replayingTheIndexStageTwiceLeavesTheIndicesAsTheyWere() throws Exception {
		Map<String, Long> before = counts();
		assertThat(before).isEqualTo(Map.of("disclosures", 2L, "disclosure-facts", 4L, "disclosure-findings", 1L));

		for (int replay = 1; replay <= 2; replay++) {
			long announced = indexedAnnouncements();
			long onTopic = records(Topics.VALIDATED);
			HttpResponse<String> answer = post("{\"stage\": \"index\"}", API_KEY);

			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
			JsonNode report = JSON.readTree(answer.body());
			assertThat(report.get("kind").asString()).isEqualTo("stage");
			assertThat(report.get("source_topic").asString()).isEqualTo(Topics.VALIDATED);
			assertThat(report.at("/target_topics/" + Topics.VALIDATED).asLong()).isEqualTo(2);
			assertThat(report.get("records_sent").asLong()).isEqualTo(2);
			assertThat(report.get("records_scanned").asLong()).as("the history and the earlier replays")
				.isEqualTo(onTopic);
			assertThat(report.get("skipped").asLong()).isEqualTo(onTopic - 2);
			assertThat(report.get("replay_id").asString()).isNotBlank();
			awaitTrue(() -> indexedAnnouncements() == announced + 2, "the replayed documents are indexed again");
			assertThat(counts()).as("replay " + replay).isEqualTo(before);
		}
		JsonNode document = JSON.readTree(get("/api/v1/documents/" + this.history.get(0).docId()));
		assertThat(document.at("/table_contents/0/rows").size()).as("the latest version").isEqualTo(1);
		assertThat(document.get("findings")).hasSize(1);
	}

	@Test
	void oneDocumentIsReplayedAtTheStageNamed() throws Exception {
		long announced = indexedAnnouncements();

		HttpResponse<String> answer = post(
				"{\"doc_id\": \"" + this.history.get(1).docId().toUpperCase() + "\", \"stage\": \"index\"}", API_KEY);

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode report = JSON.readTree(answer.body());
		assertThat(report.get("kind").asString()).isEqualTo("document");
		assertThat(report.get("records_sent").asLong()).isEqualTo(1);
		awaitTrue(() -> indexedAnnouncements() == announced + 1, "the document is indexed again");
	}

	@Test
	void whatCannotBeReplayedIsRefusedAsJson() throws Exception {
		String docId = "0f".repeat(32);
		assertError(post("{\"stage\": \"index\"}", null), 401, "unauthorized");
		assertError(post("{\"stage\": \"index\"}", API_KEY + "x"), 401, "unauthorized");
		assertError(post("{\"doc_id\": \"" + docId + "\", \"stage\": \"ingest\"}", API_KEY), 400, "bad_request")
			.contains("push the document again");
		assertError(post("{\"doc_id\": \"" + docId + "\", \"stage\": \"index\"}", API_KEY), 404, "not_found")
			.contains("never reached " + Topics.VALIDATED);
		assertError(post("{\"docId\": \"" + docId + "\", \"stage\": \"index\"}", API_KEY), 400, "bad_request")
			.contains("docId");
		assertError(post("", API_KEY), 400, "bad_request");
		assertError(post("{\"dead_letter_topic\": \"disclosure.nothing.v1-dlt\"}", API_KEY), 400, "bad_request")
			.contains("No dead-letter topic named");
	}

	private org.assertj.core.api.AbstractStringAssert<?> assertError(HttpResponse<String> answer, int status,
			String error) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		JsonNode body = JSON.readTree(answer.body());
		assertThat(body.get("error").asString()).isEqualTo(error);
		return assertThat(body.get("message").asString());
	}

	/** Every document of the three indices. */
	private static Map<String, Long> counts() throws IOException {
		ElasticsearchClient elasticsearch = infrastructure.elasticsearch();
		elasticsearch.indices()
			.refresh((refresh) -> refresh.index("disclosures", "disclosure-facts", "disclosure-findings"));
		return Map.of("disclosures", elasticsearch.count((count) -> count.index("disclosures")).count(),
				"disclosure-facts", elasticsearch.count((count) -> count.index("disclosure-facts")).count(),
				"disclosure-findings", elasticsearch.count((count) -> count.index("disclosure-findings")).count());
	}

	/** The {@code DocumentIndexed} events written so far: one per indexing. */
	private static long indexedAnnouncements() {
		return records(Topics.INDEXED);
	}

	private static long records(String topic) {
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers()),
				new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
		}
	}

	private HttpResponse<String> post(String body, String apiKey) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/replay"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (apiKey != null) {
			request.header("X-Api-Key", apiKey);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private String get(String path) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body();
	}

	private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Not within " + PATIENCE + ": " + what);
			}
			Thread.sleep(200);
		}
	}

	private static DocumentValidated validated(BlobStore blobs, String department, List<ParsedRow> rows,
			List<Finding> findings) {
		String text = "2024年度" + department + "部门决算";
		String docId = BlobStore.sha256Hex(("source of " + text).getBytes(StandardCharsets.UTF_8));
		String textKey = blobs.put(text.getBytes(StandardCharsets.UTF_8)).key();
		Instant now = Instant.now();
		DisclosureMetadata metadata = new DisclosureMetadata(text, department,
				new Region("河南省", "洛阳市", "洛龙区", "410311"), "district", 2024, DocKind.FINAL_ACCOUNT, "2025-08", "万元",
				null);
		DocumentParsed parsed = new DocumentParsed(1, docId,
				new DocumentSource(null, docId.substring(0, 8) + ".txt", "text/plain", 100, null), now, now, "0.1.0",
				metadata, textKey, text.length(), List.of(), null, null, null, null, null, null);
		return new DocumentValidated(1, docId, withRows(parsed, rows), Validation.of(30, findings), now);
	}

	private static DocumentParsed withRows(DocumentParsed p, List<ParsedRow> rows) {
		ParsedTable table = new ParsedTable(
				"FA05", "一般公共预算财政拨款支出决算表", "公开05表", "万元", List.of(new ParsedColumn("科目名称", "科目名称", false),
						new ParsedColumn("本年支出合计", "本年支出合计", true), new ParsedColumn("基本支出", "基本支出", true)),
				rows, List.of(), null);
		return new DocumentParsed(p.schemaVersion(), p.docId(), p.source(), p.fetchedAt(), Instant.now(),
				p.parserVersion(), p.metadata(), p.textBlobKey(), p.textChars(), List.of("FA05"), null, null,
				List.of(table), List.of(), null, null);
	}

	private static ParsedRow row(String name, String total, String basic) {
		return new ParsedRow("subject", null, name, name, null, null, null, null,
				List.of(new ParsedCell("科目名称", name, null, false),
						new ParsedCell("本年支出合计", total, new BigDecimal(total), false),
						new ParsedCell("基本支出", basic, new BigDecimal(basic), false)));
	}

	private static Finding finding(String rule) {
		return new Finding(rule, rule, Severity.ERROR, rule + " error", BigDecimal.ONE, BigDecimal.TEN,
				new BigDecimal("9"), "情况说明");
	}

}
