package org.disclosure.parse.boot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.parse.ParsedFixtures;
import org.disclosure.parse.ocr.OcrSettings;
import org.disclosure.parse.ocr.ScanReader;
import org.disclosure.parse.worker.WorkerCommand;
import org.disclosure.parse.worker.WorkerParser;
import org.disclosure.parse.worker.WorkerUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A worker's death is reported but leaves the service up; a worker that cannot start
 * takes it down.
 */
class ParserHealthIndicatorTest {

	/** OCR whose command is not installed anywhere. */
	private static final ScanReader NO_OCR = new ScanReader(
			new OcrSettings(true, "no-such-tesseract", "chi_sim", 300, Duration.ofSeconds(10), 10, 1));

	@TempDir
	Path folder;

	@Test
	void aWorkerKilledFromOutsideIsReportedAndTheServiceStaysUp() throws Exception {
		FixtureDocument fixture = ParsedFixtures.file("lushi-2024-budget", "txt");
		Path document = Files.write(this.folder.resolve(fixture.fileName()), fixture.bytes());
		DocumentSource source = new DocumentSource(null, fixture.fileName(), null, fixture.bytes().length, null);
		try (WorkerParser parser = new WorkerParser(WorkerCommand.ofThisJvm(256), Duration.ofMinutes(1),
				new SimpleMeterRegistry())) {
			ParserHealthIndicator indicator = new ParserHealthIndicator(parser, NO_OCR);
			assertThat(indicator.health().getDetails()).containsEntry("workers", List.of())
				.containsEntry("restarts", 0);
			parser.parse(document, source);
			long killed = parser.status().workers().get(0).pid();
			ProcessHandle.of(killed).orElseThrow().destroyForcibly();
			ProcessHandle.of(killed).orElseThrow().onExit().get(10, TimeUnit.SECONDS);
			parser.parse(document, source);

			Health health = indicator.health();

			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("restarts", 1);
			assertThat(health.getDetails()).extractingByKey("last_death")
				.asInstanceOf(InstanceOfAssertFactories.MAP)
				.containsEntry("reason", "exited")
				.containsEntry("pid", killed)
				.containsEntry("exit_code", 137);
			assertThat(health.getDetails()).extractingByKey("workers")
				.asInstanceOf(InstanceOfAssertFactories.LIST)
				.singleElement()
				.asInstanceOf(InstanceOfAssertFactories.MAP)
				.containsEntry("documents", 1)
				.doesNotContainEntry("pid", killed);
		}
	}

	@Test
	void aWorkerThatCannotStartTakesTheServiceDown() {
		WorkerCommand broken = new WorkerCommand(List.of(WorkerCommand.ofThisJvm(64).arguments().get(0), "-cp",
				this.folder.toString(), "org.disclosure.parse.worker.ParseWorker"));
		try (WorkerParser parser = new WorkerParser(broken, Duration.ofMinutes(1), new SimpleMeterRegistry())) {
			assertThatExceptionOfType(WorkerUnavailableException.class)
				.isThrownBy(() -> parser.parse(this.folder.resolve("a.txt"), null));

			Health health = new ParserHealthIndicator(parser, NO_OCR).health();

			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat((String) health.getDetails().get("start_failure")).contains("did not start");
		}
	}

	@Test
	void withoutTesseractTheHealthSaysOcrIsUnavailableAndWhatToInstall() {
		try (WorkerParser parser = new WorkerParser(WorkerCommand.ofThisJvm(64), Duration.ofMinutes(1),
				new SimpleMeterRegistry())) {
			Health health = new ParserHealthIndicator(parser, NO_OCR).health();

			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).extractingByKey("ocr")
				.asInstanceOf(InstanceOfAssertFactories.MAP)
				.containsEntry("available", false)
				.extractingByKey("message")
				.asString()
				.contains("no-such-tesseract")
				.contains("tesseract-ocr-chi-sim");
		}
	}

}
