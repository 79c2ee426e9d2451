package org.disclosure.ingest.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.PipelineEvent;
import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.disclosure.fixtures.Fixtures;
import org.disclosure.ingest.intake.IntakeResult.Rejected;
import org.disclosure.ingest.intake.IntakeResult.Stored;
import org.disclosure.support.blob.BlobStore;
import org.disclosure.support.blob.FileSystemBlobStore;
import org.disclosure.support.events.EventPublisher;
import org.disclosure.support.metrics.PipelineMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Intake outcomes; what reaches Kafka is checked by the integration test on a real
 * broker.
 */
class DocumentIntakeTest {

	@TempDir
	Path root;

	private final RecordingPublisher published = new RecordingPublisher();

	private final Timer ingestStage = new PipelineMetrics(new SimpleMeterRegistry()).stage("ingest");

	@Test
	void aDocumentIsStoredAndAnnouncedOnce() throws IOException {
		DocumentIntake intake = intake(1024 * 1024);
		byte[] txt = Fixtures.documents().get(4).bytes();
		Stored first = (Stored) intake.receive(new ByteArrayInputStream(txt), "luolong.txt", null, "洛龙区");
		Stored second = (Stored) intake.receive(new ByteArrayInputStream(txt), "other-name.txt", null, null);
		assertThat(first.duplicate()).isFalse();
		assertThat(second.duplicate()).isTrue();
		assertThat(second.docId()).isEqualTo(first.docId()).isEqualTo(BlobStore.sha256Hex(txt));
		assertThat(this.published.events).hasSize(1);
		assertThat(this.ingestStage.count()).as("both pushes timed as the ingest stage").isEqualTo(2);
		DocumentFetched fetched = (DocumentFetched) this.published.events.get(0);
		assertThat(this.published.topics).containsExactly(Topics.FETCHED);
		assertThat(fetched.docId()).isEqualTo(first.docId());
		assertThat(fetched.blobKey()).isEqualTo(first.docId());
		assertThat(fetched.source().mediaType()).startsWith("text/plain");
		assertThat(fetched.source().publisher()).isEqualTo("洛龙区");
		assertThat(fetched.fetchedAt()).isEqualTo(Instant.parse("2025-09-01T00:00:00Z"));
		assertThat(new FileSystemBlobStore(this.root).listRecords("announced/"))
			.containsExactly("announced/" + first.docId().substring(0, 2) + "/" + first.docId());
	}

	@Test
	void aGb18030TextWithoutANameIsAnnouncedAsText() throws IOException {
		String text = new String(Fixtures.documents().get(4).bytes(), StandardCharsets.UTF_8);
		byte[] gb18030 = text.getBytes(Charset.forName("GB18030"));

		IntakeResult result = intake(1024 * 1024).receive(new ByteArrayInputStream(gb18030), null, null, null);

		assertThat(result).isInstanceOf(Stored.class);
		assertThat(this.published.topics).containsExactly(Topics.FETCHED);
		assertThat(((DocumentFetched) this.published.events.get(0)).source().mediaType()).isEqualTo("text/plain");
	}

	@Test
	void anotherInstanceOnTheSameStoreKnowsTheDocumentAnnounced() throws IOException {
		byte[] txt = Fixtures.documents().get(4).bytes();
		intake(1024 * 1024).receive(new ByteArrayInputStream(txt), "luolong.txt", null, null);

		Stored elsewhere = (Stored) intake(1024 * 1024).receive(new ByteArrayInputStream(txt), "luolong.txt", null,
				null);

		assertThat(elsewhere.duplicate()).isTrue();
		assertThat(this.published.events).hasSize(1);
	}

	@Test
	void aFailedAnnouncementIsRetriedOnTheNextPush() throws IOException {
		DocumentIntake failing = new DocumentIntake(new FileSystemBlobStore(this.root), ledger(),
				new MediaTypeDetector(), new RecordingPublisher() {
					@Override
					public void publish(String topic, PipelineEvent event) {
						throw new IllegalStateException("broker down");
					}
				}, 1024, clock(), PipelineMetrics.NONE.stage("ingest"));
		byte[] bytes = "2024年度部门决算".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> failing.receive(new ByteArrayInputStream(bytes), "a.txt", null, null))
			.hasMessageContaining("broker down");
		Stored retried = (Stored) intake(1024).receive(new ByteArrayInputStream(bytes), "a.txt", null, null);
		assertThat(retried.duplicate()).isFalse();
		assertThat(this.published.events).hasSize(1);
	}

	@Test
	void emptyTooLargeAndUnsupportedAreRejectedAndRecorded() throws IOException {
		DocumentIntake intake = intake(16);
		Rejected empty = (Rejected) intake.receive(new ByteArrayInputStream(new byte[0]), "e.pdf", null, null);
		Rejected large = (Rejected) intake.receive(new ByteArrayInputStream(new byte[17]), "l.pdf", null, null);
		Rejected binary = (Rejected) intake.receive(new ByteArrayInputStream(new byte[] { 0x7f, 'E', 'L', 'F', 2, 1 }),
				"x.pdf", null, null);
		assertThat(empty.rejection()).isEqualTo(Rejection.EMPTY_DOCUMENT);
		assertThat(large.rejection()).isEqualTo(Rejection.TOO_LARGE);
		assertThat(large.docId()).isNull();
		assertThat(binary.rejection()).isEqualTo(Rejection.UNSUPPORTED_MEDIA_TYPE);
		assertThat(this.published.topics).containsOnly(Topics.FAILED).hasSize(3);
		assertThat(this.published.events).allSatisfy((event) -> {
			DocumentFailed failed = (DocumentFailed) event;
			assertThat(failed.stage()).isEqualTo(Stage.INGEST);
			assertThat(failed.failureId()).startsWith("ingest:" + failed.reason() + ":");
			assertThat(failed.message()).isNotBlank();
		});
	}

	private DocumentIntake intake(long limit) {
		return new DocumentIntake(new FileSystemBlobStore(this.root), ledger(), new MediaTypeDetector(), this.published,
				limit, clock(), this.ingestStage);
	}

	private AnnouncementLedger ledger() {
		return new AnnouncementLedger(new FileSystemBlobStore(this.root));
	}

	private static Clock clock() {
		return Clock.fixed(Instant.parse("2025-09-01T00:00:00Z"), ZoneOffset.UTC);
	}

	/** Keeps what would have been published, in order. */
	static class RecordingPublisher extends EventPublisher {

		final List<String> topics = new ArrayList<>();

		final List<PipelineEvent> events = new ArrayList<>();

		RecordingPublisher() {
			super(null, null, "test", PipelineMetrics.NONE);
		}

		@Override
		public void publish(String topic, PipelineEvent event) {
			this.topics.add(topic);
			this.events.add(event);
		}

	}

}
