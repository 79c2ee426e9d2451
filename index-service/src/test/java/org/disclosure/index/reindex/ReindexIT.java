package org.disclosure.index.reindex;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
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
import org.disclosure.contracts.Validation.SkippedRule;
import org.disclosure.index.RealInfrastructure;
import org.disclosure.index.documents.DisclosureDocument;
import org.disclosure.index.documents.FactDocument;
import org.disclosure.index.documents.FindingDocument;
import org.disclosure.index.elasticsearch.BulkWriter;
import org.disclosure.index.elasticsearch.ChineseAnalysis;
import org.disclosure.index.elasticsearch.IndexDefinition;
import org.disclosure.index.elasticsearch.IndexInstaller;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A template version change rebuilt by replay, on a real Kafka broker and a real
 * Elasticsearch: the cluster holds the previous generation (disclosures v3, facts v2,
 * findings v1, filled by an earlier index-service that consumed the whole topic), this
 * service brings the current versions (disclosures v5, facts v4, findings v3). The new
 * indices stay empty and unread until {@code POST /api/v1/reindex} replays
 * {@code disclosure.validated.v1} into them; then the aliases move in one step. A
 * searcher asks all the while: no request fails and the answer never loses a document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReindexIT {

	private static final String API_KEY = "reindex-it-key";

	private static final String PHRASE = "城乡医疗救助";

	private static final String GROUP = "index-service";

	private static final int DOCUMENTS = 24;

	private static final Duration PATIENCE = Duration.ofSeconds(120);

	private static final IndexDefinition OLD_DISCLOSURES = IndexDefinition.DISCLOSURES.atVersion(3);

	private static final IndexDefinition OLD_FACTS = IndexDefinition.FACTS.atVersion(2);

	private static final IndexDefinition OLD_FINDINGS = IndexDefinition.FINDINGS.atVersion(1);

	/**
	 * A rule the history's verdicts skipped on every third document; v3 cannot filter by
	 * it.
	 */
	private static final String SKIPPED_RULE = "FA09-ROW";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The pipeline's history: what disclosure.validated.v1 holds. */
	private static final List<DocumentValidated> HISTORY = new ArrayList<>();

	private static RealInfrastructure infrastructure;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
		infrastructure = RealInfrastructure.start();
		BlobStore blobs = new FileSystemBlobStore(infrastructure.blobRoot());
		for (int i = 0; i < DOCUMENTS; i++) {
			HISTORY.add(validated(blobs, i));
		}
		previousGeneration(blobs);
		publishHistoryAsConsumed();
		infrastructure.register(registry);
		registry.add("pipeline.index.reindex.api-key", () -> API_KEY);
		registry.add("pipeline.index.reindex.poll-interval", () -> "200ms");
	}

	@AfterAll
	void stop(ApplicationContext context) throws IOException {
		infrastructure.stop(context);
	}

	@Test
	void aNewTemplateVersionIsFilledByReplayWhileSearchKeepsAnsweringFromTheOldOne() throws Exception {
		assertThat(aliasHolders("disclosures")).as("the service leaves the alias on the complete old index")
			.containsExactly("disclosures-v3");
		assertThat(aliasHolders("disclosure-facts")).containsExactly("disclosure-facts-v2");
		assertThat(aliasHolders("disclosure-findings")).containsExactly("disclosure-findings-v1");
		assertThat(count("disclosures-v5")).as("the group was at the end: nothing replayed yet").isZero();
		assertThat(search("q=" + encode(PHRASE)).get("total").asInt()).isEqualTo(DOCUMENTS);
		assertThat(search("skipped_rule=" + SKIPPED_RULE).get("total").asInt()).as("v3 cannot filter by skipped rule")
			.isZero();
		assertThat(search("size=0").at("/facets/coverage")).as("nor count coverage").isEmpty();

		Searcher searcher = new Searcher();
		Thread thread = new Thread(searcher, "searcher");
		thread.start();
		try {
			awaitSearches(searcher, 10);
			HttpResponse<String> started = post("/api/v1/reindex", API_KEY);
			assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
			JsonNode replaying = JSON.readTree(started.body());
			assertThat(replaying.get("state").asString()).isEqualTo("replaying");
			assertThat(replaying.get("aliases")).extracting((alias) -> alias.get("alias").asString())
				.containsExactlyInAnyOrder("disclosures", "disclosure-facts", "disclosure-findings");
			assertThat(replaying.at("/records/total").asLong()).isEqualTo(DOCUMENTS);

			JsonNode done = awaitDone();
			int searchesAtSwitch = searcher.answers.size();
			awaitSearches(searcher, searchesAtSwitch + 10);

			assertThat(done.at("/records/replayed").asLong()).isEqualTo(done.at("/records/total").asLong());
			assertThat(done.get("aliases")).extracting((alias) -> alias.get("to").asString())
				.containsExactlyInAnyOrder("disclosures-v5", "disclosure-facts-v4", "disclosure-findings-v3");
		}
		finally {
			searcher.running.set(false);
			thread.join(TimeUnit.SECONDS.toMillis(10));
		}

		assertThat(searcher.failures).as("every request answered").isEmpty();
		assertThat(searcher.answers).hasSizeGreaterThan(20)
			.allSatisfy((answer) -> assertThat(answer.total()).as("never empty, never partial").isEqualTo(DOCUMENTS));
		assertThat(searcher.answers).as("answered by the old index, then by the new one")
			.extracting(Answer::skipped)
			.startsWith(0)
			.endsWith((int) expectedWithSkipped(SKIPPED_RULE))
			.isSorted();
		assertThat(aliasHolders("disclosures")).containsExactly("disclosures-v5");
		assertThat(aliasHolders("disclosure-facts")).containsExactly("disclosure-facts-v4");
		assertThat(aliasHolders("disclosure-findings")).containsExactly("disclosure-findings-v3");
		assertThat(count("disclosures-v5")).isEqualTo(DOCUMENTS);
		assertThat(count("disclosure-facts")).isEqualTo(2L * DOCUMENTS);
		assertThat(count("disclosure-findings")).isEqualTo(expectedWithRule("NR-DETAIL"));
		assertThat(infrastructure.elasticsearch()
			.count((count) -> count.index("disclosure-facts")
				.query((query) -> query.term((term) -> term.field("source").value("text"))))
			.count()).as("facts v3 and later say where each figure was read").isEqualTo(2L * DOCUMENTS);
		assertThat(search("size=0").at("/facets/coverage")).extracting((band) -> band.get("count").asInt())
			.as("v4 counts the coverage of every verdict")
			.containsExactly(DOCUMENTS);
		assertThat(indexedEvents()).as("every document of the history was written again and announced")
			.hasSize(DOCUMENTS)
			.allSatisfy((docId, announced) -> assertThat(announced).isPositive());
	}

	private JsonNode awaitDone() throws Exception {
		Instant deadline = Instant.now().plus(PATIENCE);
		while (Instant.now().isBefore(deadline)) {
			HttpResponse<String> status = get("/api/v1/reindex");
			JsonNode body = JSON.readTree(status.body());
			if ("done".equals(body.get("state").asString())) {
				return body;
			}
			assertThat(body.get("state").asString()).as(status.body()).isEqualTo("replaying");
			Thread.sleep(200);
		}
		throw new AssertionError("The rebuild did not finish within " + PATIENCE);
	}

	private static void awaitSearches(Searcher searcher, int answers) throws InterruptedException {
		Instant deadline = Instant.now().plus(PATIENCE);
		while (searcher.answers.size() + searcher.failures.size() < answers && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
	}

	private long expectedWithSkipped(String rule) {
		return HISTORY.stream()
			.filter((validated) -> validated.validation()
				.skipped()
				.stream()
				.anyMatch((skipped) -> skipped.ruleId().equals(rule)))
			.count();
	}

	private long expectedWithRule(String rule) {
		return HISTORY.stream()
			.filter((validated) -> validated.validation()
				.findings()
				.stream()
				.anyMatch((finding) -> finding.ruleId().equals(rule)))
			.count();
	}

	/**
	 * Searches in a loop and keeps every answer: its total, and how many skipped a rule.
	 */
	private final class Searcher implements Runnable {

		final AtomicBoolean running = new AtomicBoolean(true);

		final List<Answer> answers = new CopyOnWriteArrayList<>();

		final List<String> failures = new CopyOnWriteArrayList<>();

		@Override
		public void run() {
			while (this.running.get()) {
				try {
					HttpResponse<String> phrase = get("/api/v1/search?size=5&q=" + encode(PHRASE));
					HttpResponse<String> rule = get("/api/v1/search?size=0&skipped_rule=" + SKIPPED_RULE);
					HttpResponse<String> document = get("/api/v1/documents/" + HISTORY.get(0).docId());
					if (phrase.statusCode() != 200 || rule.statusCode() != 200 || document.statusCode() != 200) {
						this.failures.add(phrase.statusCode() + " " + rule.statusCode() + " " + document.statusCode()
								+ ": " + phrase.body() + rule.body() + document.body());
						continue;
					}
					this.answers.add(new Answer(JSON.readTree(phrase.body()).get("total").asInt(),
							JSON.readTree(rule.body()).get("total").asInt()));
					Thread.sleep(20);
				}
				catch (IOException ex) {
					this.failures.add(ex.toString());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

	}

	private record Answer(int total, int skipped) {
	}

	/**
	 * What an earlier index-service left: the previous templates' indices behind the
	 * aliases, holding every document of the history as that version wrote it.
	 */
	private static void previousGeneration(BlobStore blobs) throws IOException {
		ElasticsearchClient elasticsearch = infrastructure.elasticsearch();
		Set<String> indices = elasticsearch.indices()
			.get((get) -> get
				.index("disclosures-v*", "disclosure-facts-v*", "disclosure-findings-v*", "pipeline-failures-v*")
				.allowNoIndices(true))
			.result()
			.keySet();
		if (!indices.isEmpty()) {
			elasticsearch.indices().delete((delete) -> delete.index(List.copyOf(indices)));
		}
		new IndexInstaller(elasticsearch, List.of(OLD_DISCLOSURES, OLD_FACTS, OLD_FINDINGS, IndexDefinition.FAILURES),
				ChineseAnalysis.NONE, Duration.ofSeconds(30))
			.install();
		BulkWriter writer = new BulkWriter(elasticsearch, true);
		Instant indexedAt = Instant.now();
		for (DocumentValidated validated : HISTORY) {
			String content = new String(blobs.read(validated.document().textBlobKey()), StandardCharsets.UTF_8);
			ObjectNode document = JSON.valueToTree(DisclosureDocument.of(validated, content, indexedAt));
			document.remove(List.of("scope", "tables_other", "tables_by_shape", "publication"));
			((ObjectNode) document.get("completeness")).remove(List.of("set", "extra"));
			((ObjectNode) document.get("validation"))
				.remove(List.of("coverage", "rules_skipped", "skipped_rules", "skipped"));
			writer.write(OLD_DISCLOSURES.indexName(), Map.of(validated.docId(), document));
			Map<String, ObjectNode> facts = new LinkedHashMap<>();
			for (FactDocument fact : FactDocument.of(validated, indexedAt)) {
				ObjectNode asV2 = JSON.valueToTree(fact);
				asV2.remove(List.of("printed_amount", "printed_unit", "page", "recognition", "source"));
				facts.put(fact.factId(), asV2);
			}
			writer.write(OLD_FACTS.indexName(), facts);
			Map<String, ObjectNode> findings = new LinkedHashMap<>();
			for (FindingDocument finding : FindingDocument.of(validated)) {
				ObjectNode asV1 = JSON.valueToTree(finding);
				asV1.remove(List.of("page", "unit", "tolerance", "documents"));
				findings.put(finding.findingId(), asV1);
			}
			writer.write(OLD_FINDINGS.indexName(), findings);
		}
	}

	/**
	 * Puts the history on the topic and commits the service's consumer group at its end,
	 * as the earlier index-service left it.
	 */
	private static void publishHistoryAsConsumed() throws Exception {
		Properties properties = new Properties();
		properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers());
		try (Admin admin = Admin.create(properties)) {
			admin
				.createTopics(Topics.ALL.stream()
					.map((topic) -> new NewTopic(topic, 3, (short) 1).configs(Map.of("retention.ms", "-1")))
					.toList())
				.all()
				.get(30, TimeUnit.SECONDS);
			properties.put(ProducerConfig.ACKS_CONFIG, "all");
			EventCodec codec = new EventCodec();
			try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
					new ByteArraySerializer())) {
				for (DocumentValidated validated : HISTORY) {
					producer.send(new ProducerRecord<>(Topics.VALIDATED, validated.key(), codec.encode(validated)))
						.get();
				}
			}
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			for (int partition = 0; partition < 3; partition++) {
				latest.put(new TopicPartition(Topics.VALIDATED, partition), OffsetSpec.latest());
			}
			Map<TopicPartition, OffsetAndMetadata> end = new HashMap<>();
			admin.listOffsets(latest)
				.all()
				.get(30, TimeUnit.SECONDS)
				.forEach((partition, offset) -> end.put(partition, new OffsetAndMetadata(offset.offset())));
			admin.alterConsumerGroupOffsets(GROUP, end).all().get(30, TimeUnit.SECONDS);
		}
	}

	/** How often each document was announced on disclosure.indexed.v1. */
	private static Map<String, Integer> indexedEvents() throws Exception {
		Properties properties = new Properties();
		properties.put("bootstrap.servers", infrastructure.bootstrapServers());
		properties.put("group.id", "reindex-it-" + System.nanoTime());
		properties.put("auto.offset.reset", "earliest");
		Map<String, Integer> announced = new LinkedHashMap<>();
		try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, byte[]>(properties,
				new org.apache.kafka.common.serialization.StringDeserializer(),
				new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
			consumer.subscribe(List.of(Topics.INDEXED));
			Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
			while (announced.size() < DOCUMENTS && Instant.now().isBefore(deadline)) {
				consumer.poll(Duration.ofMillis(500))
					.forEach((record) -> announced.merge(record.key(), 1, Integer::sum));
			}
		}
		return announced;
	}

	private static DocumentValidated validated(BlobStore blobs, int i) {
		String department = (i % 2 == 0) ? "洛阳市洛龙区医疗保障局" : "许昌市医疗保障局";
		String text = department + " 2024年度部门决算：城乡医疗救助支出" + (100 + i) + ".00万元。第" + i + "份。";
		String docId = BlobStore.sha256Hex(("reindex history " + i).getBytes(StandardCharsets.UTF_8));
		String textKey = blobs.put(text.getBytes(StandardCharsets.UTF_8)).key();
		Instant now = Instant.now();
		DisclosureMetadata metadata = new DisclosureMetadata("2024年度" + department + "部门决算", department,
				(i % 2 == 0) ? new Region("河南省", "洛阳市", "洛龙区", null) : new Region("河南省", "许昌市", null, null), null, 2024,
				DocKind.FINAL_ACCOUNT, null, "万元", null);
		BigDecimal amount = new BigDecimal((100 + i) + ".00");
		ParsedTable table = new ParsedTable("FA05", "一般公共预算财政拨款支出决算表", null, "万元",
				List.of(new ParsedColumn("科目名称", "科目名称", false), new ParsedColumn("本年支出合计", "本年支出合计", true),
						new ParsedColumn("基本支出", "基本支出", true)),
				List.of(new ParsedRow("subject", null, "城乡医疗救助", "城乡医疗救助", "2101301", "functional", "项", "21013",
						List.of(new ParsedCell("科目名称", "城乡医疗救助", null, false),
								new ParsedCell("本年支出合计", amount.toPlainString(), amount, false),
								new ParsedCell("基本支出", "0.00", new BigDecimal("0.00"), false)))),
				List.of(), null);
		DocumentParsed parsed = new DocumentParsed(1, docId,
				new DocumentSource(null, "history-" + i + ".txt", "text/plain", text.length(), null), now, now, "0.1.0",
				metadata, textKey, text.length(), List.of("FA05"), null, null, List.of(table), null, null, null);
		List<Finding> findings = (i % 3 == 0) ? List.of(new Finding("NR-DETAIL", "完成率", Severity.ERROR, "完成率不符", null,
				null, null, null, 4, "%", "±0.005", List.of(docId))) : List.of();
		List<SkippedRule> skipped = (i % 4 == 0) ? List.of(new SkippedRule(SKIPPED_RULE, "table FA09 not read"))
				: List.of();
		return new DocumentValidated(1, docId, parsed, Validation.of(20, findings,
				new BigDecimal(skipped.isEmpty() ? "1.00" : "0.95"), skipped, false, List.of()), now);
	}

	private static List<String> aliasHolders(String alias) throws IOException {
		var aliases = infrastructure.elasticsearch().indices().getAlias((get) -> get.name(alias));
		return List.copyOf(aliases.result().keySet());
	}

	private static long count(String index) throws IOException {
		return infrastructure.elasticsearch().count((count) -> count.index(index)).count();
	}

	private JsonNode search(String query) throws Exception {
		HttpResponse<String> response = get("/api/v1/search?" + query);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> post(String path, String apiKey) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(90))
			.header("X-Api-Key", apiKey)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
