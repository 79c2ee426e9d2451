package org.disclosure.stack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pushing against a stand-in for ingest-service that answers like the real API. */
class DocumentPusherTest {

	@TempDir
	Path temp;

	private HttpServer server;

	private final List<String> bodies = new CopyOnWriteArrayList<>();

	private final List<String> apiKeys = new CopyOnWriteArrayList<>();

	@BeforeEach
	void startIngestStandIn() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/api/v1/documents", this::answer);
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void pushesEachFileAsMultipartAndPrintsALinePerFile() throws Exception {
		Path folder = Files.createDirectories(this.temp.resolve("docs/sub"));
		Files.writeString(this.temp.resolve("docs/a.txt"), "城乡医疗救助");
		Files.writeString(folder.resolve("b.txt"), "again");
		Files.writeString(this.temp.resolve("docs/.hidden"), "skip me");
		Files.writeString(this.temp.resolve("docs/empty.txt"), "");
		List<Path> files = DocumentPusher.collect(List.of(this.temp.resolve("docs").toString()));
		assertThat(files).extracting((file) -> file.getFileName().toString())
			.containsExactly("a.txt", "empty.txt", "b.txt");

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream progress = new ByteArrayOutputStream();
		DocumentPusher pusher = new DocumentPusher(new IngestClient(baseUrl(), "secret"), "https://example.org/a", null,
				new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(progress, true, StandardCharsets.UTF_8));
		List<DocumentPusher.Pushed> pushed = pusher.push(files);

		assertThat(pushed).hasSize(3);
		assertThat(this.apiKeys).containsOnly("secret");
		assertThat(this.bodies.get(0)).contains("name=\"file\"; filename=\"a.txt\"")
			.contains("城乡医疗救助")
			.contains("name=\"source_url\"")
			.contains("https://example.org/a")
			.doesNotContain("name=\"publisher\"");
		String lines = out.toString(StandardCharsets.UTF_8);
		assertThat(lines).contains("a.txt      doc-1  accepted\n")
			.contains("empty.txt  HTTP 400 empty_document: The file is empty\n")
			.contains("b.txt      doc-3  duplicate\n");
		assertThat(progress.toString(StandardCharsets.UTF_8)).contains("3/3 files");
	}

	@Test
	void aMissingFileIsAUsageError() {
		assertThatThrownBy(() -> DocumentPusher.collect(List.of(this.temp.resolve("nope.pdf").toString())))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("nope.pdf");
	}

	@Test
	void aStoppedServiceStopsThePush() throws IOException {
		Path file = Files.writeString(this.temp.resolve("a.txt"), "x");
		this.server.stop(0);
		DocumentPusher pusher = new DocumentPusher(new IngestClient(baseUrl(), "k"), null, null,
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), null);
		assertThatThrownBy(() -> pusher.push(List.of(file))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("./pipeline up");
	}

	private void answer(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		this.bodies.add(body);
		this.apiKeys.add(exchange.getRequestHeaders().getFirst("X-Api-Key"));
		int number = this.bodies.size();
		String answer;
		int status;
		if (body.contains("filename=\"empty.txt\"")) {
			status = 400;
			answer = "{\"error\":\"empty_document\",\"message\":\"The file is empty\"}";
		}
		else {
			status = 202;
			answer = "{\"doc_id\":\"doc-" + number + "\",\"status\":\"" + ((number == 3) ? "duplicate" : "accepted")
					+ "\"}";
		}
		byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

}
