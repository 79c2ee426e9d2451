package org.disclosure.e2e;

import org.disclosure.stack.ElasticsearchNode;
import org.disclosure.stack.FreePorts;
import org.disclosure.stack.KafkaBroker;
import org.disclosure.stack.StackLayout;

/**
 * Kafka and Elasticsearch started from Maven Central artifacts, as {@code ./pipeline up}
 * starts them: a KRaft broker from the kafka_2.13 jars and Elasticsearch 8.19 from its
 * zip. The fault tests stop and restart them through their accessors.
 */
record LocalInfrastructure(KafkaBroker kafka, ElasticsearchNode elasticsearch) implements PipelineInfrastructure {

	static LocalInfrastructure start(StackLayout layout) {
		KafkaBroker kafka = KafkaBroker.start(layout, FreePorts.next());
		try {
			return new LocalInfrastructure(kafka, ElasticsearchNode.start(layout, FreePorts.next()));
		}
		catch (RuntimeException ex) {
			kafka.close();
			throw ex;
		}
	}

	@Override
	public String kafkaBootstrapServers() {
		return this.kafka.bootstrapServers();
	}

	@Override
	public String elasticsearchUrl() {
		return this.elasticsearch.httpUrl();
	}

	@Override
	public void close() {
		this.elasticsearch.close();
		this.kafka.close();
	}

}
