package org.disclosure.parse.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disclosure.contracts.CloudEventHeaders;
import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.contracts.FetchRequested;
import org.disclosure.contracts.Topics;
import org.disclosure.parse.ParseOutcome;
import org.disclosure.parse.ParseStage;
import org.disclosure.parse.ParsedFixtures;
import org.disclosure.parse.attachments.LandingPageTest;
import org.disclosure.parse.boot.ParseProperties;
import org.disclosure.parse.guard.ParseAttempts;
import org.disclosure.support.blob.BlobStore;
import org.disclosure.support.blob.FileSystemBlobStore;
import org.disclosure.support.events.EventCodec;
import org.disclosure.support.events.EventPublisher;
import org.disclosure.support.metrics.PipelineMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code pipeline.parse.follow-attachments} on, a landing page's failure is followed
 * by one fetch request per attachment on {@code disclosure.fetch-requested.v1}, written
 * as Kafka records by the real publisher and codec, which ingest reads like a crawler's;
 * off (the default), the failure only lists them.
 */
class AttachmentFollowTest {

	private static final Instant NOW = Instant.parse("2025-09-01T08:00:03Z");

	private final EventCodec codec = new EventCodec();

	/** The producers the template used (it closes each after a send), in order. */
	private final List<MockProducer<String, byte[]>> producers = new ArrayList<>();

	@TempDir
	Path root;

	@Test
	void followingRequestsEveryAttachmentAfterTheFailureThatListsThem() {
		FetchedDocumentListener listener = listener("true");
		DocumentFetched page = landingPage();

		listener.onFetched(record(page));

		List<ProducerRecord<String, byte[]>> sent = sent();
		assertThat(sent).extracting(ProducerRecord::topic)
			.containsExactly(Topics.FAILED, Topics.FETCH_REQUESTED, Topics.FETCH_REQUESTED);
		DocumentFailed failed = this.codec.decode(sent.get(0).value(), DocumentFailed.class);
		assertThat(failed.reason()).isEqualTo("landing_page");
		assertThat(failed.attachments()).containsExactly("http://www.lylq.gov.cn/attach/lylq-2024-final.pdf",
				"http://www.lylq.gov.cn/zfxxgk/czyjs/files/lylq-2025-budget.xls");
		for (int i = 1; i < sent.size(); i++) {
			ProducerRecord<String, byte[]> record = sent.get(i);
			FetchRequested request = this.codec.decode(record.value(), FetchRequested.class);
			assertThat(request.url()).isEqualTo(failed.attachments().get(i - 1));
			assertThat(request.publisher()).isEqualTo("洛龙区");
			assertThat(request.requestedAt()).isEqualTo(NOW);
			assertThat(record.key()).isEqualTo(request.requestId()).startsWith("attachment:" + page.docId() + ":");
			assertThat(new String(record.headers().lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8))
				.isEqualTo(FetchRequested.TYPE);
		}
		assertThat(sent.get(1).key()).isNotEqualTo(sent.get(2).key());
	}

	@Test
	void aPageParsedAgainAsksForTheSameFetchesUnderTheSameIds() {
		FetchedDocumentListener listener = listener("true");
		DocumentFetched page = landingPage();

		listener.onFetched(record(page));
		listener.onFetched(record(page));

		List<ProducerRecord<String, byte[]>> sent = sent();
		assertThat(sent).hasSize(6);
		assertThat(sent.subList(3, 6)).extracting(ProducerRecord::key)
			.isEqualTo(sent.subList(0, 3).stream().map(ProducerRecord::key).toList());
	}

	@Test
	void byDefaultTheFailureOnlyListsTheAttachments() {
		listener(null).onFetched(record(landingPage()));

		assertThat(sent()).extracting(ProducerRecord::topic).containsExactly(Topics.FAILED);
		assertThat(this.codec.decode(sent().get(0).value(), DocumentFailed.class).attachments()).hasSize(2);
	}

	@Test
	void otherFailuresRequestNothing() {
		FetchedDocumentListener listener = listener("true");
		byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII);

		listener.onFetched(record(fetched(corrupt, "corrupt.pdf", LandingPageTest.PAGE_URL)));

		assertThat(sent()).extracting(ProducerRecord::topic).containsExactly(Topics.FAILED);
	}

	/** The listener as Spring binds it, {@code follow-attachments} as configured. */
	private FetchedDocumentListener listener(String followAttachments) {
		BlobStore blobs = blobs();
		ParseStage stage = new ParseStage(blobs, AttachmentFollowTest::parseHere, new ParseAttempts(blobs, 2),
				Clock.fixed(NOW, ZoneOffset.UTC));
		MapConfigurationPropertySource settings = new MapConfigurationPropertySource();
		if (followAttachments != null) {
			settings.put("pipeline.parse.follow-attachments", followAttachments);
		}
		ParseProperties properties = new Binder(settings).bindOrCreate("pipeline.parse", ParseProperties.class);
		PipelineMetrics metrics = new PipelineMetrics(new SimpleMeterRegistry());
		EventPublisher publisher = new EventPublisher(new KafkaTemplate<>(new MockProducerFactory<>(this::producer)),
				this.codec, "parse-service", metrics);
		return new FetchedDocumentListener(this.codec, stage, publisher, metrics, properties);
	}

	private MockProducer<String, byte[]> producer() {
		MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(),
				new ByteArraySerializer());
		this.producers.add(producer);
		return producer;
	}

	/** The records sent, in order, serialized as they would reach the broker. */
	private List<ProducerRecord<String, byte[]>> sent() {
		return this.producers.stream().flatMap((producer) -> producer.history().stream()).toList();
	}

	private BlobStore blobs() {
		return new FileSystemBlobStore(this.root);
	}

	private DocumentFetched landingPage() {
		return fetched(LandingPageTest.LANDING_PAGE.getBytes(StandardCharsets.UTF_8), "index.html",
				LandingPageTest.PAGE_URL);
	}

	private DocumentFetched fetched(byte[] bytes, String fileName, String url) {
		String key = blobs().put(bytes).key();
		return new DocumentFetched(DocumentFetched.SCHEMA_VERSION, key, key,
				new DocumentSource(url, fileName, "text/html", bytes.length, "洛龙区"), NOW);
	}

	private ConsumerRecord<String, byte[]> record(DocumentFetched fetched) {
		return new ConsumerRecord<>(Topics.FETCHED, 0, 0, fetched.key(), this.codec.encode(fetched));
	}

	private static ParseOutcome parseHere(InputStream document, DocumentSource source) {
		try {
			return ParsedFixtures.parser().parse(document.readAllBytes(), source);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
