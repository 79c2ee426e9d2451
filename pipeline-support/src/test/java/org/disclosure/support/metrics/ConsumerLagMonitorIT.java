package org.disclosure.support.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disclosure.stack.FreePorts;
import org.disclosure.stack.KafkaBroker;
import org.disclosure.stack.StackLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Lag as the broker sees it: end offset minus the group's committed offset. */
class ConsumerLagMonitorIT {

	private static KafkaBroker kafka;

	@BeforeAll
	static void startKafka() {
		kafka = KafkaBroker.start(StackLayout.forTests(), FreePorts.next());
	}

	@AfterAll
	static void stopKafka() {
		kafka.close();
	}

	@Test
	void lagIsEndOffsetMinusCommittedOffsetPerPartition() throws Exception {
		String topic = "lag-" + UUID.randomUUID();
		String group = "group-" + UUID.randomUUID();
		try (Admin admin = admin()) {
			admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
		}
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
				new StringSerializer())) {
			for (int i = 0; i < 5; i++) {
				producer.send(new ProducerRecord<>(topic, 0, "k" + i, "v" + i)).get();
			}
			producer.send(new ProducerRecord<>(topic, 1, "k", "v")).get();
		}
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, group),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(2),
					new TopicPartition(topic, 1), new OffsetAndMetadata(1)));
		}
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		ConsumerLagMonitor monitor = new ConsumerLagMonitor(ConsumerLagMonitorIT::admin, group, List.of(topic),
				registry, Duration.ofHours(1));
		monitor.start();
		try {
			monitor.refresh();
			assertThat(monitor.lag()).containsEntry(new TopicPartition(topic, 0), 3L)
				.containsEntry(new TopicPartition(topic, 1), 0L);
			assertThat(registry.get("pipeline.consumer.lag")
				.tag("group", group)
				.tag("topic", topic)
				.tag("partition", "0")
				.gauge()
				.value()).isEqualTo(3.0);
			assertThat(
					registry.get("pipeline.topic.end_offset").tag("topic", topic).tag("partition", "0").gauge().value())
				.isEqualTo(5.0);
		}
		finally {
			monitor.stop();
		}
	}

	private static Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
	}

}
