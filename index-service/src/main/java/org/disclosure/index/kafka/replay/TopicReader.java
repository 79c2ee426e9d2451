package org.disclosure.index.kafka.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.disclosure.index.replay.ReplayFailedException;

/**
 * Reads partitions with a consumer of its own (no group, nothing committed): assigned,
 * sought to a start offset and read up to an end offset fixed beforehand, so records
 * written meanwhile, the replay's own among them, are not read again.
 */
final class TopicReader implements AutoCloseable {

	private static final Duration POLL = Duration.ofMillis(500);

	private final org.apache.kafka.clients.consumer.Consumer<byte[], byte[]> consumer;

	private final Duration stallTimeout;

	private Map<String, List<PartitionInfo>> topics;

	TopicReader(org.apache.kafka.clients.consumer.Consumer<byte[], byte[]> consumer, Duration stallTimeout) {
		this.consumer = consumer;
		this.stallTimeout = stallTimeout;
	}

	/** The names of the topics that exist. */
	Set<String> topics() {
		return topicInfos().keySet();
	}

	/**
	 * The partitions of {@code topic} in partition order; none when it does not exist.
	 */
	List<TopicPartition> partitions(String topic) {
		List<TopicPartition> partitions = new ArrayList<>();
		topicInfos().getOrDefault(topic, List.of())
			.forEach((info) -> partitions.add(new TopicPartition(info.topic(), info.partition())));
		partitions.sort(Comparator.comparingInt(TopicPartition::partition));
		return partitions;
	}

	/** The first retained offset of each partition. */
	Map<TopicPartition, Long> beginnings(List<TopicPartition> partitions) {
		assign(partitions);
		return this.consumer.beginningOffsets(partitions, this.stallTimeout);
	}

	/** The offset the next record of each partition will get. */
	Map<TopicPartition, Long> ends(List<TopicPartition> partitions) {
		assign(partitions);
		return this.consumer.endOffsets(partitions, this.stallTimeout);
	}

	/**
	 * Offsets are asked for assigned partitions: for others the consumer warns that it
	 * cannot note their high watermark.
	 */
	private void assign(List<TopicPartition> partitions) {
		if (!this.consumer.assignment().containsAll(partitions)) {
			this.consumer.assign(partitions);
		}
	}

	/**
	 * Hands every record from {@code from} (inclusive) to {@code to} (exclusive) of each
	 * partition of {@code from} to {@code visitor}, partition by partition in offset
	 * order.
	 * @return the records read
	 * @throws ReplayFailedException when the reading stops moving for the stall timeout
	 */
	long read(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to,
			Consumer<ConsumerRecord<byte[], byte[]>> visitor) {
		Map<TopicPartition, Long> remaining = new HashMap<>();
		from.forEach((partition, start) -> {
			if (start < to.getOrDefault(partition, 0L)) {
				remaining.put(partition, to.get(partition));
			}
		});
		if (remaining.isEmpty()) {
			return 0;
		}
		this.consumer.assign(remaining.keySet());
		remaining.keySet().forEach((partition) -> this.consumer.seek(partition, from.get(partition)));
		long read = 0;
		long lastProgress = System.nanoTime();
		try {
			while (!remaining.isEmpty()) {
				ConsumerRecords<byte[], byte[]> records = this.consumer.poll(POLL);
				for (TopicPartition partition : records.partitions()) {
					Long end = remaining.get(partition);
					for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
						if (end != null && record.offset() < end) {
							visitor.accept(record);
							read++;
						}
					}
				}
				boolean reached = false;
				for (TopicPartition partition : List.copyOf(remaining.keySet())) {
					if (this.consumer.position(partition, this.stallTimeout) >= remaining.get(partition)) {
						remaining.remove(partition);
						this.consumer.pause(List.of(partition));
						reached = true;
					}
				}
				if (!records.isEmpty() || reached) {
					lastProgress = System.nanoTime();
				}
				else if (System.nanoTime() - lastProgress > this.stallTimeout.toNanos()) {
					throw new ReplayFailedException("Reading " + remaining.keySet() + " made no progress for "
							+ this.stallTimeout.toSeconds() + " s; is the broker up?", null);
				}
			}
			return read;
		}
		finally {
			this.consumer.unsubscribe();
		}
	}

	private Map<String, List<PartitionInfo>> topicInfos() {
		if (this.topics == null) {
			this.topics = this.consumer.listTopics(this.stallTimeout);
		}
		return this.topics;
	}

	@Override
	public void close() {
		this.consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
	}

}
