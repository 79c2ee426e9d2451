package org.disclosure.stack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the command line decides without starting anything. */
class LocalStackTest {

	@TempDir
	Path temp;

	@Test
	void eachServiceGetsTheSharedSettingsAndOnlyItsOwnSecrets() {
		LocalStack stack = stack(Map.of("ES_PORT", "19200"));
		Map<String, String> ingest = stack.serviceEnv("ingest-service", "key");
		Map<String, String> index = stack.serviceEnv("index-service", "key");
		assertThat(ingest).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
			.containsEntry("PIPELINE_BLOB_STORE_BACKEND", "filesystem")
			.containsEntry("PIPELINE_BLOB_STORE_ROOT", this.temp.resolve("state/blobs").toString())
			.containsEntry("PIPELINE_API_KEY", "key")
			.doesNotContainKey("PIPELINE_ELASTICSEARCH_URL");
		assertThat(index).containsEntry("PIPELINE_ELASTICSEARCH_URL", "http://127.0.0.1:19200")
			.containsEntry("PIPELINE_BLOB_STORE_ROOT", this.temp.resolve("state/blobs").toString())
			.as("index-service asks for it before it starts a rebuild by replay")
			.containsEntry("PIPELINE_API_KEY", "key");
		assertThat(stack.serviceEnv("parse-service", "key")).doesNotContainKey("PIPELINE_API_KEY");
	}

	@Test
	void statusSaysWhetherTheParserCanReadScans() {
		assertThat(LocalStack.ocrAvailability(Json.parse("""
				{"status": "UP", "components": {"parser": {"status": "UP",
				  "details": {"ocr": {"available": true, "engine": "tesseract 5.3.0 (chi_sim)"}}}}}
				"""))).isEqualTo("OCR: available, tesseract 5.3.0 (chi_sim)");
		assertThat(LocalStack.ocrAvailability(Json.parse("""
				{"status": "UP", "components": {"parser": {"status": "UP", "details": {"ocr": {"available": false,
				  "message": "tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-chi-sim"}}}}}
				"""))).isEqualTo("OCR: unavailable, scans fail as ocr_unavailable: tesseract is not installed: "
				+ "apt-get install tesseract-ocr tesseract-ocr-chi-sim");
		assertThat(LocalStack.ocrAvailability(null)).isEqualTo("OCR: unknown (parse-service does not say)");
	}

	@Test
	void theApiKeyIsGeneratedOnceAndKeptPrivate() throws IOException {
		LocalStack stack = stack(Map.of());
		assertThatThrownBy(() -> stack.apiKey(false)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("./pipeline up");
		String key = stack.apiKey(true);
		assertThat(key).hasSize(48);
		assertThat(stack.apiKey(false)).isEqualTo(key);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.temp.resolve("state/api-key"))))
			.isEqualTo("rw-------");
		assertThat(stack(Map.of("PIPELINE_API_KEY", "mine")).apiKey(true)).isEqualTo("mine");
	}

	@Test
	void logsAreFoundByShortOrFullName() throws IOException {
		LocalStack stack = stack(Map.of());
		Path logs = this.temp.resolve("state/logs");
		assertThat(stack.logFile("ingest")).isEqualTo(logs.resolve("ingest-service.log"));
		assertThat(stack.logFile("index-service")).isEqualTo(logs.resolve("index-service.log"));
		assertThat(stack.logFile("kafka")).isEqualTo(logs.resolve("kafka.log"));
		assertThat(stack.logFile("es")).isEqualTo(logs.resolve("elasticsearch/disclosure-pipeline.log"));
		assertThatThrownBy(() -> stack.logFile("../../etc/passwd")).isInstanceOf(UsageException.class);
		Files.createDirectories(logs);
		Files.writeString(logs.resolve("elasticsearch-launcher.log"), "x");
		assertThat(stack.logFile("elasticsearch-launcher")).isEqualTo(logs.resolve("elasticsearch-launcher.log"));
		assertThat(stack.logListing()).singleElement().asString().startsWith("elasticsearch-launcher.log");
	}

	@Test
	void downWithNothingRunningSaysSo() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		LocalStack stack = new LocalStack(new StackLayout(this.temp, this.temp.resolve("state")),
				StackSettings.fromEnv(Map.of()), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(stack.down(false)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Nothing was running.");
	}

	private LocalStack stack(Map<String, String> env) {
		return new LocalStack(new StackLayout(this.temp, this.temp.resolve("state")), StackSettings.fromEnv(env), env,
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
	}

}
