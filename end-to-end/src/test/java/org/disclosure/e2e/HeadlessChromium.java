package org.disclosure.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.disclosure.stack.Folders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol with the JDK's own
 * WebSocket client: open a page, evaluate JavaScript in it, take a screenshot. Started
 * with the flags this closed network needs (no background connections to Google).
 */
final class HeadlessChromium implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Process process;

	private final Path userDataDir;

	private final String devtoolsUrl;

	private HeadlessChromium(Process process, Path userDataDir, String devtoolsUrl) {
		this.process = process;
		this.userDataDir = userDataDir;
		this.devtoolsUrl = devtoolsUrl;
	}

	/**
	 * The browser to use: {@code $CHROMIUM}, else Debian's or Google's on the usual
	 * paths.
	 */
	static Optional<Path> executable() {
		return Stream
			.of(System.getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
			.filter((path) -> path != null && !path.isBlank())
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst();
	}

	static boolean available() {
		return executable().isPresent();
	}

	static HeadlessChromium start() throws IOException, InterruptedException {
		Path userDataDir = Files.createTempDirectory("chromium-profile");
		Path log = userDataDir.resolveSibling(userDataDir.getFileName() + ".log");
		Process process = new ProcessBuilder(executable().orElseThrow().toString(), "--headless", "--no-sandbox",
				"--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + userDataDir,
				"--remote-debugging-port=0", "about:blank")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		Path activePort = userDataDir.resolve("DevToolsActivePort");
		Instant deadline = Instant.now().plusSeconds(30);
		while (!Files.exists(activePort) || Files.readAllLines(activePort).isEmpty()) {
			if (!process.isAlive() || Instant.now().isAfter(deadline)) {
				process.destroyForcibly();
				throw new IllegalStateException("Chromium did not open its DevTools port: " + Files.readString(log));
			}
			Thread.sleep(100);
		}
		List<String> lines = Files.readAllLines(activePort);
		return new HeadlessChromium(process, userDataDir, "http://127.0.0.1:" + lines.get(0).trim());
	}

	/** Opens {@code url} in a new tab of {@code width}×{@code height} CSS pixels. */
	Page open(String url, int width, int height) throws IOException, InterruptedException {
		HttpResponse<String> created = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.devtoolsUrl + "/json/new?about:blank"))
				.PUT(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		String socket = JSON.readTree(created.body()).path("webSocketDebuggerUrl").asString();
		Page page = new Page(socket);
		page.call("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
		page.call("Page.enable", Map.of());
		page.call("Page.navigate", Map.of("url", url));
		return page;
	}

	/**
	 * Stops the browser and every process it started (the network service and the
	 * renderers outlive a killed parent and go on writing into the profile), then deletes
	 * the profile. A file that vanishes while the profile is deleted is not an error.
	 */
	@Override
	public void close() throws IOException {
		List<ProcessHandle> tree = Stream.concat(this.process.descendants(), Stream.of(this.process.toHandle()))
			.toList();
		tree.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle handle : tree) {
			try {
				handle.onExit().get(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (ExecutionException | TimeoutException ex) {
				throw new IOException("Chromium process " + handle.pid() + " did not exit", ex);
			}
		}
		Folders.deleteTree(this.userDataDir);
	}

	/** One tab, spoken to over its DevTools WebSocket. */
	static final class Page implements WebSocket.Listener {

		private final AtomicInteger ids = new AtomicInteger();

		private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

		private final StringBuilder message = new StringBuilder();

		private final WebSocket socket;

		private Page(String socketUrl) {
			this.socket = HttpClient.newHttpClient()
				.newWebSocketBuilder()
				.buildAsync(URI.create(socketUrl), this)
				.join();
		}

		/** Calls a DevTools method and waits for its result. */
		JsonNode call(String method, Map<String, Object> params) {
			int id = this.ids.incrementAndGet();
			CompletableFuture<JsonNode> answer = new CompletableFuture<>();
			this.pending.put(id, answer);
			ObjectNode request = JSON.createObjectNode();
			request.put("id", id);
			request.put("method", method);
			request.set("params", JSON.valueToTree(params));
			this.socket.sendText(request.toString(), true).join();
			JsonNode response = answer.orTimeout(60, TimeUnit.SECONDS).join();
			if (response.has("error")) {
				throw new IllegalStateException(method + " failed: " + response.path("error"));
			}
			return response.path("result");
		}

		/**
		 * The value of a JavaScript expression in the page (promises awaited); an
		 * exception thrown by the page fails the call.
		 */
		JsonNode evaluate(String expression) {
			JsonNode result = call("Runtime.evaluate",
					Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
			if (result.has("exceptionDetails")) {
				throw new IllegalStateException(
						"The page threw: " + result.path("exceptionDetails").path("exception").path("description"));
			}
			return result.path("result").path("value");
		}

		/** Evaluates {@code expression} until it is true. */
		void waitUntil(String expression, Duration timeout) throws InterruptedException {
			Instant deadline = Instant.now().plus(timeout);
			while (!evaluate("Boolean(" + expression + ")").asBoolean()) {
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("The page never satisfied: " + expression + "\n"
							+ evaluate("document.body ? document.body.innerText : ''").asString());
				}
				Thread.sleep(200);
			}
		}

		/** The whole page as PNG. */
		byte[] screenshot() {
			JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
			return Base64.getDecoder().decode(shot.path("data").asString());
		}

		static String quote(String text) {
			return JSON.writeValueAsString(text);
		}

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.message.append(data);
			if (last) {
				JsonNode received = JSON.readTree(this.message.toString());
				this.message.setLength(0);
				if (received.has("id")) {
					CompletableFuture<JsonNode> answer = this.pending.remove(received.path("id").asInt());
					if (answer != null) {
						answer.complete(received);
					}
				}
			}
			webSocket.request(1);
			return null;
		}

	}

}
