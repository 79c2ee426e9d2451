package org.disclosure.index.kafka.replay;

import org.disclosure.index.replay.ReplayProperties;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The replay's Kafka clients, from the service's own Kafka settings (bootstrap servers,
 * security), with byte arrays on both sides so keys and values travel untouched.
 */
@Configuration(proxyBeanMethods = false)
class ReplayKafkaConfiguration {

	@Bean(destroyMethod = "close")
	KafkaPipelineReplay pipelineReplay(KafkaProperties kafka, ReplayProperties properties) {
		return new KafkaPipelineReplay(kafka.buildConsumerProperties(), kafka.buildProducerProperties(),
				properties.stallTimeout());
	}

}
