package org.disclosure.support.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.disclosure.contracts.Topics;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Meters every service reports: its deliveries, its consumer lag, the topics' end
 * offsets.
 */
@AutoConfiguration
public class PipelineObservability {

	@Bean
	public ConsumerLagMonitor consumerLagMonitor(KafkaAdmin admin, MeterRegistry registry,
			@Value("${spring.application.name}") String group,
			@Value("${pipeline.metrics.lag-interval:15s}") Duration interval) {
		return new ConsumerLagMonitor(() -> Admin.create(admin.getConfigurationProperties()), group, Topics.ALL,
				registry, interval);
	}

}
