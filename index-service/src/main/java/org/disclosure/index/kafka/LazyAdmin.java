package org.disclosure.index.kafka;

import java.time.Duration;

import org.apache.kafka.clients.admin.Admin;

import org.springframework.kafka.core.KafkaAdmin;

/**
 * A Kafka admin client from Spring's Kafka settings, created on first use; the bean that
 * holds it closes it when destroyed.
 */
final class LazyAdmin {

	private final KafkaAdmin kafkaAdmin;

	private Admin admin;

	LazyAdmin(KafkaAdmin kafkaAdmin) {
		this.kafkaAdmin = kafkaAdmin;
	}

	synchronized Admin get() {
		if (this.admin == null) {
			this.admin = Admin.create(this.kafkaAdmin.getConfigurationProperties());
		}
		return this.admin;
	}

	synchronized void close() {
		if (this.admin != null) {
			this.admin.close(Duration.ofSeconds(5));
		}
	}

}
