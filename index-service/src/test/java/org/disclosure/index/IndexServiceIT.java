package org.disclosure.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.DocumentIndexed;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.ParsedTable.ParsedCell;
import org.disclosure.contracts.ParsedTable.ParsedColumn;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Region;
import org.disclosure.contracts.Severity;
import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.disclosure.contracts.Publication;
import org.disclosure.contracts.Validation;
import org.disclosure.contracts.Validation.SkippedRule;
import org.disclosure.support.blob.BlobStore;
import org.disclosure.support.blob.FileSystemBlobStore;
import org.disclosure.support.events.EventCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * index-service on a real Kafka broker and a real Elasticsearch: events in, documents and
 * failures in the indices, the search API and health out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexServiceIT {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String API_KEY = "index-service-it-key";

	private static RealInfrastructure infrastructure;

	private final HttpClient http = HttpClient.newHttpClient();

	private final EventCodec codec = new EventCodec();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		infrastructure = RealInfrastructure.startWithFreshIndices();
		infrastructure.register(registry);
		registry.add("pipeline.index.reindex.api-key", () -> API_KEY);
	}

	@AfterAll
	void stop(ApplicationContext context) throws IOException {
		infrastructure.stop(context);
	}

	@Test
	void aValidatedDocumentBecomesSearchableAndIsAnnounced() throws Exception {
		String text = "2024年城乡医疗救助支出 80.00 万元";
		DocumentValidated validated = validated(text);

		send(Topics.VALIDATED, validated.key(), this.codec.encode(validated));
		send(Topics.VALIDATED, validated.key(), this.codec.encode(validated));

		DocumentIndexed indexed = this.codec.decode(awaitRecord(Topics.INDEXED, validated.docId()).value(),
				DocumentIndexed.class);
		assertThat(indexed.index()).isEqualTo("disclosures-v5");
		JsonNode answer = await(() -> {
			JsonNode search = getJson("/api/v1/search?q=" + encode("城乡医疗救助") + "&city=" + encode("洛阳市")).body();
			return (search.get("total").asLong() > 0) ? Optional.of(search) : Optional.empty();
		});
		assertThat(answer.get("total").asLong()).isEqualTo(1);
		JsonNode hit = answer.get("hits").get(0);
		assertThat(hit.get("doc_id").asString()).isEqualTo(validated.docId());
		assertThat(hit.at("/region/province").asString()).isEqualTo("河南省");
		assertThat(hit.get("fiscal_year").asInt()).isEqualTo(2024);
		assertThat(hit.get("doc_kind").asString()).isEqualTo("final_account");
		assertThat(hit.at("/validation/status").asString()).isEqualTo("passed");
		assertThat(hit.get("score").asDouble()).isPositive();
		assertThat(hit.get("highlights").get(0).asString()).contains("<em>城乡医疗救助</em>");
		assertThat(answer.get("facets").propertyNames()).containsExactly("province", "city", "county", "fiscal_year",
				"doc_kind", "scope", "part", "validation_status", "coverage", "tables", "rule", "severity",
				"skipped_rule");
		assertThat(answer.at("/facets/city/0/value").asString()).isEqualTo("洛阳市");
		assertThat(answer.at("/facets/city/0/count").asLong()).isEqualTo(1);

		Response document = getJson("/api/v1/documents/" + validated.docId());
		assertThat(document.status()).isEqualTo(200);
		assertThat(document.body().get("content").asString()).isEqualTo(text);
		assertThat(document.body().at("/pipeline/parser_version").asString()).isEqualTo("0.1.0");
		assertThat(count("disclosures", validated.docId())).as("sent twice, indexed once").isEqualTo(1);
	}

	@Test
	void reindexingADocumentLeavesNoStaleFactsOrFindingsAndTheDocumentApiShowsTheLatest() throws Exception {
		DocumentValidated first = withParts(validated("2024年医疗救助补助支出 323.00 万元，工会事务 3.18 万元"),
				List.of(row("城乡医疗救助", "2101301", "323.00", "0.00"), row("工会事务", "2010150", "3.18", "3.18")),
				List.of(finding("NR-DETAIL", Severity.ERROR), finding("NR-STRUCT", Severity.WARNING)));
		String docId = first.docId();

		send(Topics.VALIDATED, first.key(), this.codec.encode(first));

		awaitAnnounced(docId, 1);
		JsonNode before = awaitDocument(docId, 2);
		assertThat(count("disclosure-facts", docId)).as("searchable with the disclosure once announced").isEqualTo(4);
		assertThat(count("disclosure-findings", docId)).isEqualTo(2);
		assertThat(before.at("/figures/0/subject").asString()).isEqualTo("工会事务");
		assertThat(before.get("findings")).extracting((finding) -> finding.get("rule_id").asString())
			.containsExactly("NR-DETAIL", "NR-STRUCT");

		DocumentValidated second = withParts(first, List.of(row("城乡医疗救助", "2101301", "323.00", "0.00")),
				List.of(finding("NR-DETAIL", Severity.WARNING)));
		send(Topics.VALIDATED, second.key(), this.codec.encode(second));

		awaitAnnounced(docId, 2);
		JsonNode after = awaitDocument(docId, 1);
		assertThat(count("disclosure-facts", docId)).as("no stale facts").isEqualTo(2);
		assertThat(count("disclosure-findings", docId)).as("no stale findings").isEqualTo(1);
		assertThat(after.at("/table_contents/0/rows/0/name").asString()).isEqualTo("城乡医疗救助");
		assertThat(after.get("findings")).hasSize(1);
		assertThat(after.at("/findings/0/severity").asString()).isEqualTo("warning");
		assertThat(after.at("/validation/finding_rule_severities/0").asString()).isEqualTo("NR-DETAIL:warning");
		assertThat(
				infrastructure.elasticsearch()
					.count((count) -> count.index("disclosure-facts")
						.query((query) -> query.bool((bool) -> bool
							.filter((filter) -> filter.term((term) -> term.field("doc_id").value(docId)))
							.filter((filter) -> filter.term((term) -> term.field("subject_name").value("工会事务"))))))
					.count())
			.isZero();
		JsonNode bySeverity = getJson("/api/v1/search?rule=NR-DETAIL&severity=error&q=" + encode("工会事务")).body();
		assertThat(bySeverity.get("total").asLong()).as("the old finding is gone from the search too").isZero();
		JsonNode byWarning = getJson("/api/v1/search?rule=NR-DETAIL&severity=warning&q=" + encode("工会事务")).body();
		assertThat(byWarning.at("/hits/0/doc_id").asString()).isEqualTo(docId);
	}

	@Test
	void anIncompleteVerdictOnOneFileOfASplitPublicationIsFoundByItsNewFilters() throws Exception {
		DocumentValidated validated = validated("2019年江苏省财政厅单位预算说明 收入预算16497.86万元");
		DocumentParsed p = validated.document();
		DisclosureMetadata unit = new DisclosureMetadata("2019年江苏省财政厅单位预算", "江苏省财政厅",
				new Region("江苏省", null, null, null), "province", 2019, DocKind.BUDGET, null, "万元", null, "unit");
		DocumentParsed narrative = new DocumentParsed(p.schemaVersion(), p.docId(), p.source(), p.fetchedAt(),
				p.parsedAt(), p.parserVersion(), unit, p.textBlobKey(), p.textChars(), List.of(), List.of(), null, null,
				null, null, null, null, new Publication(Publication.NARRATIVE, "江苏省财政厅|2019|budget"));
		Validation verdict = Validation.of(12, List.of(), new BigDecimal("0.42"),
				List.of(new SkippedRule("BU05-ROW", "table BU05 not read")), true, List.of("0e".repeat(32)));
		DocumentValidated incomplete = new DocumentValidated(1, p.docId(), narrative, verdict, Instant.now());

		send(Topics.VALIDATED, incomplete.key(), this.codec.encode(incomplete));

		String filters = "scope=unit&part=narrative&status=incomplete&skipped_rule=BU05-ROW&coverage=";
		JsonNode answer = await(() -> {
			JsonNode search = getJson("/api/v1/search?" + filters + encode("<0.5")).body();
			return (search.get("total").asLong() > 0) ? Optional.of(search) : Optional.empty();
		});
		assertThat(answer.get("total").asLong()).isEqualTo(1);
		assertThat(answer.at("/hits/0/doc_id").asString()).isEqualTo(p.docId());
		assertThat(answer.at("/hits/0/validation/status").asString()).isEqualTo("incomplete");
		assertThat(answer.at("/hits/0/validation/coverage").decimalValue()).isEqualByComparingTo("0.42");
		assertThat(answer.at("/facets/coverage/0/value").asString()).isEqualTo("<0.5");
		assertThat(answer.at("/facets/skipped_rule/0/value").asString()).isEqualTo("BU05-ROW");
		assertThat(answer.at("/facets/part/0/value").asString()).isEqualTo("narrative");
		assertThat(getJson("/api/v1/search?" + filters + encode(">=0.9")).body().get("total").asLong()).isZero();
		JsonNode document = getJson("/api/v1/documents/" + p.docId()).body();
		assertThat(document.at("/publication/linked/0").asString()).isEqualTo("0e".repeat(32));
		assertThat(document.at("/completeness/status").asString()).isEqualTo("unknown");
		assertThat(document.at("/validation/skipped/0/reason").asString()).isEqualTo("table BU05 not read");
	}

	@Test
	void theApiDescribesItself() throws Exception {
		HttpResponse<String> description = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/openapi.yaml"))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(description.statusCode()).isEqualTo(200);
		assertThat(description.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/yaml");
		assertThat(description.body()).startsWith("openapi: 3.1.0").contains("/api/v1/documents/{doc_id}");
	}

	@Test
	void startingARebuildNeedsTheApiKeyButItsStatusDoesNot() throws Exception {
		HttpResponse<String> anonymous = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/reindex"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		HttpResponse<String> wrongKey = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/reindex"))
				.header("X-Api-Key", API_KEY + "x")
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(this.json.readTree(anonymous.body()).get("error").asString()).isEqualTo("unauthorized");
		assertThat(wrongKey.statusCode()).isEqualTo(401);
		Response status = getJson("/api/v1/reindex");
		assertThat(status.status()).isEqualTo(200);
		assertThat(status.body().get("state").asString()).isEqualTo("idle");
	}

	@Test
	void aRejectedDocumentIsRecordedAsAFailure() throws Exception {
		DocumentFailed failed = new DocumentFailed(1, "parse:" + "e5".repeat(32), "e5".repeat(32), Stage.PARSE,
				"unreadable_document", "Tika could not read the PDF",
				new DocumentSource(null, "corrupt.pdf", "application/pdf", 2048, null), Instant.now());

		send(Topics.FAILED, failed.key(), this.codec.encode(failed));

		ObjectNode failure = awaitFailure(failed.failureId());
		assertThat(failure.get("stage").asString()).isEqualTo("parse");
		assertThat(failure.get("reason").asString()).isEqualTo("unreadable_document");
		assertThat(failure.at("/source/file_name").asString()).isEqualTo("corrupt.pdf");
	}

	@Test
	void aRecordThatIsNoEventIsDeadLetteredAndRecorded() throws Exception {
		String key = "not-an-event-" + UUID.randomUUID();

		send(Topics.VALIDATED, key, "这不是 JSON".getBytes(StandardCharsets.UTF_8));

		ConsumerRecord<String, byte[]> letter = awaitRecord(Topics.deadLetter(Topics.VALIDATED), key);
		int partition = ByteBuffer.wrap(letter.headers().lastHeader("kafka_dlt-original-partition").value()).getInt();
		long offset = ByteBuffer.wrap(letter.headers().lastHeader("kafka_dlt-original-offset").value()).getLong();
		String failureId = "dead-letter:" + Topics.VALIDATED + ":" + partition + ":" + offset;
		ObjectNode failure = awaitFailure(failureId);
		assertThat(failure.get("doc_id").asString()).isEqualTo(key);
		assertThat(failure.get("stage").asString()).isEqualTo("index");
		assertThat(failure.get("reason").asString()).isEqualTo("dead_lettered");
		assertThat(failure.get("topic").asString()).isEqualTo(Topics.VALIDATED);
		assertThat(failure.get("exception_class").asString()).endsWith("ListenerExecutionFailedException");
		assertThat(failure.get("exception_cause_class").asString()).endsWith("EventDecodingException");
		assertThat(failure.get("exception_message").asString()).contains("Record is not a DocumentValidated");
		assertThat(failure.get("message").asString()).startsWith("Record is not a DocumentValidated");
	}

	@Test
	void errorsAreJson() throws Exception {
		Response missing = getJson("/api/v1/documents/" + "0f".repeat(32));
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body().get("error").asString()).isEqualTo("not_found");
		assertThat(missing.body().get("message").asString()).contains("0f0f");

		Response badYear = getJson("/api/v1/search?year=twenty");
		assertThat(badYear.status()).isEqualTo(400);
		assertThat(badYear.body().get("error").asString()).isEqualTo("bad_request");

		Response badPage = getJson("/api/v1/search?page=0");
		assertThat(badPage.status()).isEqualTo(400);
		assertThat(badPage.body().get("message").asString()).contains("page");

		for (String bad : List.of("coverage=0.5", "part=annex", "scope=" + encode("部门"), "status=ok")) {
			Response refused = getJson("/api/v1/search?" + bad);
			assertThat(refused.status()).as(bad).isEqualTo(400);
			assertThat(refused.body().get("message").asString()).as(bad).contains(bad.substring(0, bad.indexOf('=')));
		}
	}

	@Test
	void healthProbesTheCluster() throws Exception {
		Response health = getJson("/actuator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body().at("/components/elasticsearch/status").asString()).isEqualTo("UP");
		assertThat(health.body().at("/components/elasticsearch/details/number_of_nodes").asInt()).isEqualTo(1);
	}

	private ObjectNode awaitFailure(String failureId) {
		return await(() -> {
			try {
				var response = infrastructure.elasticsearch()
					.get((get) -> get.index("pipeline-failures").id(failureId), ObjectNode.class);
				return Optional.ofNullable(response.found() ? response.source() : null);
			}
			catch (IOException ex) {
				return Optional.empty();
			}
		});
	}

	private ConsumerRecord<String, byte[]> awaitRecord(String topic, String key) {
		try (KafkaConsumer<String, byte[]> consumer = consumerFromTheStart(topic)) {
			return await(() -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					if (key.equals(record.key())) {
						return Optional.of(record);
					}
				}
				return Optional.empty();
			});
		}
	}

	/** Waits until {@code docId} has been announced indexed {@code times} times. */
	private void awaitAnnounced(String docId, int times) {
		try (KafkaConsumer<String, byte[]> consumer = consumerFromTheStart(Topics.INDEXED)) {
			int[] seen = { 0 };
			await(() -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					seen[0] += docId.equals(record.key()) ? 1 : 0;
				}
				return (seen[0] >= times) ? Optional.of(seen[0]) : Optional.empty();
			});
		}
	}

	/** A consumer of {@code topic} in a group of its own, from the first record. */
	private static KafkaConsumer<String, byte[]> consumerFromTheStart(String topic) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers());
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new ByteArrayDeserializer());
		consumer.subscribe(List.of(topic));
		return consumer;
	}

	private static <T> T await(Supplier<Optional<T>> probe) {
		Instant deadline = Instant.now().plus(PATIENCE);
		while (Instant.now().isBefore(deadline)) {
			Optional<T> value = probe.get();
			if (value.isPresent()) {
				return value.get();
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("Nothing arrived within " + PATIENCE);
	}

	private static void send(String topic, String key, byte[] value) throws Exception {
		infrastructure.producer().send(new ProducerRecord<>(topic, key, value)).get();
	}

	private Response getJson(String path) {
		try {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), this.json.readTree(response.body()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static DocumentValidated validated(String text) {
		BlobStore blobs = new FileSystemBlobStore(infrastructure.blobRoot());
		String docId = BlobStore.sha256Hex(("source of " + text).getBytes(StandardCharsets.UTF_8));
		String textKey = blobs.put(text.getBytes(StandardCharsets.UTF_8)).key();
		Instant now = Instant.now();
		DisclosureMetadata metadata = new DisclosureMetadata("2024年度洛阳市洛龙区医疗保障局部门决算", "洛阳市洛龙区医疗保障局",
				new Region("河南省", "洛阳市", "洛龙区", "410311"), "district", 2024, DocKind.FINAL_ACCOUNT, "2025-08", "万元",
				null);
		DocumentParsed parsed = new DocumentParsed(1, docId,
				new DocumentSource(null, "luolong.txt", "text/plain", 100, null), now, now, "0.1.0", metadata, textKey,
				text.length(), List.of("FA01"), null, null, null, null, null, null);
		return new DocumentValidated(1, docId, parsed, Validation.of(1, List.of()), now);
	}

	/** The document API's answer once it shows {@code rows} rows in the first table. */
	private JsonNode awaitDocument(String docId, int rows) {
		return await(() -> {
			Response document = getJson("/api/v1/documents/" + docId);
			boolean shown = document.status() == 200 && document.body().at("/table_contents/0/rows").size() == rows;
			return shown ? Optional.of(document.body()) : Optional.empty();
		});
	}

	private static long count(String index, String docId) {
		try {
			return infrastructure.elasticsearch()
				.count((count) -> count.index(index)
					.query((query) -> query.term((term) -> term.field("doc_id").value(docId))))
				.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ParsedRow row(String name, String code, String total, String basic) {
		return new ParsedRow("subject", null, name, name, code, "functional", "项", code.substring(0, 5),
				List.of(new ParsedCell("科目名称", name, null, false),
						new ParsedCell("本年支出合计", total, new BigDecimal(total), false),
						new ParsedCell("基本支出", basic, new BigDecimal(basic), false)));
	}

	private static Finding finding(String rule, Severity severity) {
		return new Finding(rule, rule, severity, rule + " " + severity.value(), BigDecimal.ONE, BigDecimal.TEN,
				new BigDecimal("9"), "情况说明");
	}

	private static DocumentValidated withParts(DocumentValidated validated, List<ParsedRow> rows,
			List<Finding> findings) {
		DocumentParsed p = validated.document();
		ParsedTable table = new ParsedTable(
				"FA05", "一般公共预算财政拨款支出决算表", "公开05表", "万元", List.of(new ParsedColumn("科目名称", "科目名称", false),
						new ParsedColumn("本年支出合计", "本年支出合计", true), new ParsedColumn("基本支出", "基本支出", true)),
				rows, List.of(), null);
		NarrativeFigure figure = new NarrativeFigure("情况说明", 1, "工会事务支出3.18万元。", "工会事务", "2010150", null,
				FigureKind.AMOUNT, new BigDecimal("3.18"), "万元");
		DocumentParsed parsed = new DocumentParsed(p.schemaVersion(), p.docId(), p.source(), p.fetchedAt(),
				p.parsedAt(), p.parserVersion(), p.metadata(), p.textBlobKey(), p.textChars(), List.of("FA05"), null,
				null, List.of(table), List.of(figure), null, null);
		return new DocumentValidated(1, validated.docId(), parsed, Validation.of(30, findings), Instant.now());
	}

	private record Response(int status, JsonNode body) {
	}

}
