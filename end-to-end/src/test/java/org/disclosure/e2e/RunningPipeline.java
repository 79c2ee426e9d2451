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

	/** Instances started per service, the killed ones included. */
	private final Map<String, Integer> started = new HashMap<>();

	private RunningPipeline(StackLayout layout, PipelineInfrastructure infrastructure, Map<String, String> settings,
			Map<String, Integer> instances) {
		this.layout = layout;
		Path blobs = layout.stateDir().resolve("blobs");
		Map<String, String> common = new HashMap<>(Map.of("SPRING_KAFKA_BOOTSTRAP_SERVERS",
				infrastructure.kafkaBootstrapServers(), "PIPELINE_BLOB_STORE_ROOT", blobs.toString(),
				"PIPELINE_ELASTICSEARCH_URL", infrastructure.elasticsearchUrl(), "PIPELINE_API_KEY", API_KEY));
		common.putAll(settings);
		this.env = Map.copyOf(common);
		for (String name : List.of("ingest-service", "parse-service", "validate-service", "index-service")) {
			for (int instance = 1; instance <= instances.getOrDefault(name, 1); instance++) {
				start(name, (instance == 1) ? name : name + "-" + instance, FreePorts.next());
			}
		}
		this.services.forEach((service) -> service.awaitHealthy(Duration.ofMinutes(3)));
	}

	static RunningPipeline start(StackLayout layout, PipelineInfrastructure infrastructure) {
		return new RunningPipeline(layout, infrastructure, Map.of(), Map.of());
	}

	/**
	 * The pipeline with extra environment for every service (e.g. a short parse time
	 * limit).
	 */
	static RunningPipeline start(StackLayout layout, PipelineInfrastructure infrastructure,
			Map<String, String> settings) {
		return new RunningPipeline(layout, infrastructure, settings, Map.of());
	}

	/**
	 * The pipeline with several instances of some services in their consumer groups (one
	 * of each service the map leaves out), each logging to {@code <service>-<n>.log}.
	 */
	static RunningPipeline start(StackLayout layout, PipelineInfrastructure infrastructure,
			Map<String, String> settings, Map<String, Integer> instances) {
		return new RunningPipeline(layout, infrastructure, settings, instances);
	}

	private ServiceProcess start(String name, String instance, int port) {
		this.started.merge(name, 1, Integer::sum);
		ServiceProcess service = ServiceProcess.start(this.layout, name, instance, port, this.env);
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
		start(name, name, killed.port()).awaitHealthy(Duration.ofMinutes(3));
	}

	/**
	 * Starts one more instance of {@code name}, named after the instances started so far,
	 * and waits until it is healthy.
	 */
	ServiceProcess startAnother(String name) {
		String instance = name + "-" + (this.started.getOrDefault(name, 0) + 1);
		ServiceProcess service = start(name, instance, FreePorts.next());
		service.awaitHealthy(Duration.ofMinutes(3));
		return service;
	}

	/** The running instances of {@code name}, in the order they were started. */
	List<ServiceProcess> instances(String name) {
		return this.services.stream().filter((service) -> service.name().equals(name)).toList();
	}

	/** Kills {@code instance} with SIGKILL, as a crash would, and leaves it dead. */
	void kill(ServiceProcess instance) {
		instance.kill();
		this.services.remove(instance);
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

	/**
	 * Stops the services, then the servers they run on; either may be null (not started).
	 */
	static void stop(RunningPipeline pipeline, PipelineInfrastructure infrastructure) {
		if (pipeline != null) {
			pipeline.close();
		}
		if (infrastructure != null) {
			infrastructure.close();
		}
	}

	@Override
	public void close() {
		this.services.forEach(ServiceProcess::close);
	}

}
