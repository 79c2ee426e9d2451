package org.disclosure.e2e;

import org.disclosure.stack.StackLayout;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The end-to-end test on containers ({@code apache/kafka}, Elasticsearch 8.19), where a
 * Docker engine exists. Without one it is skipped, saying so;
 * {@link LocalStackEndToEndIT} runs the same body on locally started servers.
 */
@EnabledIf(value = "dockerAvailable",
		disabledReason = "No Docker engine on this machine: ContainersEndToEndIT is skipped; LocalStackEndToEndIT runs "
				+ "the same end-to-end test on a Kafka broker and Elasticsearch started from Maven Central artifacts")
class ContainersEndToEndIT extends PipelineEndToEndContract {

	static final String KAFKA_IMAGE = "apache/kafka:4.2.0";

	static final String ELASTICSEARCH_IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:8.19.21";

	static boolean dockerAvailable() {
		return DockerClientFactory.instance().isDockerAvailable();
	}

	@Override
	PipelineInfrastructure startInfrastructure(StackLayout layout) {
		KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
		ElasticsearchContainer elasticsearch = new ElasticsearchContainer(ELASTICSEARCH_IMAGE)
			.withEnv("xpack.security.enabled", "false")
			.withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
		kafka.start();
		elasticsearch.start();
		return new PipelineInfrastructure() {

			@Override
			public String kafkaBootstrapServers() {
				return kafka.getBootstrapServers();
			}

			@Override
			public String elasticsearchUrl() {
				return "http://" + elasticsearch.getHttpHostAddress();
			}

			@Override
			public void close() {
				elasticsearch.stop();
				kafka.stop();
			}

		};
	}

}
