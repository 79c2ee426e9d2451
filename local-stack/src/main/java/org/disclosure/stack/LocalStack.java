package org.disclosure.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The stack the command line manages: Kafka, Elasticsearch and the four services, started
 * detached and found again through their pid files in {@code <state>/pids}.
 */
final class LocalStack {

	static final String KAFKA = "kafka";

	static final String ELASTICSEARCH = "elasticsearch";

	private static final Duration SERVICE_STARTUP = Duration.ofMinutes(4);

	private static final Duration SERVICE_STOP = Duration.ofSeconds(30);

	private static final Duration INFRA_STOP = Duration.ofSeconds(60);

	/** The time window of the figures {@code status} shows. */
	static final String MONITOR_WINDOW = "15m";

	private final StackLayout layout;

	private final StackSettings settings;

	private final Map<String, String> env;

	private final PrintStream out;

	LocalStack(StackLayout layout, StackSettings settings, Map<String, String> env, PrintStream out) {
		this.layout = layout;
		this.settings = settings;
		this.env = env;
		this.out = out;
	}

	/**
	 * Starts what is not running yet and waits until everything is healthy; 0 when all
	 * is.
	 */
	int up() throws IOException, InterruptedException {
		Files.createDirectories(this.layout.logsDir());
		Files.createDirectories(this.layout.pidsDir());
		Files.createDirectories(this.layout.blobStoreDir());
		String apiKey = apiKey(true);
		List<String> missing = StackSettings.SERVICES.stream()
			.filter((service) -> !Files.isRegularFile(this.layout.serviceJar(service)))
			.toList();
		ensureKafka();
		ensureElasticsearch();
		Map<String, ServiceProcess> started = new LinkedHashMap<>();
		List<String> waiting = new ArrayList<>();
		for (String service : StackSettings.SERVICES) {
			if (missing.contains(service)) {
				continue;
			}
			Optional<ProcessHandle> running = runningFromPidFile(service);
			if (running.isPresent()) {
				if (ServiceProcess.isHealthy(this.settings.serviceUrl(service))) {
					this.out.printf("%-17s already running (pid %d)%n", service, running.get().pid());
				}
				else {
					waiting.add(service);
				}
				continue;
			}
			ServiceProcess process = ServiceProcess
				.start(this.layout, service, this.settings.servicePort(service), serviceEnv(service, apiKey))
				.detach();
			DetachedProcess.writePid(pidFile(service), process.pid());
			this.out.printf("%-17s starting on port %d (pid %d)%n", service, process.port(), process.pid());
			started.put(service, process);
		}
		List<String> problems = new ArrayList<>();
		for (ServiceProcess process : started.values()) {
			try {
				process.awaitHealthy(SERVICE_STARTUP);
				this.out.printf("%-17s healthy%n", process.name());
			}
			catch (IllegalStateException ex) {
				problems.add(ex.getMessage());
			}
		}
		for (String service : waiting) {
			String url = this.settings.serviceUrl(service);
			if (awaitTrue(() -> ServiceProcess.isHealthy(url), SERVICE_STARTUP)) {
				this.out.printf("%-17s healthy%n", service);
			}
			else {
				problems.add(service + " runs but is not healthy at " + url + "/actuator/health; see "
						+ this.layout.logsDir().resolve(service + ".log"));
			}
		}
		this.out.println();
		summary(apiKey, missing);
		for (String problem : problems) {
			this.out.println();
			this.out.println("PROBLEM: " + problem);
		}
		if (!missing.isEmpty()) {
			this.out.println();
			this.out.println("NOT BUILT: " + String.join(", ", missing) + " (missing "
					+ missing.stream()
						.map((service) -> this.layout.repoRoot().relativize(this.layout.serviceJar(service)).toString())
						.reduce((a, b) -> a + ", " + b)
						.orElse("")
					+ ").");
			this.out.println("Build them with: ./mvnw -DskipTests install   (./pipeline up does this itself unless "
					+ "PIPELINE_SKIP_BUILD=1)");
		}
		return (missing.isEmpty() && problems.isEmpty()) ? 0 : 1;
	}

	/**
	 * Stops the services, then Kafka and Elasticsearch; {@code purge} also deletes their
	 * data.
	 */
	int down(boolean purge) throws IOException {
		List<String> stopped = new ArrayList<>();
		stopAll(reversed(StackSettings.SERVICES), SERVICE_STOP, stopped);
		stopAll(List.of(KAFKA, ELASTICSEARCH), INFRA_STOP, stopped);
		this.out.println(stopped.isEmpty() ? "Nothing was running." : "Stopped " + String.join(", ", stopped) + ".");
		if (purge) {
			for (String data : List.of("kafka", "elasticsearch", "blobs")) {
				Folders.deleteTree(this.layout.stateDir().resolve(data));
			}
			this.out.println("Deleted the topics, indices and blobs under " + this.layout.stateDir()
					+ " (logs and the API key stay).");
		}
		return 0;
	}

