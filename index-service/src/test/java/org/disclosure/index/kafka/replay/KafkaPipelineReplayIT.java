package org.disclosure.index.kafka.replay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.disclosure.index.replay.InvalidReplayException;
import org.disclosure.index.replay.NothingToReplayException;
import org.disclosure.index.replay.ReplayKind;
import org.disclosure.index.replay.ReplayReport;
import org.disclosure.stack.FreePorts;
import org.disclosure.stack.KafkaBroker;
import org.disclosure.stack.StackLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Replays on a real broker: what is re-sent, to which topic, with which bytes and
 * headers. Each test reads back only the records carrying its own replay id.
 */
class KafkaPipelineReplayIT {

	private static final StackLayout LAYOUT = StackLayout.forTests();

	private static final int PARTITIONS = 3;

	private static KafkaBroker kafka;

	private static KafkaProducer<byte[], byte[]> producer;

	private static KafkaPipelineReplay replay;

	@BeforeAll
	static void start() throws Exception {
		kafka = KafkaBroker.start(LAYOUT, FreePorts.next());
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
			List<NewTopic> topics = new ArrayList<>();
			for (String topic : List.of(Topics.FETCHED, Topics.PARSED, Topics.VALIDATED,
					Topics.deadLetter(Topics.VALIDATED))) {
				topics.add(new NewTopic(topic, PARTITIONS, (short) 1));
			}
			admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
		}
		producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
				new ByteArraySerializer(), new ByteArraySerializer());
		replay = new KafkaPipelineReplay(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), Duration.ofSeconds(20));
	}

	@AfterAll
	static void stop() {
		if (replay != null) {
			replay.close();
		}
		if (producer != null) {
			producer.close();
		}
		if (kafka != null) {
			kafka.close();
		}
	}

	@Test
	void aDocumentIsReSentAsItsLatestRecordOnTheTopicItsStageReads() throws Exception {
		String docId = docId("document");
		send(Topics.PARSED, null, docId, "parsed v1", "ce_type", "org.disclosure.document.parsed.v1");
		send(Topics.PARSED, null, docId("another"), "another document");
		send(Topics.PARSED, null, docId, "parsed v2", "ce_type", "org.disclosure.document.parsed.v1");
		Map<TopicPartition, Long> before = ends(Topics.PARSED);

		ReplayReport report = replay.document(Stage.VALIDATE, docId);

		assertThat(report.kind()).isEqualTo(ReplayKind.DOCUMENT);
		assertThat(report.sourceTopic()).isEqualTo(Topics.PARSED);
		assertThat(report.targetTopics()).isEqualTo(Map.of(Topics.PARSED, 1L));
		assertThat(report.recordsSent()).isEqualTo(1);
		assertThat(report.recordsScanned()).as("only the document's own partition is read").isBetween(2L, 3L);
		assertThat(report.skipped()).isEqualTo(report.recordsScanned() - 1);
		ConsumerRecord<byte[], byte[]> resent = single(replayed(Topics.PARSED, before, report.replayId()));
		assertThat(text(resent.key())).isEqualTo(docId);
		assertThat(text(resent.value())).isEqualTo("parsed v2");
		assertThat(headerNames(resent)).containsExactly("ce_type", "pipeline-replay");
		assertThat(resent.partition()).as("where the document's other events are")
			.isEqualTo(KeyPartitions.partition(docId.getBytes(StandardCharsets.UTF_8), PARTITIONS));
	}

	@Test
	void aDocumentOutsideItsKeysPartitionIsFoundByReadingTheOthers() throws Exception {
		String docId = docId("elsewhere");
		int home = KeyPartitions.partition(docId.getBytes(StandardCharsets.UTF_8), PARTITIONS);
		send(Topics.PARSED, (home + 1) % PARTITIONS, docId, "written by a custom partitioner");

		ReplayReport report = replay.document(Stage.VALIDATE, docId);

		assertThat(report.recordsSent()).isEqualTo(1);
		assertThatThrownBy(() -> replay.document(Stage.VALIDATE, docId("never sent")))
			.isInstanceOf(NothingToReplayException.class)
			.hasMessageContaining("never reached " + Topics.PARSED);
		assertThatThrownBy(() -> replay.document(Stage.INGEST, docId)).isInstanceOf(InvalidReplayException.class)
			.hasMessageContaining("push the document again");
	}

	@Test
	void aStageReSendsTheLatestRecordOfEveryDocumentOnceAndAgainWhenAskedAgain() throws Exception {
		String a = docId("stage a");
		String b = docId("stage b");
		String c = docId("stage c");
		send(Topics.FETCHED, null, a, "a v1");
		send(Topics.FETCHED, null, b, "b v1", "ce_id", "id-b");
		send(Topics.FETCHED, null, a, "a v2");
		send(Topics.FETCHED, null, null, "a record without a key");
		send(Topics.FETCHED, 0, c, "c v1");
		Map<TopicPartition, Long> before = ends(Topics.FETCHED);

		ReplayReport first = replay.stage(Stage.PARSE);

		assertThat(first.kind()).isEqualTo(ReplayKind.STAGE);
		assertThat(first.targetTopics()).isEqualTo(Map.of(Topics.FETCHED, 3L));
		assertThat(first.recordsScanned()).isEqualTo(5);
		assertThat(first.recordsSent()).isEqualTo(3);
		assertThat(first.skipped()).as("a v1 and the record without a key").isEqualTo(2);
		List<ConsumerRecord<byte[], byte[]>> resent = replayed(Topics.FETCHED, before, first.replayId());
		assertThat(resent).extracting((record) -> text(record.key()) + "=" + text(record.value()))
			.containsExactlyInAnyOrder(a + "=a v2", b + "=b v1", c + "=c v1");
		assertThat(resent).filteredOn((record) -> text(record.key()).equals(b))
			.singleElement()
			.satisfies((record) -> assertThat(text(record.headers().lastHeader("ce_id").value())).isEqualTo("id-b"));

		Map<TopicPartition, Long> beforeSecond = ends(Topics.FETCHED);
		ReplayReport second = replay.stage(Stage.PARSE);

		assertThat(second.replayId()).isNotEqualTo(first.replayId());
		assertThat(second.recordsScanned()).isEqualTo(8);
		assertThat(replayed(Topics.FETCHED, beforeSecond, second.replayId()))
			.extracting((record) -> text(record.key()) + "=" + text(record.value()))
			.as("the same documents in the same versions, nothing more")
			.containsExactlyInAnyOrder(a + "=a v2", b + "=b v1", c + "=c v1");
	}

	@Test
	void aDeadLetterTopicGoesBackToTheTopicsItsRecordsCameFromWithoutTheDeadLetterHeaders() throws Exception {
		String deadLetters = Topics.deadLetter(Topics.VALIDATED);
		String good = docId("dead letter");
		byte[] garbage = HexFormat.of().parseHex("00ff13370d0a");
		sendDeadLetter(deadLetters, "not-an-event".getBytes(StandardCharsets.UTF_8), garbage, Topics.VALIDATED);
		sendDeadLetter(deadLetters, good.getBytes(StandardCharsets.UTF_8), bytes("{\"docId\":\"" + good + "\"}"),
				Topics.VALIDATED);
		sendDeadLetter(deadLetters, bytes(good), bytes("routed by its header"), Topics.PARSED);
		sendDeadLetter(deadLetters, bytes(good), bytes("from a topic that is gone"), "disclosure.gone.v1");
		Map<TopicPartition, Long> validatedBefore = ends(Topics.VALIDATED);
		Map<TopicPartition, Long> parsedBefore = ends(Topics.PARSED);

		ReplayReport report = replay.deadLetters(deadLetters, 0);

		assertThat(report.kind()).isEqualTo(ReplayKind.DEAD_LETTER_TOPIC);
		assertThat(report.sourceTopic()).isEqualTo(deadLetters);
		assertThat(report.targetTopics()).isEqualTo(Map.of(Topics.VALIDATED, 2L, Topics.PARSED, 1L));
		assertThat(report.recordsScanned()).isEqualTo(4);
		assertThat(report.skipped()).isEqualTo(1);
		List<ConsumerRecord<byte[], byte[]>> validated = replayed(Topics.VALIDATED, validatedBefore, report.replayId());
		assertThat(validated).hasSize(2);
		assertThat(validated).filteredOn((record) -> text(record.key()).equals("not-an-event"))
			.singleElement()
			.satisfies((record) -> assertThat(record.value()).isEqualTo(garbage));
		assertThat(validated).filteredOn((record) -> text(record.key()).equals(good))
			.singleElement()
			.satisfies((record) -> assertThat(text(record.value())).isEqualTo("{\"docId\":\"" + good + "\"}"));
		assertThat(single(replayed(Topics.PARSED, parsedBefore, report.replayId())).value())
			.isEqualTo(bytes("routed by its header"));
		assertThat(validated).allSatisfy((record) -> assertThat(headerNames(record)).containsExactly("ce_type",
				"traceparent", "pipeline-replay"));

		ReplayReport fromOffset = replay.deadLetters(deadLetters, 2);
		assertThat(fromOffset.recordsScanned()).as("offsets 2 and 3 of partition 0").isEqualTo(2);
		assertThat(fromOffset.targetTopics()).isEqualTo(Map.of(Topics.PARSED, 1L));
	}

	@Test
	void onlyAnExistingDeadLetterTopicIsReplayed() {
		assertThatThrownBy(() -> replay.deadLetters(Topics.VALIDATED, 0)).isInstanceOf(InvalidReplayException.class)
			.hasMessageContaining("No dead-letter topic named");
		assertThatThrownBy(() -> replay.deadLetters("disclosure.nothing.v1-dlt", 0))
			.isInstanceOf(InvalidReplayException.class)
			.hasMessageContaining(Topics.deadLetter(Topics.VALIDATED));
	}

	private static void send(String topic, Integer partition, String key, String value, String... headers)
			throws Exception {
		RecordHeaders recordHeaders = new RecordHeaders();
		for (int i = 0; i < headers.length; i += 2) {
			recordHeaders.add(headers[i], bytes(headers[i + 1]));
		}
		producer
			.send(new ProducerRecord<>(topic, partition, null, (key != null) ? bytes(key) : null, bytes(value),
					recordHeaders))
			.get(30, TimeUnit.SECONDS);
	}

	/** As Spring's recoverer writes a dead letter: the original headers and its own. */
	private static void sendDeadLetter(String topic, byte[] key, byte[] value, String originalTopic) throws Exception {
		RecordHeaders headers = new RecordHeaders();
		headers.add("ce_type", bytes("org.disclosure.document.validated.v1"));
		headers.add("traceparent", bytes("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
		headers.add("kafka_dlt-original-topic", bytes(originalTopic));
		headers.add("kafka_dlt-exception-message", bytes("Record is not a DocumentValidated"));
		producer.send(new ProducerRecord<>(topic, 0, null, key, value, headers)).get(30, TimeUnit.SECONDS);
	}

	private static Map<TopicPartition, Long> ends(String topic) {
		try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
			consumer.assign(partitions(topic));
			return consumer.endOffsets(partitions(topic));
		}
	}

	/** The records of {@code topic} after {@code from} that carry the replay id. */
	private static List<ConsumerRecord<byte[], byte[]>> replayed(String topic, Map<TopicPartition, Long> from,
			String replayId) {
		List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
		try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
			List<TopicPartition> partitions = partitions(topic);
			consumer.assign(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			from.forEach(consumer::seek);
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < ends.get(partition))) {
				assertThat(System.nanoTime()).as("reading " + topic).isLessThan(deadline);
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					Header header = record.headers().lastHeader("pipeline-replay");
					if (header != null && text(header.value()).equals(replayId)) {
						found.add(record);
					}
				}
			}
		}
		assertThat(found)
			.allSatisfy((record) -> assertThat(headerNames(record)).noneMatch((name) -> name.startsWith("kafka_dlt-")));
		return found;
	}

	private static List<TopicPartition> partitions(String topic) {
		List<TopicPartition> partitions = new ArrayList<>();
		for (int i = 0; i < PARTITIONS; i++) {
			partitions.add(new TopicPartition(topic, i));
		}
		return partitions;
	}

	private static KafkaConsumer<byte[], byte[]> consumer() {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
				new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

	private static ConsumerRecord<byte[], byte[]> single(List<ConsumerRecord<byte[], byte[]>> records) {
		assertThat(records).hasSize(1);
		return records.get(0);
	}

	private static List<String> headerNames(ConsumerRecord<byte[], byte[]> record) {
		List<String> names = new ArrayList<>();
		record.headers().forEach((header) -> names.add(header.key()));
		return names;
	}

	private static String docId(String seed) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(seed)));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String text(byte[] bytes) {
		return (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : null;
	}

}
