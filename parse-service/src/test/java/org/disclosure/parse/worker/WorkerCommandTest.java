package org.disclosure.parse.worker;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The worker's command line: its JVM settings, and its classes from a class path or from
 * a Spring Boot executable jar.
 */
class WorkerCommandTest {

	private static final String WORKER = "org.disclosure.parse.worker.ParseWorker";

	@TempDir
	Path folder;

	@Test
	void aClassPathIsPassedOnWithTheWorkerAsMainClass() {
		WorkerCommand command = WorkerCommand.of("/opt/jdk/bin/java", "target/classes:lib/tika-core.jar", 256);

		assertThat(command.arguments()).containsExactly("/opt/jdk/bin/java", "-Xmx256m", "-XX:+UseSerialGC",
				"-XX:NewRatio=1", "-XX:+ExitOnOutOfMemoryError", "-XX:+DisplayVMOutputToStderr",
				"-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
				"-Dlogback.configurationFile=org/disclosure/parse/worker/logback-worker.xml", "-cp",
				"target/classes:lib/tika-core.jar", WORKER);
	}

	@Test
	void theLoggingConfigurationNamedIsOnTheClassPath() {
		assertThat(getClass().getResource("/org/disclosure/parse/worker/logback-worker.xml")).isNotNull();
	}

	@Test
	void aSpringBootExecutableJarIsLaunchedThroughPropertiesLauncher() throws IOException {
		Path jar = jar("parse-service-exec.jar", "BOOT-INF/classes/", "BOOT-INF/lib/");

		WorkerCommand command = WorkerCommand.of("java", jar.toString(), 512);

		assertThat(command.arguments()).contains("-Xmx512m")
			.endsWith("-cp", jar.toString(), "-Dloader.main=" + WORKER,
					"org.springframework.boot.loader.launch.PropertiesLauncher");
	}

	@Test
	void aPlainJarIsAClassPath() throws IOException {
		Path jar = jar("parse-service.jar", "org/disclosure/parse/");

		assertThat(WorkerCommand.of("java", jar.toString(), 512).arguments()).endsWith("-cp", jar.toString(), WORKER);
		assertThat(WorkerCommand.isExecutableJar(jar.toString())).isFalse();
		assertThat(WorkerCommand.isExecutableJar(this.folder.resolve("missing.jar").toString())).isFalse();
	}

	@Test
	void thisJvmsJavaAndClassPathAreTheWorkers() {
		WorkerCommand command = WorkerCommand.ofThisJvm(128);

		assertThat(command.arguments().get(0))
			.isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		assertThat(command.arguments()).endsWith("-cp", System.getProperty("java.class.path"), WORKER);
	}

	@Test
	void aHeapTooSmallForTikaIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkerCommand.of("java", "classes", 16))
			.withMessageContaining("at least 32 MB");
	}

	private Path jar(String name, String... entries) throws IOException {
		Path jar = this.folder.resolve(name);
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
			for (String entry : entries) {
				zip.putNextEntry(new JarEntry(entry));
				zip.closeEntry();
			}
		}
		return jar;
	}

}
