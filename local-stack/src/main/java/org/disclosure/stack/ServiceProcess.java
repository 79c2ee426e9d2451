package org.disclosure.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the pipeline's Spring Boot services, run from its executable jar
 * ({@code <repo>/<name>/target/<name>-exec.jar}) in its own JVM and session, logging to
 * {@code <logs>/<name>.log}.
 */
public final class ServiceProcess implements AutoCloseable {

	private static final Duration STOP_GRACE = Duration.ofSeconds(30);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final int port;

	private final ProcessHandle process;

	private final Path logFile;

	private volatile DetachedProcess.ExitHook closeOnExit;

	private ServiceProcess(String name, int port, ProcessHandle process, Path logFile) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.logFile = logFile;
	}

	/**
	 * Starts {@code java -Xmx384m -XX:+UseSerialGC -jar <name>-exec.jar} with {@code env}
	 * plus {@code SERVER_PORT=port}. Returns at once; see
	 * {@link #awaitHealthy(Duration)}. The serial collector suits a service's small heap
	 * and its work, records in batches with no pause to keep short: G1, which the JVM
	 * picks on a machine of two cores, ran concurrent threads beside it (in index-service
	 * 13 ms of CPU a document under {@code ./pipeline bench}).
	 * @param layout where the jar is and where the log goes
	 * @param name the module name, e.g. {@code ingest-service}
	 * @param port the HTTP port
	 * @param env environment variables for the service
	 * @return the started service
	 */
	public static ServiceProcess start(StackLayout layout, String name, int port, Map<String, String> env) {
		return start(layout, name, name, port, env);
	}

	/**
	 * Starts one of several instances of a service, as
	 * {@link #start(StackLayout, String, int, Map)} does, logging to
	 * {@code <logs>/<instance>.log}.
	 * @param instance the instance's name, e.g. {@code parse-service-2}
	 */
	public static ServiceProcess start(StackLayout layout, String name, String instance, int port,
			Map<String, String> env) {
		Path jar = layout.serviceJar(name);
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(
					"The " + name + " jar is missing (" + jar + "); build it with: ./mvnw -DskipTests install");
		}
		if (!FreePorts.isFree(port)) {
			throw new IllegalStateException("Port " + port + " for " + name + " is already in use");
		}
		Path log = layout.logsDir().resolve(instance + ".log");
		Map<String, String> environment = new HashMap<>(env);
		environment.put("SERVER_PORT", Integer.toString(port));
		List<String> command = List.of(DetachedProcess.javaExecutable(), "-Xmx384m", "-XX:+UseSerialGC",
				"-Dfile.encoding=UTF-8", "-jar", jar.toString());
		try {
			Process process = DetachedProcess.start(command, environment, layout.repoRoot(), log);
			ServiceProcess service = new ServiceProcess(name, port, process.toHandle(), log);
			service.closeOnExit = DetachedProcess.closeOnExit(service, name);
			return service;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + name, ex);
		}
	}

	/**
	 * Waits until {@code /actuator/health} answers {@code {"status":"UP"}}.
	 * @param timeout how long to wait
	 * @throws IllegalStateException with the log's last lines when the service exits or
	 * the time runs out
	 */
	public void awaitHealthy(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!isHealthy(baseUrl())) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						this.name + " exited during startup" + LogTail.describe(this.logFile, 80));
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(this.name + " was not healthy at " + baseUrl()
						+ "/actuator/health within " + timeout.toSeconds() + " s" + LogTail.describe(this.logFile, 80));
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for " + this.name, ex);
			}
		}
	}

	public String name() {
		return this.name;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	public int port() {
		return this.port;
	}

	public long pid() {
		return this.process.pid();
	}

	public Path logFile() {
		return this.logFile;
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** Ends the service abruptly (SIGKILL), as a crash would. */
	public void kill() {
		this.process.destroyForcibly();
		DetachedProcess.awaitExit(this.process, Duration.ofSeconds(10));
	}

	/** Leaves the service running when this JVM exits (the command line's {@code up}). */
	public ServiceProcess detach() {
		this.closeOnExit.cancel();
		return this;
	}

	/**
	 * Stops the service: SIGTERM (a graceful Spring shutdown), then SIGKILL after 30 s.
	 */
	@Override
	public void close() {
		this.closeOnExit.cancel();
		DetachedProcess.stop(this.process, STOP_GRACE);
	}

	/**
	 * The answer of {@code baseUrl/actuator/health} (components with their details), or
	 * null when the service does not answer.
	 */
	static Object health(String baseUrl) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
				.timeout(Duration.ofSeconds(3))
				.GET()
				.build();
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return Json.parse(response.body());
		}
		catch (IOException | IllegalArgumentException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** Whether {@code baseUrl/actuator/health} answers {@code "status":"UP"}. */
	static boolean isHealthy(String baseUrl) {
		return "UP".equals(Json.text(health(baseUrl), "status"));
	}

}
