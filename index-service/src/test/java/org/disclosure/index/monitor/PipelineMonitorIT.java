package org.disclosure.index.monitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.disclosure.contracts.CloudEventHeaders;
import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.ParseReport;
import org.disclosure.contracts.PipelineEvent;
import org.disclosure.contracts.Region;
import org.disclosure.contracts.Stage;
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
 * The event log, the status API and the monitor on a real Kafka broker and a real
 * Elasticsearch: a document goes fetched → parsed → validated (index-service indexes it
 * and announces it), then is parsed again by a replay; another document fails; garbage
 * lands on a dead-letter topic; a third document was fetched twenty minutes ago and never
 * parsed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineMonitorIT {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String EVENT_LOG_GROUP = "index-service-event-log";

	private static final String TEXT = "2024年城乡医疗救助支出 80.00 万元";

	private static RealInfrastructure infrastructure;

	private final HttpClient http = HttpClient.newHttpClient();

	private final EventCodec codec = new EventCodec();

	private final JsonMapper json = JsonMapper.builder().build();

	private final Instant fetchedAt = Instant.now().minusSeconds(3);

	private final String docId = BlobStore.sha256Hex(("monitor " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));

	private final String failedDocId = BlobStore
		.sha256Hex(("failed " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));

	private final String stuckDocId = BlobStore
		.sha256Hex(("stuck " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));

	private final String garbageKey = "garbage-" + UUID.randomUUID();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		infrastructure = RealInfrastructure.startWithFreshIndices();
		infrastructure.register(registry);
	}

	/** One pipeline history for every test, published once the service runs. */
	@BeforeAll
	void publishHistory() throws Exception {
		DocumentSource source = new DocumentSource("https://czj.example.gov.cn/luolong.txt", "luolong.txt",
				"text/plain", 100, null);
		DocumentParsed parsed = parsed(source, this.fetchedAt.plusSeconds(1));
		send(Topics.FETCHED, new DocumentFetched(1, this.docId, this.docId, source, this.fetchedAt), null, null);
		send(Topics.PARSED, parsed, null, null);
		send(Topics.VALIDATED, new DocumentValidated(1, this.docId, parsed, Validation.of(1, List.of()),
				this.fetchedAt.plusSeconds(2)), null, null);
		send(Topics.FAILED,
				new DocumentFailed(1, "parse:" + this.failedDocId, this.failedDocId, Stage.PARSE, "unreadable_document",
						"Tika could not read the PDF",
						new DocumentSource(null, "corrupt.pdf", "application/pdf", 2048, null), Instant.now()),
				null, null);
		infrastructure.producer()
			.send(new ProducerRecord<>(Topics.deadLetter(Topics.PARSED), this.garbageKey,
					new byte[] { (byte) 0xff, 0 }))
			.get();
		Instant longAgo = Instant.now().minus(Duration.ofMinutes(20));
		send(Topics.FETCHED, new DocumentFetched(1, this.stuckDocId, this.stuckDocId, source, longAgo), longAgo, null);

		JsonNode indexed = await(() -> status(this.docId), (status) -> "indexed".equals(text(status, "/state")));
		assertThat(indexed.get("current_stage").asString()).isEqualTo("index");
		assertThat(indexed.get("stages")).extracting((stage) -> stage.get("state").asString())
			.containsExactly("done", "done", "done", "done");
		assertThat(indexed.get("stages")).extracting((stage) -> stage.get("attempts").asInt())
			.containsExactly(1, 1, 1, 1);

		send(Topics.PARSED, parsed(source, this.fetchedAt.plusSeconds(5)), null, "it-replay");
	}

	@AfterAll
	void stop(ApplicationContext context) throws IOException {
		infrastructure.stop(context);
	}

	@Test
	void theStatusShowsEveryStageAndTheReplayedParse() {
		JsonNode status = await(() -> status(this.docId),
				(answer) -> "pending".equals(answer.at("/stages/2/state").asString()));

		assertThat(status.get("doc_id").asString()).isEqualTo(this.docId);
		assertThat(status.at("/stages/0/stage").asString()).isEqualTo("ingest");
		assertThat(status.at("/stages/1/stage").asString()).isEqualTo("parse");
		assertThat(status.at("/stages/1/state").asString()).isEqualTo("done");
		assertThat(status.at("/stages/1/attempts").asInt()).as("a replayed parsed record is no new parse").isEqualTo(1);
		assertThat(status.at("/stages/1/latency_ms").asLong()).as("parsed − fetched of the parse").isEqualTo(1000);
		assertThat(status.at("/stages/1/last_error").isNull()).isTrue();
		assertThat(status.at("/stages/2/state").asString()).as("its input replayed, not validated since")
			.isEqualTo("pending");
		assertThat(status.at("/stages/2/latency_ms").asLong()).isEqualTo(1000);
		assertThat(status.at("/stages/3/state").asString()).isEqualTo("done");
		assertThat(status.at("/stages/3/latency_ms").asLong()).as("indexed − validated").isPositive();
		assertThat(status.get("state").asString()).isEqualTo("in_progress");
		assertThat(status.get("current_stage").asString()).isEqualTo("validate");
		assertThat(status.at("/source/file_name").asString()).isEqualTo("luolong.txt");
		JsonNode events = status.get("events");
		assertThat(events).hasSize(5);
		assertThat(events.get(0).get("topic").asString()).as("newest first").isEqualTo(Topics.PARSED);
		assertThat(events.get(0).get("replay_id").asString()).isEqualTo("it-replay");
		assertThat(events.get(0).get("outcome").asString()).isEqualTo("replayed");
		assertThat(events).extracting((event) -> event.get("topic").asString())
			.containsExactlyInAnyOrder(Topics.FETCHED, Topics.PARSED, Topics.PARSED, Topics.VALIDATED, Topics.INDEXED);
	}

	@Test
	void aDocumentFetchedLongAgoAndNeverParsedIsStuck() {
		JsonNode status = await(() -> status(this.stuckDocId), (answer) -> true);

		assertThat(status.get("state").asString()).isEqualTo("stuck");
		assertThat(status.get("current_stage").asString()).isEqualTo("parse");
		assertThat(status.at("/stages/1/state").asString()).isEqualTo("pending");
		assertThat(status.at("/stages/2/state").asString()).isEqualTo("not_reached");
		assertThat(Instant.parse(status.get("pending_since").asString()))
			.isBefore(Instant.now().minus(Duration.ofMinutes(19)));
	}

	@Test
	void aRejectedDocumentHasFailedAtParse() {
		JsonNode status = await(() -> status(this.failedDocId), (answer) -> true);

		assertThat(status.get("state").asString()).isEqualTo("failed");
		assertThat(status.get("current_stage").asString()).isEqualTo("parse");
		assertThat(status.at("/stages/1/state").asString()).isEqualTo("failed");
		assertThat(status.at("/stages/1/last_error/reason").asString()).isEqualTo("unreadable_document");
		assertThat(status.at("/stages/1/last_error/message").asString()).isEqualTo("Tika could not read the PDF");
	}

	@Test
	void theMonitorCountsTheWindowAndReadsTheBroker() {
		JsonNode monitor = await(() -> Optional.of(get("/api/v1/monitor?window=15m").body()),
				(answer) -> topic(answer, Topics.PARSED).get("records_in_window").asInt() == 2
						&& topic(answer, Topics.INDEXED).get("records_in_window").asInt() == 1
						&& lagOf(answer, EVENT_LOG_GROUP).stream()
							.anyMatch((lag) -> lag.get("topic").asString().equals(Topics.deadLetter(Topics.PARSED))));

		assertThat(monitor.get("window_minutes").asInt()).isEqualTo(15);
		JsonNode fetched = topic(monitor, Topics.FETCHED);
		assertThat(fetched.get("end_offset").asLong()).as("both fetched records").isEqualTo(2);
		assertThat(fetched.get("records_in_window").asLong()).as("the one of twenty minutes ago is outside")
			.isEqualTo(1);
		assertThat(fetched.get("per_minute_series")).hasSize(15);
		long seriesSum = 0;
		for (JsonNode minute : topic(monitor, Topics.PARSED).get("per_minute_series")) {
			seriesSum += minute.get("count").asLong();
		}
		assertThat(seriesSum).isEqualTo(2);
		assertThat(topic(monitor, Topics.PARSED).get("per_minute").asDouble()).isEqualTo(0.13);

		JsonNode parse = stage(monitor, "parse");
		assertThat(parse.get("done").asInt()).as("the replayed parsed record is no second parse").isEqualTo(1);
		assertThat(parse.get("failed").asInt()).isEqualTo(1);
		assertThat(parse.at("/latency_ms/max").asLong()).isEqualTo(1000);
		assertThat(stage(monitor, "validate").get("dead_lettered").asInt()).as("the garbage on parsed-dlt")
			.isEqualTo(1);
		assertThat(stage(monitor, "index").get("done").asInt()).isEqualTo(1);
		assertThat(stage(monitor, "index").at("/latency_ms/p50").isNumber()).isTrue();
		assertThat(monitor.at("/end_to_end_ms/count").asInt()).isEqualTo(1);
		assertThat(monitor.at("/end_to_end_ms/max").asLong()).isGreaterThanOrEqualTo(2000);
		assertThat(monitor.at("/ocr/documents").asInt()).as("the indexed document had 3 pages read by OCR")
			.isEqualTo(1);
		assertThat(monitor.at("/ocr/pages").asInt()).isEqualTo(3);
		assertThat(monitor.at("/ocr/millis").asLong()).isEqualTo(14_400);
		assertThat(monitor.at("/ocr/millis_per_page").asLong()).isEqualTo(4_800);

		assertThat(deadLetters(monitor, Topics.deadLetter(Topics.PARSED))).isEqualTo(1);
		assertThat(deadLetters(monitor, Topics.deadLetter(Topics.FETCHED))).isZero();

		List<JsonNode> failures = new ArrayList<>();
		monitor.get("recent_failures").forEach(failures::add);
		assertThat(failures).anySatisfy((failure) -> {
			assertThat(failure.get("doc_id").asString()).isEqualTo(this.failedDocId);
			assertThat(failure.get("stage").asString()).isEqualTo("parse");
			assertThat(failure.get("reason").asString()).isEqualTo("unreadable_document");
			assertThat(failure.get("source").asString()).isEqualTo("corrupt.pdf");
			assertThat(failure.get("replayable").asBoolean()).isTrue();
		});
		assertThat(failures).anySatisfy((failure) -> {
			assertThat(failure.get("doc_id").asString()).isEqualTo(this.garbageKey);
			assertThat(failure.get("topic").asString()).isEqualTo(Topics.deadLetter(Topics.PARSED));
			assertThat(failure.get("reason").asString()).isEqualTo("undecodable");
			assertThat(failure.get("replayable").asBoolean()).isFalse();
		});

		assertThat(monitor.get("stuck")).anySatisfy((stuck) -> {
			assertThat(stuck.get("doc_id").asString()).isEqualTo(this.stuckDocId);
			assertThat(stuck.get("stage").asString()).isEqualTo("parse");
		});
		assertThat(monitor.get("stuck"))
			.noneSatisfy((stuck) -> assertThat(stuck.get("doc_id").asString()).isIn(this.docId, this.failedDocId));

		List<JsonNode> eventLogLag = lagOf(monitor, EVENT_LOG_GROUP);
		assertThat(eventLogLag).extracting((lag) -> lag.get("topic").asString())
			.contains(Topics.FETCHED, Topics.PARSED);
		assertThat(lagOf(monitor, "index-service")).extracting((lag) -> lag.get("topic").asString())
			.contains(Topics.VALIDATED);
	}

	@Test
	void unknownDocumentsAndWindowsAreErrorsAsJson() {
		Response unknown = get("/api/v1/documents/" + "0e".repeat(32) + "/status");
		Response badWindow = get("/api/v1/monitor?window=forever");

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body().get("error").asString()).isEqualTo("not_found");
		assertThat(unknown.body().get("message").asString()).contains("0e0e");
		assertThat(badWindow.status()).isEqualTo(400);
		assertThat(badWindow.body().get("error").asString()).isEqualTo("bad_request");
	}

	@Test
	void theMonitorPageIsServedWithItsScript() throws Exception {
		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(uri("/monitor")).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		HttpResponse<String> script = this.http.send(HttpRequest.newBuilder(uri("/monitor/monitor.js")).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(page.body()).contains("id=\"topics\"", "id=\"lag\"", "id=\"stages\"", "id=\"failures\"",
				"id=\"dead-letters\"", "id=\"updated-at\"", "id=\"replay-result\"", "/monitor/monitor.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).contains("/api/v1/monitor", "/api/v1/replay", "X-Api-Key", "data-replay-doc",
				"data-replay-dlt");
	}

	private Optional<JsonNode> status(String id) {
		Response response = get("/api/v1/documents/" + id + "/status");
		return (response.status() == 200) ? Optional.of(response.body()) : Optional.empty();
	}

	private static JsonNode topic(JsonNode monitor, String name) {
		for (JsonNode topic : monitor.get("topics")) {
			if (topic.get("topic").asString().equals(name)) {
				return topic;
			}
		}
		throw new AssertionError("No topic " + name + " in " + monitor);
	}

	private static JsonNode stage(JsonNode monitor, String name) {
		for (JsonNode stage : monitor.get("stages")) {
			if (stage.get("stage").asString().equals(name)) {
				return stage;
			}
		}
		throw new AssertionError("No stage " + name + " in " + monitor);
	}

	private static long deadLetters(JsonNode monitor, String topic) {
		for (JsonNode letters : monitor.get("dead_letters")) {
			if (letters.get("topic").asString().equals(topic)) {
				return letters.get("records").asLong();
			}
		}
		throw new AssertionError("No dead-letter topic " + topic + " in " + monitor);
	}

	private static List<JsonNode> lagOf(JsonNode monitor, String group) {
		List<JsonNode> lag = new ArrayList<>();
		monitor.get("lag").forEach((entry) -> {
			if (entry.get("group").asString().equals(group)) {
				lag.add(entry);
			}
		});
		return lag;
	}

	private static String text(JsonNode node, String pointer) {
		return node.at(pointer).asString();
	}

	private DocumentParsed parsed(DocumentSource source, Instant parsedAt) {
		String textKey = new FileSystemBlobStore(infrastructure.blobRoot()).put(TEXT.getBytes(StandardCharsets.UTF_8))
			.key();
		DisclosureMetadata metadata = new DisclosureMetadata("2024年度洛阳市洛龙区医疗保障局部门决算", "洛阳市洛龙区医疗保障局",
				new Region("河南省", "洛阳市", "洛龙区", "410311"), "district", 2024, DocKind.FINAL_ACCOUNT, "2025-08", "万元",
				null);
		ParseReport scanned = new ParseReport(1, 20, 60, 0, 0, List.of(), List.of(), 3, 14_400L);
		return new DocumentParsed(1, this.docId, source, this.fetchedAt, parsedAt, "0.1.0", metadata, textKey,
				TEXT.length(), List.of("FA01"), null, null, null, null, null, scanned);
	}

	private void send(String topic, PipelineEvent event, Instant timestamp, String replayId) throws Exception {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null,
				(timestamp != null) ? timestamp.toEpochMilli() : null, event.key(), this.codec.encode(event));
		record.headers().add(CloudEventHeaders.TYPE, event.cloudEventType().getBytes(StandardCharsets.UTF_8));
		if (replayId != null) {
			record.headers().add("pipeline-replay", replayId.getBytes(StandardCharsets.UTF_8));
		}
		infrastructure.producer().send(record).get();
	}

	private static <T> T await(Supplier<Optional<T>> probe, Predicate<T> done) {
		Instant deadline = Instant.now().plus(PATIENCE);
		T last = null;
		while (Instant.now().isBefore(deadline)) {
			Optional<T> value = probe.get();
			if (value.isPresent()) {
				last = value.get();
				if (done.test(last)) {
					return last;
				}
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("Not there within " + PATIENCE + "; last answer: " + last);
	}

	private Response get(String path) {
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private record Response(int status, JsonNode body) {
	}

}