	/**
	 * Prints each component's state, then index-service's figures of the pipeline
	 * (topics, lag, stages, failures, stuck documents); when index-service cannot give
	 * them, the topics' end offsets and the consumer groups' lag read from Kafka.
	 * @param color whether to mark what needs attention with ANSI colours
	 */
	int status(boolean color) throws InterruptedException {
		boolean allHealthy = true;
		this.out.printf("%-17s %-10s %-8s %s%n", "COMPONENT", "STATE", "PID", "ADDRESS");
		allHealthy &= statusLine(KAFKA, this.settings.kafkaPort(), this.settings.bootstrapServers(),
				() -> KafkaBroker.isReady(this.settings.bootstrapServers()));
		allHealthy &= statusLine(ELASTICSEARCH, this.settings.elasticsearchPort(), this.settings.elasticsearchUrl(),
				() -> ElasticsearchNode.isHealthy(this.settings.elasticsearchUrl()));
		for (String service : StackSettings.SERVICES) {
			String url = this.settings.serviceUrl(service);
			allHealthy &= statusLine(service, this.settings.servicePort(service), url,
					() -> ServiceProcess.isHealthy(url));
		}
		this.out.println(ocrAvailability(ServiceProcess.health(this.settings.serviceUrl(StackSettings.PARSE))));
		this.out.println();
		if (!printMonitor(color)) {
			printBacklog();
		}
		this.out.println();
		this.out.println("Logs:  " + this.layout.logsDir());
		this.out.println("State: " + this.layout.stateDir());
		return allHealthy ? 0 : 1;
	}

	/**
	 * Whether parse-service can read scans, from its health: the OCR engine, or why not.
	 * @param health the answer of parse-service's {@code /actuator/health}, or null
	 */
	static String ocrAvailability(Object health) {
		Object ocr = (health != null) ? Json.at(health, "components.parser.details.ocr") : null;
		if (ocr == null) {
			return "OCR: unknown (parse-service does not say)";
		}
		if (Boolean.TRUE.equals(Json.at(ocr, "available"))) {
			return "OCR: available, " + Json.text(ocr, "engine");
		}
		return "OCR: unavailable, scans fail as ocr_unavailable: " + Json.text(ocr, "message");
	}

	/**
	 * Prints index-service's figures of the pipeline; false, saying why, when it cannot
	 * give them (down, or a build without the monitor).
	 */
	private boolean printMonitor(boolean color) throws InterruptedException {
		String url = this.settings.serviceUrl(StackSettings.INDEX);
		try {
			this.out.print(MonitorReport.format(new MonitorClient(url).read(MONITOR_WINDOW), color));
			return true;
		}
		catch (IOException | IllegalStateException | IllegalArgumentException ex) {
			this.out.println("No pipeline figures from index-service at " + url + " (" + reason(ex) + ").");
			this.out.println("Kafka's offsets follow; window counts, latency, failures and stuck documents need it.");
			this.out.println();
			return false;
		}
	}

	/** The topics' end offsets and the consumer groups' lag, read from Kafka itself. */
	private void printBacklog() throws InterruptedException {
		if (!FreePorts.answers(this.settings.kafkaPort(), Duration.ofSeconds(1))) {
			this.out.println("Kafka is not reachable: no topic offsets or consumer lag.");
			return;
		}
		try {
			this.out.print(TopicBacklog.read(this.settings.bootstrapServers()).format());
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			this.out.println("Cannot read topic offsets: " + ex.getMessage());
		}
	}

