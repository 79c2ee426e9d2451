package org.disclosure.stack;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real broker from the copied jars, in its own JVM: it answers, keeps a record, reports
 * offsets.
 */
class KafkaBrokerIT {

	private static StackLayout layout;

	private static KafkaBroker broker;

	@BeforeAll
	static void startBroker() {
		layout = StackLayout.forTests();
		broker = KafkaBroker.start(layout, FreePorts.next());
	}

	@AfterAll
	static void stopBroker() throws IOException {
		if (broker != null) {
			long pid = broker.pid();
			broker.close();
			assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
			assertThat(FreePorts.answers(broker.port(), Duration.ofSeconds(1))).isFalse();
		}
		Folders.deleteTree(layout.stateDir());
	}

	@Test
	void answersOnItsPortInItsOwnProcess() {
		assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + broker.port());
		assertThat(FreePorts.answers(broker.port(), Duration.ofSeconds(1))).isTrue();
		assertThat(broker.pid()).isNotEqualTo(ProcessHandle.current().pid());
		assertThat(KafkaBroker.isReady(broker.bootstrapServers())).isTrue();
		assertThat(layout.logsDir().resolve("kafka.log")).content().contains("Kafka Server started");
	}

	@Test
	void keepsARecordAndReportsItsOffsetsAndLag() throws Exception {
		String topic = "local-stack.check.v1";
		try (Admin admin = KafkaBroker.admin(broker.bootstrapServers())) {
			admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
		}
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
			producer.send(new ProducerRecord<>(topic, "doc-1", "城乡医疗救助")).get(30, TimeUnit.SECONDS);
		}
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
			consumer.subscribe(List.of(topic));
			ConsumerRecord<String, String> received = null;
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (received == null && System.nanoTime() < deadline) {
				ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
				if (!records.isEmpty()) {
					received = records.iterator().next();
				}
			}
			assertThat(received).isNotNull();
			assertThat(received.key()).isEqualTo("doc-1");
			assertThat(received.value()).isEqualTo("城乡医疗救助");
			consumer.commitSync();
		}
		TopicBacklog backlog = TopicBacklog.read(broker.bootstrapServers());
		assertThat(backlog.topics()).contains(new TopicBacklog.TopicOffsets(topic, 1, 1, 1));
		assertThat(backlog.groups()).contains(new TopicBacklog.GroupLag("local-stack-it", topic, 1, 1));
	}

	private static Properties producerConfig() {
		Properties config = new Properties();
		config.putAll(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
		return config;
	}

	private static Properties consumerConfig() {
		Properties config = new Properties();
		config.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "local-stack-it", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
				StringDeserializer.class.getName(), ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
				StringDeserializer.class.getName()));
		return config;
	}

}
