package org.disclosure.index.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosure.support.PipelineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The event log's listener container: batches of records, and an error handler of its
 * own. The pipeline's handler dead-letters a record it gave up on to {@code <topic>-dlt},
 * which for the log would fake a failure of the stage that reads the topic; the log's
 * handler retries a batch until Elasticsearch takes it instead (the event-log group's lag
 * shows meanwhile how far the log is behind).
 */
@Configuration(proxyBeanMethods = false)
class EventLogConfiguration {

	static final String CONTAINER_FACTORY = "eventLogContainerFactory";

	private static final Logger logger = LoggerFactory.getLogger(EventLogConfiguration.class);

	@Bean(CONTAINER_FACTORY)
	ConcurrentKafkaListenerContainerFactory<Object, Object> eventLogContainerFactory(
			ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
			PipelineProperties properties) {
		ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
		configurer.configure(factory, consumers);
		factory.setBatchListener(true);
		ExponentialBackOff backOff = new ExponentialBackOff(properties.retry().initialInterval().toMillis(), 2.0);
		backOff.setMaxInterval(properties.retry().maxInterval().toMillis());
		factory.setCommonErrorHandler(new DefaultErrorHandler(EventLogConfiguration::skipped, backOff));
		return factory;
	}

	/** Reached only if the unlimited back-off ever stops. */
	private static void skipped(ConsumerRecord<?, ?> record, Exception ex) {
		logger.error("Event log skipped {}-{}@{}", record.topic(), record.partition(), record.offset(), ex);
	}

}
