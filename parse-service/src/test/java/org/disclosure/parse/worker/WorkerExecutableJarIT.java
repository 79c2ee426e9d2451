package org.disclosure.parse.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.parse.ParseOutcome;
import org.disclosure.parse.ParsedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker started from the Spring Boot executable jar the service runs as
 * ({@code java -jar parse-service-exec.jar}), whose classes are nested: built by
 * {@code package}, before Failsafe runs this.
 */
class WorkerExecutableJarIT {

	private static final Path JAR = Path.of("target", "parse-service-exec.jar");

	@TempDir
	Path folder;

	@Test
	void theExecutableJarStartsAWorkerThatParsesAsThisJvmDoes() throws IOException {
		assertThat(JAR).as("built by mvn package").isRegularFile();
		WorkerCommand command = WorkerCommand.of(WorkerCommand.ofThisJvm(256).arguments().get(0),
				JAR.toAbsolutePath().toString(), 256);
		assertThat(command.arguments()).contains(WorkerCommand.BOOT_LAUNCHER);
		FixtureDocument fixture = ParsedFixtures.file("xuchang-2024-final", "pdf");
		Path document = Files.write(this.folder.resolve(fixture.fileName()), fixture.bytes());

		try (WorkerParser parser = new WorkerParser(command, Duration.ofMinutes(2), new SimpleMeterRegistry())) {
			ParseOutcome outcome = parser.parse(document,
					new DocumentSource(null, fixture.fileName(), null, fixture.bytes().length, null));

			assertThat(outcome).isEqualTo(ParsedFixtures.parsed(fixture));
			assertThat(parser.status().workers()).singleElement()
				.satisfies((worker) -> assertThat(worker.documents()).isOne());
		}
	}

}
