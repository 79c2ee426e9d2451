package org.disclosure.index.kafka.replay;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.disclosure.index.replay.InvalidReplayException;
import org.disclosure.index.replay.NothingToReplayException;
import org.disclosure.index.replay.PipelineReplay;
import org.disclosure.index.replay.ReplayFailedException;
import org.disclosure.index.replay.ReplayKind;
import org.disclosure.index.replay.ReplayReport;
import org.disclosure.index.replay.StageTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays with the Kafka clients alone: a fresh consumer per replay reads the source
 * topic up to the end offsets of the moment the replay began, a byte-array producer
 * (acks=all, idempotent) re-sends, and the answer waits for every acknowledgement.
 */
public final class KafkaPipelineReplay implements PipelineReplay, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(KafkaPipelineReplay.class);

	private final Map<String, Object> consumerConfig;

	private final Map<String, Object> producerConfig;

	private final Duration stallTimeout;

	private Producer<byte[], byte[]> producer;

	/**
	 * @param consumerConfig the service's consumer settings (bootstrap servers,
	 * security); group, commits and deserializers are replaced
	 * @param producerConfig the service's producer settings; serializers, acks and
	 * idempotence are set here
	 * @param stallTimeout how long a read may make no progress
	 */
	public KafkaPipelineReplay(Map<String, Object> consumerConfig, Map<String, Object> producerConfig,
			Duration stallTimeout) {
		this.consumerConfig = new HashMap<>(consumerConfig);
		this.consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
		this.consumerConfig.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
		this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		this.consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		this.consumerConfig.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		this.producerConfig = new HashMap<>(producerConfig);
		this.producerConfig.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
		this.producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
		this.producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		this.producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "pipeline-replay");
		this.stallTimeout = stallTimeout;
	}

	@Override
	public ReplayReport document(Stage stage, String docId) {
		String topic = StageTopics.input(stage);
		return replay(ReplayKind.DOCUMENT, topic, (reader, resender) -> {
			List<TopicPartition> partitions = reader.partitions(topic);
			if (partitions.isEmpty()) {
				throw new NothingToReplayException("Topic " + topic + " does not exist yet, so document " + docId
						+ " never reached stage " + stage.value());
			}
			byte[] key = docId.getBytes(StandardCharsets.UTF_8);
			Map<TopicPartition, Long> beginnings = reader.beginnings(partitions);
			Map<TopicPartition, Long> ends = reader.ends(partitions);
			TopicPartition home = new TopicPartition(topic, KeyPartitions.partition(key, partitions.size()));
			Map<Integer, ConsumerRecord<byte[], byte[]>> latest = new HashMap<>();
			long scanned = reader.read(Map.of(home, beginnings.get(home)), ends, (record) -> {
				if (Arrays.equals(key, record.key())) {
					latest.put(record.partition(), record);
				}
			});
			if (latest.isEmpty()) {
				Map<TopicPartition, Long> elsewhere = new HashMap<>(beginnings);
				elsewhere.remove(home);
				scanned += reader.read(elsewhere, ends, (record) -> {
					if (Arrays.equals(key, record.key())) {
						latest.put(record.partition(), record);
					}
				});
			}
			ConsumerRecord<byte[], byte[]> record = latest.values()
				.stream()
				.max(Comparator.comparingLong(ConsumerRecord<byte[], byte[]>::timestamp)
					.thenComparingInt(ConsumerRecord::partition))
				.orElseThrow(() -> new NothingToReplayException("Document " + docId + " never reached " + topic
						+ ", the topic stage " + stage.value() + " reads"));
			resender.send(topic, record);
			return scanned;
		});
	}

	@Override
	public ReplayReport stage(Stage stage) {
		String topic = StageTopics.input(stage);
		return replay(ReplayKind.STAGE, topic, (reader, resender) -> {
			List<TopicPartition> partitions = reader.partitions(topic);
			if (partitions.isEmpty()) {
				return 0;
			}
			Map<TopicPartition, Long> beginnings = reader.beginnings(partitions);
			Map<TopicPartition, Long> ends = reader.ends(partitions);
			LatestPerKey latest = new LatestPerKey();
			long scanned = reader.read(beginnings, ends, (record) -> {
				if (record.key() != null) {
					latest.offer(record.key(), record.partition(), record.offset(), record.timestamp());
				}
			});
			Map<Integer, NavigableSet<Long>> chosen = latest.offsetsByPartition();
			Map<TopicPartition, Long> firstChosen = new HashMap<>();
			chosen.forEach(
					(partition, offsets) -> firstChosen.put(new TopicPartition(topic, partition), offsets.first()));
			reader.read(firstChosen, ends, (record) -> {
				if (chosen.get(record.partition()).contains(record.offset())) {
					resender.send(topic, record);
				}
			});
			return scanned;
		});
	}

	@Override
	public ReplayReport deadLetters(String topic, long fromOffset) {
		return replay(ReplayKind.DEAD_LETTER_TOPIC, topic, (reader, resender) -> {
			Set<String> topics = reader.topics();
			if (!topic.endsWith(Topics.DEAD_LETTER_SUFFIX) || !topics.contains(topic)) {
				List<String> deadLetterTopics = topics.stream()
					.filter((name) -> name.endsWith(Topics.DEAD_LETTER_SUFFIX))
					.sorted()
					.toList();
				throw new InvalidReplayException(
						"No dead-letter topic named '" + topic + "'; the broker has " + deadLetterTopics);
			}
			List<TopicPartition> partitions = reader.partitions(topic);
			Map<TopicPartition, Long> from = new HashMap<>();
			reader.beginnings(partitions)
				.forEach((partition, first) -> from.put(partition, Math.max(first, fromOffset)));
			long scanned = reader.read(from, reader.ends(partitions), (record) -> {
				String target = ReplayHeaders.originalTopic(topic, record.headers());
				if (target.equals(topic) || !topics.contains(target)) {
					logger.warn("Replay of {}: {}-{}@{} came from {}, which does not exist; skipped", topic, topic,
							record.partition(), record.offset(), target);
				}
				else {
					resender.send(target, record);
				}
			});
			return scanned;
		});
	}

	private ReplayReport replay(ReplayKind kind, String sourceTopic, Scan scan) {
		String replayId = UUID.randomUUID().toString();
		Map<String, Object> config = new HashMap<>(this.consumerConfig);
		config.put(ConsumerConfig.CLIENT_ID_CONFIG, "pipeline-replay-" + replayId);
		try (TopicReader reader = new TopicReader(
				new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer()),
				this.stallTimeout)) {
			RecordResender resender = new RecordResender(producer(), replayId);
			long scanned = scan.run(reader, resender);
			Map<String, Long> sent = resender.awaitAcknowledged();
			long total = sent.values().stream().mapToLong(Long::longValue).sum();
			ReplayReport report = new ReplayReport(replayId, kind, sourceTopic, sent, scanned, total, scanned - total);
			logger.info("Replay {} ({} of {}): {} records scanned, re-sent {}", replayId, kind.value(), sourceTopic,
					scanned, sent);
			return report;
		}
		catch (KafkaException ex) {
			throw new ReplayFailedException("Replay of " + sourceTopic + " failed: " + ex.getMessage(), ex);
		}
	}

	private synchronized Producer<byte[], byte[]> producer() {
		if (this.producer == null) {
			this.producer = new KafkaProducer<>(this.producerConfig, new ByteArraySerializer(),
					new ByteArraySerializer());
		}
		return this.producer;
	}

	@Override
	public synchronized void close() {
		if (this.producer != null) {
			this.producer.close(Duration.ofSeconds(10));
		}
	}

	/** The reading and re-sending of one kind of replay; returns the records read. */
	@FunctionalInterface
	private interface Scan {

		long run(TopicReader reader, RecordResender resender);

	}

}
