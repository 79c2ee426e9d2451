package org.disclosure.parse.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.contracts.PipelineHeaders;
import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;
import org.disclosure.parse.DocumentParser;
import org.disclosure.parse.ParseOutcome;
import org.disclosure.parse.ParseStage;
import org.disclosure.parse.guard.ParseAttempts;
import org.disclosure.parse.ParsedFixtures;
import org.disclosure.parse.boot.ParseProperties;
import org.disclosure.support.blob.BlobStore;
import org.disclosure.support.blob.FileSystemBlobStore;
import org.disclosure.support.events.EventCodec;
import org.disclosure.support.events.EventDecodingException;
import org.disclosure.support.events.EventPublisher;
import org.disclosure.support.metrics.PipelineMetrics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The listener turns a fetched document into a parsed event with its text in the blob
 * store, or into a failure of stage {@code parse}; it never throws for a bad document.
 * Parsing runs in this JVM here (the worker has its own tests, {@code WorkerParserTest}).
 */
class FetchedDocumentListenerTest {

	private static final Instant NOW = Instant.parse("2025-09-01T08:00:03Z");

	private final EventCodec codec = new EventCodec();

	private final EventPublisher publisher = mock(EventPublisher.class);

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private BlobStore blobs;

	private ParseAttempts attempts;

	private FetchedDocumentListener listener;

	@BeforeEach
	void setUp(@TempDir Path root) {
		this.blobs = new FileSystemBlobStore(root);
		this.attempts = new ParseAttempts(this.blobs, 2);
		ParseStage stage = new ParseStage(this.blobs, FetchedDocumentListenerTest::parseHere, this.attempts,
				Clock.fixed(NOW, ZoneOffset.UTC));
		this.listener = new FetchedDocumentListener(this.codec, stage, this.publisher,
				new PipelineMetrics(this.registry),
				new ParseProperties(Duration.ofSeconds(120), 2, 1,
						new ParseProperties.Worker(DataSize.ofMegabytes(512)), false, new ParseProperties.Ocr(true,
								"tesseract", "chi_sim", 300, Duration.ofSeconds(60), 200, 1, Duration.ofMinutes(25))));
	}

	@Test
	void publishesTheParsedDisclosureWithItsTextInTheBlobStore() {
		FixtureDocument fixture = fixture("lushi-2024-budget.docx");
		DocumentFetched fetched = fetched(fixture.bytes(), fixture.fileName());

		this.listener.onFetched(record(fetched));

		ArgumentCaptor<DocumentParsed> event = ArgumentCaptor.forClass(DocumentParsed.class);
		verify(this.publisher).publish(eq(Topics.PARSED), event.capture());
		DocumentParsed parsed = event.getValue();
		assertThat(parsed.docId()).isEqualTo(fetched.docId());
		assertThat(parsed.source()).isEqualTo(fetched.source());
		assertThat(parsed.fetchedAt()).isEqualTo(fetched.fetchedAt());
		assertThat(parsed.parsedAt()).isEqualTo(NOW);
		assertThat(parsed.parserVersion()).isEqualTo(DocumentParser.VERSION);
		assertThat(parsed.metadata().department()).isEqualTo("卢氏县医疗保障局");
		assertThat(parsed.metadata().docKind()).isEqualTo(DocKind.BUDGET);
		assertThat(parsed.tables()).startsWith("BU01");
		String text = new String(this.blobs.read(parsed.textBlobKey()), StandardCharsets.UTF_8);
		assertThat(text).contains("卢氏县社会医疗保险中心");
		assertThat(parsed.textChars()).isEqualTo(text.codePointCount(0, text.length()));
		verify(this.publisher, never()).publish(eq(Topics.FAILED), any());
		assertThat(this.registry.get("pipeline.stage.duration").tag("stage", "parse").timer().count()).isOne();
	}

	@Test
	void publishesAFailureOfStageParseForACorruptDocument() {
		byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII);
		DocumentFetched fetched = fetched(corrupt, "corrupt.pdf");

		this.listener.onFetched(record(fetched));

