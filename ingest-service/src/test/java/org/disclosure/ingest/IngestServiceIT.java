package org.disclosure.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
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
import java.util.Properties;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disclosure.contracts.CloudEventHeaders;
import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.FetchRequested;
import org.disclosure.contracts.Topics;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;
import org.disclosure.stack.FreePorts;
import org.disclosure.stack.KafkaBroker;
import org.disclosure.stack.StackLayout;
import org.disclosure.support.blob.BlobStore;
import org.disclosure.support.events.EventCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ingest-service on a real Kafka broker: what a crawler sees, and what reaches the
 * topics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IngestServiceIT {

	private static final String KEY = "it-" + UUID.randomUUID();

	private static final StackLayout LAYOUT = StackLayout.forTests();

	private static KafkaBroker kafka;

	private static HttpServer documentsSite;

	private final HttpClient http = HttpClient.newHttpClient();

	private final EventCodec codec = new EventCodec();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) throws IOException {
		kafka = KafkaBroker.start(LAYOUT, FreePorts.next());
		documentsSite = startDocumentsSite();
		registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
		registry.add("pipeline.blob-store.root", () -> LAYOUT.stateDir().resolve("blobs").toString());
		registry.add("pipeline.ingest.api-keys", () -> KEY);
		registry.add("pipeline.ingest.max-document-size", () -> "150KB");
		registry.add("pipeline.ingest.fetch.allowed-hosts", () -> "127.0.0.2");
	}

	@AfterAll
	static void stop() {
		documentsSite.stop(0);
		kafka.close();
	}

	@Test
	void anUploadIsStoredOnceAndAnnouncedWithCloudEventsHeaders() throws Exception {
		FixtureDocument fixture = fixture("lushi-2024-budget.txt");
		HttpResponse<String> first = upload(fixture.fileName(), fixture.bytes(), KEY);
		HttpResponse<String> second = upload("again.txt", fixture.bytes(), KEY);
		String docId = BlobStore.sha256Hex(fixture.bytes());
		assertThat(first.statusCode()).isEqualTo(202);
		assertThat(first.body()).contains("\"doc_id\":\"" + docId + "\"").contains("\"status\":\"accepted\"");
		assertThat(second.statusCode()).isEqualTo(202);
		assertThat(second.body()).contains("\"status\":\"duplicate\"");
		List<ConsumerRecord<String, byte[]>> records = consume(Topics.FETCHED, docId);
		assertThat(records).hasSize(1);
		ConsumerRecord<String, byte[]> record = records.get(0);
		DocumentFetched fetched = this.codec.decode(record.value(), DocumentFetched.class);
		assertThat(fetched.source().fileName()).isEqualTo(fixture.fileName());
		assertThat(fetched.source().mediaType()).startsWith("text/plain");
		assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo(DocumentFetched.TYPE);
		assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
		assertThat(header(record, CloudEventHeaders.SOURCE)).endsWith("/ingest-service");
		assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
		assertThat(Instant.parse(header(record, CloudEventHeaders.TIME))).isBefore(Instant.now().plusSeconds(1));
	}

	@Test
	void aBadKeyIsRefused() throws Exception {
		HttpResponse<String> response = upload("a.txt", "x".getBytes(StandardCharsets.UTF_8), "wrong");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("\"error\":\"unauthorized\"");
	}

	@Test
	void emptyTooLargeAndWrongTypeAreRefusedAndRecorded() throws Exception {
		HttpResponse<String> empty = upload("empty.pdf", new byte[0], KEY);
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("\"error\":\"empty_document\"");
		HttpResponse<String> large = upload("luolong.pdf", fixture("luolong-2024-final.pdf").bytes(), KEY);
		assertThat(large.statusCode()).isEqualTo(413);
		assertThat(large.body()).contains("\"error\":\"too_large\"");
		byte[] executable = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0 };
		HttpResponse<String> binary = upload("budget.pdf", executable, KEY);
		assertThat(binary.statusCode()).isEqualTo(415);
		assertThat(binary.body()).contains("\"error\":\"unsupported_media_type\"");
		List<ConsumerRecord<String, byte[]>> failures = consume(Topics.FAILED, BlobStore.sha256Hex(executable));
		assertThat(failures).singleElement()
			.satisfies((record) -> assertThat(this.codec.decode(record.value(), DocumentFailed.class).reason())
				.isEqualTo("unsupported_media_type"));
		assertThat(consume(Topics.FAILED, BlobStore.sha256Hex(new byte[0]))).isNotEmpty();
	}

	@Test
	void aFetchFollowsRedirectsWithinTheAllowListAndRefusesLoopback() throws Exception {
		String site = "http://127.0.0.2:" + documentsSite.getAddress().getPort();
		HttpResponse<String> fetched = fetch(site + "/redirect");
		assertThat(fetched.statusCode()).as(fetched.body()).isEqualTo(202);
		assertThat(fetched.body())
			.contains("\"doc_id\":\"" + BlobStore.sha256Hex(fixture("xuchang-2024-final.html").bytes()));
		HttpResponse<String> refused = fetch("http://127.0.0.1:" + this.port + "/actuator/health");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"error\":\"url_refused\"").contains("loopback");
		HttpResponse<String> escape = fetch(site + "/to-loopback");
		assertThat(escape.statusCode()).isEqualTo(400);
		assertThat(escape.body()).contains("url_refused");
	}

	@Test
	void aFetchRequestOnKafkaIsFetchedAndAnnounced() throws Exception {
		String url = "http://127.0.0.2:" + documentsSite.getAddress().getPort() + "/luolong-2024-final.docx";
		FetchRequested request = new FetchRequested(FetchRequested.SCHEMA_VERSION, UUID.randomUUID().toString(), url,
				"洛龙区", Instant.now());
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(Topics.FETCH_REQUESTED, request.key(), this.codec.encode(request)))
				.get();
		}
		String docId = BlobStore.sha256Hex(fixture("luolong-2024-final.docx").bytes());
		List<ConsumerRecord<String, byte[]>> records = consume(Topics.FETCHED, docId);
		assertThat(records).singleElement().satisfies((record) -> {
			DocumentFetched fetched = this.codec.decode(record.value(), DocumentFetched.class);
			assertThat(fetched.source().url()).isEqualTo(url);
			assertThat(fetched.source().fileName()).isEqualTo("luolong-2024-final.docx");
			assertThat(fetched.source().publisher()).isEqualTo("洛龙区");
		});
	}

	private HttpResponse<String> upload(String fileName, byte[] bytes, String key) throws Exception {
		return Uploads.upload(this.port, fileName, bytes, key);
	}

	private HttpResponse<String> fetch(String url) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/fetch"))
			.header("X-Api-Key", KEY)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + url + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Records of {@code topic} keyed {@code key}, read from the beginning until quiet.
	 */
	private static List<ConsumerRecord<String, byte[]>> consume(String topic, String key) {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
		properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(500)).forEach((record) -> {
					if (key.equals(record.key())) {
						found.add(record);
					}
				});
				if (!found.isEmpty() && consumer.assignment()
					.stream()
					.allMatch((partition) -> consumer.position(partition) >= consumer.endOffsets(List.of(partition))
						.get(partition))) {
					break;
				}
			}
		}
		return found;
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	private static FixtureDocument fixture(String fileName) {
		return Fixtures.documents().stream().filter((f) -> f.fileName().equals(fileName)).findFirst().orElseThrow();
	}

	/** A stand-in government site on 127.0.0.2, which the allow-list opens. */
	private static HttpServer startDocumentsSite() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
		server.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			if (path.equals("/redirect")) {
				exchange.getResponseHeaders().add("Location", "/xuchang-2024-final.html");
				exchange.sendResponseHeaders(302, -1);
			}
			else if (path.equals("/to-loopback")) {
				exchange.getResponseHeaders().add("Location", "http://127.0.0.1:1/secret");
				exchange.sendResponseHeaders(302, -1);
			}
			else {
				byte[] body = fixture(path.substring(1)).bytes();
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
			exchange.close();
		});
		server.start();
		return server;
	}

}
