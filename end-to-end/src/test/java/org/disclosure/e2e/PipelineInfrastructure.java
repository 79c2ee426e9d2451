package org.disclosure.e2e;

/**
 * The Kafka broker and Elasticsearch node an end-to-end run uses, however they were
 * started.
 */
interface PipelineInfrastructure extends AutoCloseable {

	String kafkaBootstrapServers();

	String elasticsearchUrl();

	@Override
	void close();

}
