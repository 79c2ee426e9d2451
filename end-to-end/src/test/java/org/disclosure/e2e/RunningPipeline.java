package org.disclosure.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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

	private final ServiceProcess ingest;

	private final ServiceProcess index;

	private RunningPipeline(StackLayout layout, PipelineInfrastructure infrastructure) {
		Path blobs = layout.stateDir().resolve("blobs");
		Map<String, String> common = Map.of("SPRING_KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
				"PIPELINE_BLOB_STORE_ROOT", blobs.toString(), "PIPELINE_ELASTICSEARCH_URL",
				infrastructure.elasticsearchUrl(), "PIPELINE_API_KEY", API_KEY);
		this.ingest = start(layout, "ingest-service", common);
		start(layout, "parse-service", common);
		start(layout, "validate-service", common);
		this.index = start(layout, "index-service", common);
		this.services.forEach((service) -> service.awaitHealthy(Duration.ofMinutes(3)));
	}

	static RunningPipeline start(StackLayout layout, PipelineInfrastructure infrastructure) {
		return new RunningPipeline(layout, infrastructure);
	}

	private ServiceProcess start(StackLayout layout, String name, Map<String, String> env) {
		ServiceProcess service = ServiceProcess.start(layout, name, FreePorts.next(), env);
		this.services.add(service);
		return service;
	}

	String ingestUrl() {
		return this.ingest.baseUrl();
	}

	String indexUrl() {
		return this.index.baseUrl();
	}

	@Override
	public void close() {
		this.services.forEach(ServiceProcess::close);
	}

}
