package org.disclosure.stack;

import java.util.List;
import java.util.Map;

/**
 * The ports of the local stack, each overridable by an environment variable.
 *
 * @param kafkaPort {@code KAFKA_PORT}, default 9092
 * @param kafkaControllerPort {@code KAFKA_CONTROLLER_PORT}, default 0: reuse or pick one
 * @param elasticsearchPort {@code ES_PORT}, default 9200
 * @param ingestPort {@code INGEST_PORT}, default 8081
 * @param parsePort {@code PARSE_PORT}, default 8082
 * @param validatePort {@code VALIDATE_PORT}, default 8083
 * @param indexPort {@code INDEX_PORT}, default 8084
 */
record StackSettings(int kafkaPort, int kafkaControllerPort, int elasticsearchPort, int ingestPort, int parsePort,
		int validatePort, int indexPort) {

	static final String INGEST = "ingest-service";

	static final String PARSE = "parse-service";

	static final String VALIDATE = "validate-service";

	static final String INDEX = "index-service";

	/** The services in pipeline order. */
	static final List<String> SERVICES = List.of(INGEST, PARSE, VALIDATE, INDEX);

	static StackSettings fromEnv(Map<String, String> env) {
		return new StackSettings(port(env, "KAFKA_PORT", 9092), port(env, "KAFKA_CONTROLLER_PORT", 0),
				port(env, "ES_PORT", 9200), port(env, "INGEST_PORT", 8081), port(env, "PARSE_PORT", 8082),
				port(env, "VALIDATE_PORT", 8083), port(env, "INDEX_PORT", 8084));
	}

	int servicePort(String service) {
		return switch (service) {
			case INGEST -> this.ingestPort;
			case PARSE -> this.parsePort;
			case VALIDATE -> this.validatePort;
			case INDEX -> this.indexPort;
			default -> throw new IllegalArgumentException("Unknown service " + service);
		};
	}

	String bootstrapServers() {
		return "127.0.0.1:" + this.kafkaPort;
	}

	String elasticsearchUrl() {
		return "http://127.0.0.1:" + this.elasticsearchPort;
	}

	String serviceUrl(String service) {
		return "http://127.0.0.1:" + servicePort(service);
	}

	private static int port(Map<String, String> env, String name, int fallback) {
		String value = env.get(name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int port = Integer.parseInt(value.trim());
			if (port < 1 || port > 65535) {
				throw new NumberFormatException();
			}
			return port;
		}
		catch (NumberFormatException ex) {
			throw new UsageException(name + " must be a port number (1-65535), got '" + value + "'");
		}
	}

}
