package org.disclosure.index.kafka;

import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * The indexing listener's container: batches of records (one bulk write per poll) with
 * the pipeline's error handler, which dead-letters a record it gives up on. Records per
 * poll and the poll interval are {@code pipeline.index.max-poll-records} and
 * {@code spring.kafka.consumer.properties.max.poll.interval.ms} (application.yml).
 */
@Configuration(proxyBeanMethods = false)
class IndexingConfiguration {

	static final String BATCH_CONTAINER_FACTORY = "indexingContainerFactory";

	@Bean(BATCH_CONTAINER_FACTORY)
	ConcurrentKafkaListenerContainerFactory<Object, Object> indexingContainerFactory(
			ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
		ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
		configurer.configure(factory, consumers);
		factory.setBatchListener(true);
		return factory;
	}

}