		ArgumentCaptor<DocumentFailed> event = ArgumentCaptor.forClass(DocumentFailed.class);
		verify(this.publisher).publish(eq(Topics.FAILED), event.capture());
		DocumentFailed failed = event.getValue();
		assertThat(failed.failureId()).isEqualTo("parse:" + fetched.docId());
		assertThat(failed.docId()).isEqualTo(fetched.docId());
		assertThat(failed.stage()).isEqualTo(Stage.PARSE);
		assertThat(failed.reason()).isEqualTo("unreadable_document");
		assertThat(failed.message()).isNotBlank();
		assertThat(failed.source()).isEqualTo(fetched.source());
		assertThat(failed.failedAt()).isEqualTo(NOW);
		verify(this.publisher, never()).publish(eq(Topics.PARSED), any());
	}

	@Test
	void aRecordThatIsNoEventIsLeftToTheErrorHandler() {
		ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.FETCHED, 0, 0, "key",
				"not json".getBytes(StandardCharsets.UTF_8));

		assertThatExceptionOfType(EventDecodingException.class).isThrownBy(() -> this.listener.onFetched(record));
	}

	@Test
	void aDocumentTheServiceDiedOnTwiceIsGivenUpUnlessAnOperatorReplaysIt() {
		FixtureDocument fixture = fixture("lushi-2024-budget.txt");
		DocumentFetched fetched = fetched(fixture.bytes(), fixture.fileName());
		this.attempts.begin(fetched.docId(), null);
		this.attempts.begin(fetched.docId(), null);

		this.listener.onFetched(record(fetched));
		ArgumentCaptor<DocumentFailed> failed = ArgumentCaptor.forClass(DocumentFailed.class);
		verify(this.publisher).publish(eq(Topics.FAILED), failed.capture());
		assertThat(failed.getValue().reason()).isEqualTo("parser_crashed");

		this.attempts.begin(fetched.docId(), null);
		this.attempts.begin(fetched.docId(), null);
		ConsumerRecord<String, byte[]> replayed = record(fetched);
		replayed.headers().add(PipelineHeaders.REPLAY, "parser 0.2.0".getBytes(StandardCharsets.UTF_8));
		this.listener.onFetched(replayed);
		verify(this.publisher).publish(eq(Topics.PARSED), any(DocumentParsed.class));
		assertThat(this.attempts.unfinished(fetched.docId(), null)).as("the attempt ended").isZero();
	}

	@Test
	void aDocumentWhoseBytesTheStoreDoesNotHoldIsLeftToTheErrorHandler() {
		byte[] bytes = "never stored".getBytes(StandardCharsets.UTF_8);
		String key = BlobStore.sha256Hex(bytes);
		DocumentFetched fetched = new DocumentFetched(DocumentFetched.SCHEMA_VERSION, key, key,
				new DocumentSource(null, "a.txt", "text/plain", bytes.length, null), NOW);

		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> this.listener.onFetched(record(fetched)))
			.withCauseInstanceOf(NoSuchFileException.class);
		verify(this.publisher, never()).publish(any(), any());
	}

	private static ParseOutcome parseHere(InputStream document, DocumentSource source) {
		try {
			return ParsedFixtures.parser().parse(document.readAllBytes(), source);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private DocumentFetched fetched(byte[] bytes, String fileName) {
		String key = this.blobs.put(bytes).key();
		DocumentSource source = new DocumentSource(null, fileName, "application/octet-stream", bytes.length, null);
		return new DocumentFetched(DocumentFetched.SCHEMA_VERSION, key, key, source,
				Instant.parse("2025-09-01T08:00:01Z"));
	}

	private ConsumerRecord<String, byte[]> record(DocumentFetched fetched) {
		return new ConsumerRecord<>(Topics.FETCHED, 0, 0, fetched.key(), this.codec.encode(fetched));
	}

	private static FixtureDocument fixture(String fileName) {
		return Fixtures.documents()
			.stream()
			.filter((fixture) -> fixture.fileName().equals(fileName))
			.findFirst()
			.orElseThrow();
	}

}
