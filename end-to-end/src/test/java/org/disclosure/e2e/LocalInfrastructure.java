package org.disclosure.e2e;

import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
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

	/**
	 * Writes {@code value} on {@code topic} as is, as a broken or hostile producer would,
	 * and waits for the broker's acknowledgement.
	 */
	void sendRaw(String topic, String key, byte[] value) throws Exception {
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()), new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(topic, key, value)).get();
		}
	}

	@Override
	public void close() {
		this.elasticsearch.close();
		this.kafka.close();
	}

}
