package org.disclosure.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A single Elasticsearch node from the distribution the local-stack build copies:
 * security off, loopback only, data and logs under the state folder. As root it runs as
 * {@code nobody}, since Elasticsearch refuses root. {@link #stop()} keeps the data, so
 * {@link #restart()} finds the same indices.
 */
public final class ElasticsearchNode implements AutoCloseable {

	static final String CLUSTER_NAME = "disclosure-pipeline";

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

	private static final Duration STOP_GRACE = Duration.ofSeconds(60);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final StackLayout layout;

	private final int httpPort;

	private final Path home;

	private final boolean asNobody;

	private volatile ProcessHandle process;

	private volatile DetachedProcess.ExitHook closeOnExit;

	private ElasticsearchNode(StackLayout layout, int httpPort, Path home, boolean asNobody) {
		this.layout = layout;
		this.httpPort = httpPort;
		this.home = home;
		this.asNobody = asNobody;
	}

	/**
	 * Unpacks the distribution (once per version), writes the node's configuration,
	 * starts it on {@code 127.0.0.1:httpPort} and waits until the cluster health is green
	 * or yellow (120 s at most).
	 * @param layout where the distribution is and where data and logs go
	 * @param httpPort the HTTP port
	 * @return the running node
	 */
	public static ElasticsearchNode start(StackLayout layout, int httpPort) {
		Path home;
		try {
			home = ElasticsearchDistribution.unpack(layout.elasticsearchZip());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot unpack " + layout.elasticsearchZip(), ex);
		}
		ElasticsearchNode node = new ElasticsearchNode(layout, httpPort, home, OsUser.current().isRoot());
		node.closeOnExit = DetachedProcess.closeOnExit(node, "elasticsearch");
		try {
			node.launch();
		}
		catch (RuntimeException ex) {
			node.close();
			throw ex;
		}
		return node;
	}

	public String httpUrl() {
		return "http://127.0.0.1:" + this.httpPort;
	}

	public int httpPort() {
		return this.httpPort;
	}

	/** The server's pid, or -1 when stopped. */
	public long pid() {
		ProcessHandle current = this.process;
		return (current != null) ? current.pid() : -1;
	}

	/** The node's main log file. */
	public Path logFile() {
		return logsDir().resolve(CLUSTER_NAME + ".log");
	}

	/**
	 * Stops the node (SIGTERM, then SIGKILL after 60 s); data stays for
	 * {@link #restart()}.
	 */
	public void stop() {
		ProcessHandle current = this.process;
		this.process = null;
		if (current == null) {
			// interrupted during startup: the server may have written its pid file
			// already
			current = readPid().orElse(null);
		}
		if (current != null) {
			DetachedProcess.stop(current, STOP_GRACE);
		}
	}

	/**
	 * Starts the node again on the same HTTP port and data and waits until it is healthy.
	 */
	public void restart() {
		stop();
		launch();
	}

	/** Leaves the node running when this JVM exits (the command line's {@code up}). */
	public ElasticsearchNode detach() {
		this.closeOnExit.cancel();
		return this;
	}

	@Override
	public void close() {
		this.closeOnExit.cancel();
		stop();
	}

	/**
	 * The cluster health status at {@code url} ({@code green}, {@code yellow},
	 * {@code red}), or empty when nothing answers.
	 */
	static Optional<String> health(String url) {
		try {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
				.timeout(Duration.ofSeconds(5))
				.GET()
				.build();
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return Optional.ofNullable(Json.text(Json.parse(response.body()), "status"));
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	static boolean isHealthy(String url) {
		return health(url).filter((status) -> status.equals("green") || status.equals("yellow")).isPresent();
	}

	private Path nodeDir() {
		return this.layout.stateDir().resolve("elasticsearch");
	}

	private Path configDir() {
		return nodeDir().resolve("config");
	}

	private Path dataDir() {
		return nodeDir().resolve("data");
	}

	private Path pidFile() {
		return nodeDir().resolve("run").resolve("elasticsearch.pid");
	}

	private Path logsDir() {
		return this.layout.logsDir().resolve("elasticsearch");
	}

	private Path launcherLog() {
		return this.layout.logsDir().resolve("elasticsearch-launcher.log");
	}

	private void launch() {
		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
		try {
			if (!FreePorts.isFree(this.httpPort)) {
				throw new IllegalStateException("Port " + this.httpPort + " for Elasticsearch is already in use");
			}
			prepare(FreePorts.next());
			Process launcher = DetachedProcess.start(command(), Map.of(), this.home, launcherLog());
			// With -d the launcher returns once the server is up (or has failed).
			if (!launcher.waitFor(STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				launcher.destroyForcibly();
				readPid().ifPresent((pid) -> DetachedProcess.stop(pid, Duration.ofSeconds(5)));
				throw failure("did not start within " + STARTUP_TIMEOUT.toSeconds() + " s");
			}
			if (launcher.exitValue() != 0) {
				throw failure("failed to start (launcher exit " + launcher.exitValue() + ")");
			}
			this.process = readPid().orElseThrow(() -> failure("started but wrote no pid file at " + pidFile()));
			while (!isHealthy(httpUrl())) {
				if (!this.process.isAlive()) {
					this.process = null;
					throw failure("exited during startup");
				}
				if (System.nanoTime() > deadline) {
					throw failure("was not healthy within " + STARTUP_TIMEOUT.toSeconds() + " s");
				}
				Thread.sleep(500);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start Elasticsearch" + logTails(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting Elasticsearch", ex);
		}
	}

	private List<String> command() {
		List<String> command = new ArrayList<>();
		if (this.asNobody) {
			command.addAll(List.of(runuser(), "-u", OsUser.ELASTICSEARCH_ACCOUNT, "--"));
		}
		command.addAll(List.of("/usr/bin/env", "ES_JAVA_HOME=" + System.getProperty("java.home"),
				"ES_PATH_CONF=" + configDir(), "ES_JAVA_OPTS=-Xms512m -Xmx512m",
				this.home.resolve("bin/elasticsearch").toString(), "-d", "-p", pidFile().toString()));
		return command;
	}

	private void prepare(int transportPort) throws IOException, InterruptedException {
		Files.createDirectories(configDir());
		Files.createDirectories(dataDir());
		Files.createDirectories(pidFile().getParent());
		Files.createDirectories(logsDir());
		Files.deleteIfExists(pidFile());
		try (Stream<Path> defaults = Files.list(this.home.resolve("config"))) {
			for (Path source : (Iterable<Path>) defaults::iterator) {
				Path target = configDir().resolve(source.getFileName().toString());
				if (!Files.exists(target)) {
					if (Files.isDirectory(source)) {
						Files.createDirectories(target);
					}
					else {
						Files.copy(source, target);
					}
				}
			}
		}
		Files.writeString(configDir().resolve("elasticsearch.yml"), settings(transportPort), StandardCharsets.UTF_8);
		if (this.asNobody) {
			handToNobody();
		}
	}

	String settings(int transportPort) {
		return String.join("\n", "# Written by the local stack on every start.", "cluster.name: " + CLUSTER_NAME,
				"node.name: local", "discovery.type: single-node", "xpack.security.enabled: false",
				"network.host: 127.0.0.1", "http.port: " + this.httpPort, "transport.port: " + transportPort,
				"path.data: " + Json.quote(dataDir().toString()), "path.logs: " + Json.quote(logsDir().toString()),
				"# A nearly full temporary disk must not make the indices read-only.",
				"cluster.routing.allocation.disk.threshold_enabled: false", "");
	}

	/** Gives the node's folders to {@code nobody} and checks that it can reach them. */
	private void handToNobody() throws IOException, InterruptedException {
		UserPrincipal nobody = nodeDir().getFileSystem()
			.getUserPrincipalLookupService()
			.lookupPrincipalByName(OsUser.ELASTICSEARCH_ACCOUNT);
		Folders.openForOthers(this.layout.stateDir());
		Folders.openForOthers(this.layout.logsDir());
		Folders.chownTree(nodeDir(), nobody);
		Folders.chownTree(logsDir(), nobody);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> check = List.of(runuser(), "-u", OsUser.ELASTICSEARCH_ACCOUNT, "--", "/bin/sh", "-c",
				"test -w \"$1\" && test -w \"$2\" && test -w \"$3\" && test -w \"$4\" && test -x \"$5\" && test -x \"$6\"",
				"check", configDir().toString(), dataDir().toString(), pidFile().getParent().toString(),
				logsDir().toString(), java, this.home.resolve("bin/elasticsearch").toString());
		Path log = launcherLog();
		if (DetachedProcess.run(check, this.home, log, Duration.ofSeconds(30)) != 0) {
			throw new IllegalStateException("The account '" + OsUser.ELASTICSEARCH_ACCOUNT
					+ "' cannot reach the Elasticsearch folders under " + nodeDir() + " or " + logsDir() + ", or run "
					+ java + ". A parent folder may be closed to other accounts: keep the state folder under "
					+ System.getProperty("java.io.tmpdir") + " (PIPELINE_STATE_DIR).");
		}
	}

	private static String runuser() {
		for (String candidate : List.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser")) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		throw new IllegalStateException("Elasticsearch refuses to run as root and 'runuser' (util-linux) is missing;"
				+ " run the stack as a normal user");
	}

	private Optional<ProcessHandle> readPid() {
		return DetachedProcess.fromPidFile(pidFile());
	}

	private IllegalStateException failure(String what) {
		return new IllegalStateException("Elasticsearch on port " + this.httpPort + " " + what + logTails());
	}

	private String logTails() {
		return LogTail.describe(launcherLog(), 30) + LogTail.describe(logFile(), 60);
	}

}
