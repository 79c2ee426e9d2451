package org.disclosure.stack;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackSettingsTest {

	@Test
	void defaultsAreTheDocumentedPorts() {
		StackSettings settings = StackSettings.fromEnv(Map.of());
		assertThat(settings.bootstrapServers()).isEqualTo("127.0.0.1:9092");
		assertThat(settings.elasticsearchUrl()).isEqualTo("http://127.0.0.1:9200");
		assertThat(StackSettings.SERVICES).containsExactly("ingest-service", "parse-service", "validate-service",
				"index-service");
		assertThat(StackSettings.SERVICES.stream().map(settings::servicePort)).containsExactly(8081, 8082, 8083, 8084);
		assertThat(settings.kafkaControllerPort()).isZero();
	}

	@Test
	void environmentOverridesEachPort() {
		StackSettings settings = StackSettings.fromEnv(Map.of("KAFKA_PORT", "19092", "ES_PORT", "19200", "INGEST_PORT",
				"18081", "PARSE_PORT", "18082", "VALIDATE_PORT", "18083", "INDEX_PORT", " 18084 "));
		assertThat(settings.bootstrapServers()).isEqualTo("127.0.0.1:19092");
		assertThat(settings.elasticsearchUrl()).isEqualTo("http://127.0.0.1:19200");
		assertThat(settings.serviceUrl("ingest-service")).isEqualTo("http://127.0.0.1:18081");
		assertThat(settings.serviceUrl("index-service")).isEqualTo("http://127.0.0.1:18084");
	}

	@Test
	void aBadPortNamesTheVariable() {
		assertThatThrownBy(() -> StackSettings.fromEnv(Map.of("ES_PORT", "nine"))).isInstanceOf(UsageException.class)
			.hasMessageContaining("ES_PORT")
			.hasMessageContaining("nine");
		assertThatThrownBy(() -> StackSettings.fromEnv(Map.of("KAFKA_PORT", "70000")))
			.isInstanceOf(UsageException.class);
	}

}
