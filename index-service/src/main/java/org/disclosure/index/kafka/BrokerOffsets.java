package org.disclosure.index.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.kafka.common.TopicPartition;
import org.disclosure.contracts.Topics;
import org.disclosure.index.monitor.OffsetSource;
import org.disclosure.support.kafka.BrokerOffsetReader;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Reads the offsets of the pipeline's topics and of every consumer group on them with the
 * Kafka admin client, as {@code ./pipeline status} does: the broker's view, so a dead
 * consumer's lag still shows.
 */
@Component
class BrokerOffsets implements OffsetSource, DisposableBean {

	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

	private static final Pattern DEAD_LETTER_TOPICS = Pattern.compile(DeadLetterListener.DEAD_LETTER_TOPICS);

	private final LazyAdmin admin;

	BrokerOffsets(KafkaAdmin kafkaAdmin) {
		this.admin = new LazyAdmin(kafkaAdmin);
	}

	@Override
	public synchronized Offsets read() {
		BrokerOffsetReader broker = new BrokerOffsetReader(this.admin.get(), CALL_TIMEOUT);
		Set<String> topics = new TreeSet<>(broker.topics());
		topics.removeIf((topic) -> !Topics.ALL.contains(topic) && !DEAD_LETTER_TOPICS.matcher(topic).matches());
		List<TopicPartition> partitions = broker.partitions(topics);
		Map<TopicPartition, Long> starts = broker.startOffsets(partitions);
		Map<TopicPartition, Long> ends = broker.endOffsets(partitions);
		List<PartitionOffsets> partitionOffsets = new ArrayList<>();
		for (TopicPartition partition : partitions) {
			partitionOffsets.add(new PartitionOffsets(partition.topic(), partition.partition(),
					starts.getOrDefault(partition, 0L), ends.getOrDefault(partition, 0L)));
		}
		return new Offsets(partitionOffsets, committed(broker, topics));
	}

	private List<CommittedOffset> committed(BrokerOffsetReader broker, Set<String> topics) {
		List<CommittedOffset> committed = new ArrayList<>();
		for (String group : broker.consumerGroups()) {
			broker.committedOffsets(group).forEach((partition, offset) -> {
				if (topics.contains(partition.topic())) {
					committed.add(new CommittedOffset(group, partition.topic(), partition.partition(), offset));
				}
			});
		}
		return committed;
	}

	@Override
	public synchronized void destroy() {
		this.admin.close();
	}

}
