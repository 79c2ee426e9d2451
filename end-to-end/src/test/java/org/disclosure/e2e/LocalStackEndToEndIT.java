package org.disclosure.e2e;

import org.disclosure.stack.ElasticsearchNode;
import org.disclosure.stack.FreePorts;
import org.disclosure.stack.KafkaBroker;
import org.disclosure.stack.StackLayout;

/**
 * The end-to-end test on servers started from Maven Central artifacts, as
 * {@code ./pipeline up} starts them: a KRaft broker from the kafka_2.13 jars and
 * Elasticsearch 8.19 from its zip.
 */
class LocalStackEndToEndIT extends PipelineEndToEndContract {

	@Override
	PipelineInfrastructure startInfrastructure(StackLayout layout) {
		KafkaBroker kafka = KafkaBroker.start(layout, FreePorts.next());
		ElasticsearchNode elasticsearch = ElasticsearchNode.start(layout, FreePorts.next());
		return new PipelineInfrastructure() {

			@Override
			public String kafkaBootstrapServers() {
				return kafka.bootstrapServers();
			}

			@Override
			public String elasticsearchUrl() {
				return elasticsearch.httpUrl();
			}

			@Override
			public void close() {
				elasticsearch.close();
				kafka.close();
			}

		};
	}

}