	private static String reason(Exception ex) {
		if (ex instanceof ConnectException) {
			return "it does not answer";
		}
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

	/**
	 * The API key: {@code PIPELINE_API_KEY}, else the one kept in
	 * {@code <state>/api-key}.
	 */
	String apiKey(boolean generateIfMissing) throws IOException {
		String fromEnv = this.env.get("PIPELINE_API_KEY");
		if (fromEnv != null && !fromEnv.isBlank()) {
			return fromEnv.trim();
		}
		Path file = this.layout.stateDir().resolve("api-key");
		if (Files.isRegularFile(file)) {
			return Files.readString(file, StandardCharsets.US_ASCII).trim();
		}
		if (!generateIfMissing) {
			throw new IllegalStateException("No API key yet: run ./pipeline up first, or set PIPELINE_API_KEY");
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		String key = HexFormat.of().formatHex(random);
		Files.createDirectories(file.getParent());
		Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(file, key + "\n", StandardCharsets.US_ASCII);
		return key;
	}

	/**
	 * The log file of a component, by full or short name ({@code ingest}, {@code es}).
	 */
	Path logFile(String name) {
		String component = switch (name) {
			case "es" -> ELASTICSEARCH;
			case "ingest", "parse", "validate", "index" -> name + "-service";
			default -> name;
		};
		if (component.equals(ELASTICSEARCH)) {
			return this.layout.logsDir().resolve("elasticsearch").resolve(ElasticsearchNode.CLUSTER_NAME + ".log");
		}
		Path named = this.layout.logsDir().resolve(component + ".log");
		if (Files.exists(named) || component.equals(KAFKA) || StackSettings.SERVICES.contains(component)) {
			return named;
		}
		Path exact = this.layout.logsDir().resolve(component).normalize();
		if (exact.startsWith(this.layout.logsDir()) && Files.isRegularFile(exact)) {
			return exact;
		}
		throw new UsageException("No log named '" + name + "'; try kafka, elasticsearch, "
				+ String.join(", ", StackSettings.SERVICES) + " or a file in " + this.layout.logsDir());
	}

	/** The files in the logs folder, relative to it, with their sizes. */
	List<String> logListing() throws IOException {
		if (!Files.isDirectory(this.layout.logsDir())) {
			return List.of();
		}
		List<Path> files;
		try (Stream<Path> walk = Files.walk(this.layout.logsDir())) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		int width = files.stream()
			.mapToInt((file) -> this.layout.logsDir().relativize(file).toString().length())
			.max()
			.orElse(0);
		List<String> listing = new ArrayList<>();
		for (Path file : files) {
			listing.add(String.format("%-" + width + "s  %s", this.layout.logsDir().relativize(file),
					ProgressBar.bytes(Files.size(file))));
		}
		return listing;
	}

	Map<String, String> serviceEnv(String service, String apiKey) {
		Map<String, String> serviceEnv = new HashMap<>();
		serviceEnv.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", this.settings.bootstrapServers());
		// The blobs stay in the state folder, whatever backend the calling shell names.
		serviceEnv.put("PIPELINE_BLOB_STORE_BACKEND", "filesystem");
		serviceEnv.put("PIPELINE_BLOB_STORE_ROOT", this.layout.blobStoreDir().toString());
		if (service.equals(StackSettings.INDEX)) {
			serviceEnv.put("PIPELINE_ELASTICSEARCH_URL", this.settings.elasticsearchUrl());
			serviceEnv.put("SPRING_ELASTICSEARCH_URIS", this.settings.elasticsearchUrl());
			// ./pipeline reindex starts the rebuild by replay with it
			serviceEnv.put("PIPELINE_API_KEY", apiKey);
		}
		if (service.equals(StackSettings.INGEST)) {
			serviceEnv.put("PIPELINE_API_KEY", apiKey);
		}
		return serviceEnv;
	}

	private void summary(String apiKey, List<String> missing) {
		this.out.printf("%-17s %s%n", "Kafka", this.settings.bootstrapServers());
		this.out.printf("%-17s %s%n", "Elasticsearch", this.settings.elasticsearchUrl());
		for (String service : StackSettings.SERVICES) {
			if (missing.contains(service)) {
				this.out.printf("%-17s %s%n", service, "(not built)");
				continue;
			}
			String note = switch (service) {
				case StackSettings.INGEST -> "   POST /api/v1/documents";
				case StackSettings.INDEX -> "   GET /api/v1/search?q=…";
				default -> "";
			};
			this.out.printf("%-17s %s%s%n", service, this.settings.serviceUrl(service), note);
		}
		if (!missing.contains(StackSettings.INDEX)) {
			this.out.printf("%-17s %s/monitor%n", "Monitor", this.settings.serviceUrl(StackSettings.INDEX));
		}
		this.out.printf("%-17s %s   (header X-Api-Key)%n", "API key", apiKey);
		this.out.printf("%-17s %s%n", "Logs", this.layout.logsDir());
	}

	private void ensureKafka() throws IOException, InterruptedException {
		String bootstrap = this.settings.bootstrapServers();
		Optional<ProcessHandle> running = runningFromPidFile(KAFKA);
		if (running.isPresent()) {
			if (!awaitTrue(() -> KafkaBroker.isReady(bootstrap), Duration.ofSeconds(60))) {
				throw new IllegalStateException(
						"Kafka (pid " + running.get().pid() + ") runs but does not answer on " + bootstrap + "; see "
								+ this.layout.logsDir().resolve("kafka.log") + " or run ./pipeline down");
			}
			this.out.printf("%-17s already running (pid %d)%n", KAFKA, running.get().pid());
			return;
		}
		requireFree(this.settings.kafkaPort(), "KAFKA_PORT", "Kafka");
		this.out.printf("%-17s starting on port %d …%n", KAFKA, this.settings.kafkaPort());
		long started = System.nanoTime();
		KafkaBroker broker = KafkaBroker
			.start(this.layout, this.settings.kafkaPort(), this.settings.kafkaControllerPort())
			.detach();
		DetachedProcess.writePid(pidFile(KAFKA), broker.pid());
		this.out.printf("%-17s ready (pid %d, %d s)%n", KAFKA, broker.pid(), seconds(started));
	}

	private void ensureElasticsearch() throws IOException, InterruptedException {
		String url = this.settings.elasticsearchUrl();
		Optional<ProcessHandle> running = runningFromPidFile(ELASTICSEARCH);
		if (running.isPresent()) {
			if (!awaitTrue(() -> ElasticsearchNode.isHealthy(url), Duration.ofSeconds(120))) {
				throw new IllegalStateException(
						"Elasticsearch (pid " + running.get().pid() + ") runs but is not healthy at " + url + "; see "
								+ this.layout.logsDir().resolve("elasticsearch") + " or run ./pipeline down");
			}
			this.out.printf("%-17s already running (pid %d)%n", ELASTICSEARCH, running.get().pid());
			return;
		}
		requireFree(this.settings.elasticsearchPort(), "ES_PORT", "Elasticsearch");
		this.out.printf("%-17s starting on port %d (about 30-60 s) …%n", ELASTICSEARCH,
				this.settings.elasticsearchPort());
		long started = System.nanoTime();
		ElasticsearchNode node = ElasticsearchNode.start(this.layout, this.settings.elasticsearchPort()).detach();
		DetachedProcess.writePid(pidFile(ELASTICSEARCH), node.pid());
		this.out.printf("%-17s ready (pid %d, %d s)%n", ELASTICSEARCH, node.pid(), seconds(started));
	}

	private boolean statusLine(String component, int port, String address, BooleanSupplier healthy) {
		Optional<ProcessHandle> running = runningFromPidFile(component);
		String state;
		String pid = "-";
		boolean ok = false;
		if (running.isPresent()) {
			pid = Long.toString(running.get().pid());
			ok = healthy.getAsBoolean();
			state = ok ? "healthy" : "unhealthy";
		}
		else if (FreePorts.answers(port, Duration.ofMillis(500))) {
			ok = healthy.getAsBoolean();
			state = "foreign";
			address = address + "   (port in use, not started by ./pipeline with this state folder)";
		}
		else {
			state = "stopped";
		}
		this.out.printf("%-17s %-10s %-8s %s%n", component, state, pid, address);
		return ok;
	}

	private void stopAll(List<String> components, Duration grace, List<String> stopped) throws IOException {
		Map<String, ProcessHandle> running = new LinkedHashMap<>();
		for (String component : components) {
			runningFromPidFile(component).ifPresent((process) -> running.put(component, process));
		}
		running.values().forEach(ProcessHandle::destroy);
		for (Map.Entry<String, ProcessHandle> entry : running.entrySet()) {
			DetachedProcess.stop(entry.getValue(), grace);
			stopped.add(entry.getKey());
		}
		for (String component : components) {
			Files.deleteIfExists(pidFile(component));
		}
	}

	/**
	 * The component's process from its pid file, if it still runs and is a JVM (not a
	 * reused pid).
	 */
	private Optional<ProcessHandle> runningFromPidFile(String component) {
		return DetachedProcess.fromPidFile(pidFile(component))
			.filter((process) -> process.info().command().map((command) -> command.endsWith("java")).orElse(true));
	}

	private Path pidFile(String component) {
		return this.layout.pidsDir().resolve(component + ".pid");
	}

	private static void requireFree(int port, String variable, String what) {
		if (!FreePorts.isFree(port)) {
			throw new IllegalStateException("Port " + port + " for " + what + " is in use by a process ./pipeline did "
					+ "not start. Stop it, or choose another port: " + variable + "=<port> ./pipeline up");
		}
	}

	private static boolean awaitTrue(BooleanSupplier condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(1000);
		}
		return true;
	}

	private static List<String> reversed(List<String> list) {
		List<String> copy = new ArrayList<>(list);
		Collections.reverse(copy);
		return copy;
	}

	private static long seconds(long startNanos) {
		return Duration.ofNanos(System.nanoTime() - startNanos).toSeconds();
	}

}
