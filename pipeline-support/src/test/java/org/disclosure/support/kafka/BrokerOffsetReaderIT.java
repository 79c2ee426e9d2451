package org.disclosure.support.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.RecordsToDelete;
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
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The broker's view of topics, offsets and groups, read from a real broker. */
class BrokerOffsetReaderIT {

	private static KafkaBroker kafka;

	private static Admin admin;

	private static BrokerOffsetReader reader;

	@BeforeAll
	static void startKafka() {
		kafka = KafkaBroker.start(StackLayout.forTests(), FreePorts.next());
		admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
		reader = new BrokerOffsetReader(admin, Duration.ofSeconds(10));
	}

	@AfterAll
	static void stopKafka() {
		admin.close();
		kafka.close();
	}

	@Test
	void startAndEndOffsetsOfEveryPartitionOfATopic() throws Exception {
		String topic = topic(2);
		send(topic, 0, 5);
		send(topic, 1, 1);
		TopicPartition first = new TopicPartition(topic, 0);
		TopicPartition second = new TopicPartition(topic, 1);
		admin.deleteRecords(Map.of(first, RecordsToDelete.beforeOffset(2))).all().get();

		assertThat(reader.topics()).contains(topic);
		List<TopicPartition> partitions = reader.partitions(List.of(topic));
		assertThat(partitions).containsExactly(first, second);
		assertThat(reader.startOffsets(partitions)).isEqualTo(Map.of(first, 2L, second, 0L));
		assertThat(reader.endOffsets(partitions)).isEqualTo(Map.of(first, 5L, second, 1L));
	}

	@Test
	void committedOffsetsOfAListedConsumerGroup() throws Exception {
		String topic = topic(1);
		send(topic, 0, 3);
		String group = "group-" + UUID.randomUUID();
		TopicPartition partition = new TopicPartition(topic, 0);
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, group),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.commitSync(Map.of(partition, new OffsetAndMetadata(2)));
		}

		assertThat(reader.consumerGroups()).contains(group);
		assertThat(reader.committedOffsets(group)).isEqualTo(Map.of(partition, 2L));
	}

	@Test
	void noPartitionsNeedNoCall() {
		assertThat(reader.partitions(List.of())).isEmpty();
		assertThat(reader.endOffsets(List.of())).isEmpty();
	}

	@Test
	void aFailedCallSaysWhatKafkaCouldNotDo() {
		assertThatIllegalStateException().isThrownBy(() -> reader.partitions(List.of("missing-" + UUID.randomUUID())))
			.withMessageStartingWith("Kafka could not describe the topics: ");
	}

	private static String topic(int partitions) throws Exception {
		String topic = "offsets-" + UUID.randomUUID();
		admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
		return topic;
	}

	private static void send(String topic, int partition, int records) throws Exception {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
				new StringSerializer())) {
			for (int i = 0; i < records; i++) {
				producer.send(new ProducerRecord<>(topic, partition, "k" + i, "v" + i)).get();
			}
		}
	}

}
