package org.disclosure.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.disclosure.stack.FreePorts;
import org.disclosure.stack.ServiceProcess;
import org.disclosure.stack.StackLayout;

/**
 * The four services started from their executable jars as separate processes, as
 * {@code ./pipeline up} starts them, joined to the given infrastructure.
 */
final class RunningPipeline implements AutoCloseable {

	static final String API_KEY = "e2e-" + UUID.randomUUID();

	private final List<ServiceProcess> services = new ArrayList<>();

	private final StackLayout layout;

	private final Map<String, String> env;

	private RunningPipeline(StackLayout layout, PipelineInfrastructure infrastructure, Map<String, String> settings) {
		this.layout = layout;
		Path blobs = layout.stateDir().resolve("blobs");
		Map<String, String> common = new HashMap<>(Map.of("SPRING_KAFKA_BOOTSTRAP_SERVERS",
				infrastructure.kafkaBootstrapServers(), "PIPELINE_BLOB_STORE_ROOT", blobs.toString(),
				"PIPELINE_ELASTICSEARCH_URL", infrastructure.elasticsearchUrl(), "PIPELINE_API_KEY", API_KEY));
		common.putAll(settings);
		this.env = Map.copyOf(common);
		start("ingest-service", FreePorts.next());
		start("parse-service", FreePorts.next());
		start("validate-service", FreePorts.next());
		start("index-service", FreePorts.next());
		this.services.forEach((service) -> service.awaitHealthy(Duration.ofMinutes(3)));
	}

	static RunningPipeline start(StackLayout layout, PipelineInfrastructure infrastructure) {
		return new RunningPipeline(layout, infrastructure, Map.of());
	}

	/**
	 * The pipeline with extra environment for every service (e.g. a short parse time
	 * limit).
	 */
	static RunningPipeline start(StackLayout layout, PipelineInfrastructure infrastructure,
			Map<String, String> settings) {
		return new RunningPipeline(layout, infrastructure, settings);
	}

	private ServiceProcess start(String name, int port) {
		ServiceProcess service = ServiceProcess.start(this.layout, name, port, this.env);
		this.services.add(service);
		return service;
	}

	/**
	 * Kills {@code name} with SIGKILL, as a crash would, and starts it again on its port.
	 */
	void killAndRestart(String name) {
		ServiceProcess killed = this.services.stream()
			.filter((service) -> service.name().equals(name))
			.findFirst()
			.orElseThrow();
		killed.kill();
		this.services.remove(killed);
		start(name, killed.port()).awaitHealthy(Duration.ofMinutes(3));
	}

	String ingestUrl() {
		return baseUrl("ingest-service");
	}

	String indexUrl() {
		return baseUrl("index-service");
	}

	/** The base URL of the running service {@code name}, e.g. {@code parse-service}. */
	String baseUrl(String name) {
		return this.services.stream()
			.filter((service) -> service.name().equals(name))
			.findFirst()
			.orElseThrow()
			.baseUrl();
	}

	@Override
	public void close() {
		this.services.forEach(ServiceProcess::close);
	}

}
