package org.disclosure.support.blob;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.disclosure.stack.FreePorts;

/**
 * S3Proxy, a real S3-compatible server, on its filesystem backend in a folder, in a JVM
 * of its own (as the local stack runs Kafka): started from the jar the build copies from
 * Maven Central ({@code org.gaul:s3proxy}, see pipeline-support's pom), on a free port,
 * signing checked (AWS v2 or v4) with {@link #ACCESS_KEY} and {@link #SECRET_KEY}.
 */
final class S3ProxyServer implements AutoCloseable {

	/** The system property Failsafe sets to the jar's path. */
	static final String JAR_PROPERTY = "s3proxy.jar";

	static final String ACCESS_KEY = "pipeline-test";

	static final String SECRET_KEY = "pipeline-test-secret";

	private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);

	private final Process process;

	private final URI endpoint;

	private final Path log;

	private final Thread stopOnExit;

	private S3ProxyServer(Process process, URI endpoint, Path log) {
		this.process = process;
		this.endpoint = endpoint;
		this.log = log;
		this.stopOnExit = new Thread(process::destroyForcibly, "stop-s3proxy");
		Runtime.getRuntime().addShutdownHook(this.stopOnExit);
	}

	/**
	 * Starts S3Proxy with its data and log under {@code folder} and waits until it
	 * answers HTTP.
	 */
	static S3ProxyServer start(Path jar, Path folder) throws IOException, InterruptedException {
		Path data = Files.createDirectories(folder.resolve("data"));
		int port = FreePorts.next();
		URI endpoint = URI.create("http://127.0.0.1:" + port);
		Path properties = folder.resolve("s3proxy.properties");
		Files.writeString(properties,
				String.join("\n", "s3proxy.endpoint=" + endpoint, "s3proxy.authorization=aws-v2-or-v4",
						"s3proxy.identity=" + ACCESS_KEY, "s3proxy.credential=" + SECRET_KEY,
						"jclouds.provider=filesystem", "jclouds.filesystem.basedir=" + data, ""),
				StandardCharsets.UTF_8);
		Path log = folder.resolve("s3proxy.log");
		Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-jar", jar.toString(), "--properties", properties.toString()))
			.directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		S3ProxyServer server = new S3ProxyServer(process, endpoint, log);
		try {
			server.awaitAnswer();
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			server.close();
			throw ex;
		}
		return server;
	}

	URI endpoint() {
		return this.endpoint;
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
		try {
			Runtime.getRuntime().removeShutdownHook(this.stopOnExit);
		}
		catch (IllegalStateException shuttingDown) {
			// the hook runs anyway
		}
	}

	/** Any HTTP answer will do (an unsigned request is refused with 403). */
	private void awaitAnswer() throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(this.endpoint).timeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
		while (true) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"S3Proxy exited during startup (exit code " + this.process.exitValue() + ")" + logTail());
			}
			try {
				http.send(request, HttpResponse.BodyHandlers.discarding());
				return;
			}
			catch (IOException notYet) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("S3Proxy did not answer on " + this.endpoint + " within "
							+ STARTUP_LIMIT.toSeconds() + " s" + logTail());
				}
				Thread.sleep(200);
			}
		}
	}

	private String logTail() throws IOException {
		List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
		return "; the last lines of " + this.log + ":\n"
				+ String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
	}

}
