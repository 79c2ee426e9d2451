package org.disclosure.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A Kafka broker in KRaft mode (combined broker and controller) in its own JVM, run from
 * the jars the local-stack build copies to {@code target/stack/kafka-libs}. Started in
 * its own session, so Ctrl-C in a terminal does not stop it; {@link #close()} does.
 */
public final class KafkaBroker implements AutoCloseable {

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

	private static final Duration STOP_GRACE = Duration.ofSeconds(30);

	private final int port;

	private final int controllerPort;

	private final ProcessHandle process;

	private final Path logFile;

	private volatile DetachedProcess.ExitHook closeOnExit;

	private KafkaBroker(int port, int controllerPort, ProcessHandle process, Path logFile) {
		this.port = port;
		this.controllerPort = controllerPort;
		this.process = process;
		this.logFile = logFile;
	}

	/**
	 * Formats the storage under {@code <state>/kafka} once, starts the broker on
	 * {@code 127.0.0.1:port} and waits until it answers a metadata request (60 s at
	 * most).
	 * @param layout where the jars are and where data and logs go
	 * @param port the client (PLAINTEXT) port
	 * @return the running broker
	 */
	public static KafkaBroker start(StackLayout layout, int port) {
		return start(layout, port, 0);
	}

	/**
	 * As {@link #start(StackLayout, int)} with a chosen controller port; 0 reuses the
	 * port of an earlier start on the same state folder, or picks a free one.
	 * @param layout where the jars are and where data and logs go
	 * @param port the client (PLAINTEXT) port
	 * @param controllerPort the KRaft controller port, or 0
	 * @return the running broker
	 */
	public static KafkaBroker start(StackLayout layout, int port, int controllerPort) {
		Path libs = layout.kafkaLibs();
		if (!Files.isDirectory(libs)) {
			throw new IllegalStateException("The Kafka broker jars are missing (" + libs
					+ "); build them with: ./mvnw -pl local-stack package");
		}
		Path dir = layout.stateDir().resolve("kafka");
		Path dataDir = dir.resolve("data");
		Path properties = dir.resolve("server.properties");
		Path log = layout.logsDir().resolve("kafka.log");
		try {
			Files.createDirectories(dataDir);
			int cport = (controllerPort > 0) ? controllerPort
					: previousControllerPort(properties).filter(FreePorts::isFree).orElseGet(FreePorts::next);
			requireFree(port, "Kafka");
			requireFree(cport, "the Kafka controller");
			Files.writeString(properties, serverProperties(port, cport, dataDir), StandardCharsets.UTF_8);
			Path log4j = dir.resolve("log4j2.properties");
			try (InputStream in = KafkaBroker.class.getResourceAsStream("kafka-log4j2.properties")) {
				Files.copy(in, log4j, StandardCopyOption.REPLACE_EXISTING);
			}
			List<String> java = List.of(DetachedProcess.javaExecutable(), "-Xms256m", "-Xmx512m", "-XX:+UseG1GC",
					"-Djava.awt.headless=true", "-Dlog4j2.configurationFile=" + log4j, "-cp", libs + "/*");
			if (!Files.exists(dataDir.resolve("meta.properties"))) {
				format(java, properties, dir, log);
			}
			Process process = DetachedProcess.start(command(java, "kafka.Kafka", properties.toString()), Map.of(), dir,
					log);
			KafkaBroker broker = new KafkaBroker(port, cport, process.toHandle(), log);
			broker.closeOnExit = DetachedProcess.closeOnExit(broker, "kafka");
			try {
				broker.awaitReady(STARTUP_TIMEOUT);
			}
			catch (RuntimeException ex) {
				broker.close();
				throw ex;
			}
			return broker;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start Kafka" + LogTail.describe(log, 40), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting Kafka", ex);
		}
	}

	public String bootstrapServers() {
		return "127.0.0.1:" + this.port;
	}

	public int port() {
		return this.port;
	}

	public int controllerPort() {
		return this.controllerPort;
	}

	public long pid() {
		return this.process.pid();
	}

	public Path logFile() {
		return this.logFile;
	}

	/** Leaves the broker running when this JVM exits (the command line's {@code up}). */
	public KafkaBroker detach() {
		this.closeOnExit.cancel();
		return this;
	}

	/** Stops the broker: SIGTERM, then SIGKILL after 30 s. The data stays. */
	@Override
	public void close() {
		this.closeOnExit.cancel();
		DetachedProcess.stop(this.process, STOP_GRACE);
	}

	/**
	 * Whether a broker at {@code bootstrapServers} answers a metadata request within a
	 * few seconds.
	 */
	static boolean isReady(String bootstrapServers) {
		try (Admin admin = admin(bootstrapServers)) {
			return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static Admin admin(String bootstrapServers) {
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(AdminClientConfig.CLIENT_ID_CONFIG, "local-stack");
		config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
		config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
		config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
		return Admin.create(config);
	}

	static String serverProperties(int port, int controllerPort, Path dataDir) {
		return String.join("\n", "# Written by the local stack on every start.", "process.roles=broker,controller",
				"node.id=1", "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
				"listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
				"advertised.listeners=PLAINTEXT://127.0.0.1:" + port, "controller.listener.names=CONTROLLER",
				"inter.broker.listener.name=PLAINTEXT",
				"listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT", "log.dirs=" + dataDir,
				"num.partitions=1", "offsets.topic.replication.factor=1", "offsets.topic.num.partitions=5",
				"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
				"share.coordinator.state.topic.replication.factor=1", "share.coordinator.state.topic.min.isr=1",
				"group.initial.rebalance.delay.ms=0", "auto.create.topics.enable=true", "");
	}

	private static Optional<Integer> previousControllerPort(Path properties) {
		if (!Files.isRegularFile(properties)) {
			return Optional.empty();
		}
		try (InputStream in = Files.newInputStream(properties)) {
			Properties previous = new Properties();
			previous.load(in);
			String voters = previous.getProperty("controller.quorum.voters", "");
			int colon = voters.lastIndexOf(':');
			return (colon < 0) ? Optional.empty() : Optional.of(Integer.parseInt(voters.substring(colon + 1).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static void format(List<String> java, Path properties, Path dir, Path log)
			throws IOException, InterruptedException {
		List<String> command = command(java, "kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
				"-c", properties.toString());
		int exit = DetachedProcess.run(command, dir, log, Duration.ofSeconds(60));
		if (exit != 0) {
			throw new IllegalStateException(
					"Formatting the Kafka storage failed (exit " + exit + ")" + LogTail.describe(log, 40));
		}
	}

	private static List<String> command(List<String> java, String... args) {
		List<String> command = new ArrayList<>(java);
		command.addAll(List.of(args));
		return command;
	}

	private static void requireFree(int port, String what) {
		if (!FreePorts.isFree(port)) {
			throw new IllegalStateException("Port " + port + " for " + what + " is already in use");
		}
	}

	private void awaitReady(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!FreePorts.answers(this.port, Duration.ofMillis(500))) {
			checkProgress(deadline, null);
			Thread.sleep(200);
		}
		try (Admin admin = admin(bootstrapServers())) {
			while (true) {
				Exception last;
				try {
					if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
						return;
					}
					last = null;
				}
				catch (ExecutionException | TimeoutException ex) {
					last = ex;
				}
				checkProgress(deadline, last);
				Thread.sleep(250);
			}
		}
	}

	private void checkProgress(long deadline, Exception last) {
		if (!this.process.isAlive()) {
			throw new IllegalStateException("Kafka exited during startup" + LogTail.describe(this.logFile, 60));
		}
		if (System.nanoTime() > deadline) {
			throw new IllegalStateException("Kafka did not answer on port " + this.port + " within "
					+ STARTUP_TIMEOUT.toSeconds() + " s" + ((last != null) ? " (" + last.getMessage() + ")" : "")
					+ LogTail.describe(this.logFile, 60));
		}
	}

}
