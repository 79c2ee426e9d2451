package org.disclosure.support.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads topics, partitions, offsets and consumer groups from the broker with an admin
 * client the caller owns: the broker's view, which a dead consumer cannot distort. Each
 * call waits at most the timeout, then fails with an {@link IllegalStateException}.
 */
public class BrokerOffsetReader {

	private final Admin admin;

	private final Duration timeout;

	public BrokerOffsetReader(Admin admin, Duration timeout) {
		this.admin = admin;
		this.timeout = timeout;
	}

	/** The names of the topics the broker has, internal ones left out. */
	public Set<String> topics() {
		return await(this.admin.listTopics().names(), "list the topics");
	}

	/** Every partition of {@code topics}, topic by topic in their order. */
	public List<TopicPartition> partitions(Collection<String> topics) {
		if (topics.isEmpty()) {
			return List.of();
		}
		Map<String, TopicDescription> descriptions = await(this.admin.describeTopics(topics).allTopicNames(),
				"describe the topics");
		List<TopicPartition> partitions = new ArrayList<>();
		for (String topic : topics) {
			descriptions.get(topic)
				.partitions()
				.forEach((partition) -> partitions.add(new TopicPartition(topic, partition.partition())));
		}
		return partitions;
	}

	/** The offset of each partition's first retained record. */
	public Map<TopicPartition, Long> startOffsets(Collection<TopicPartition> partitions) {
		return offsets(partitions, OffsetSpec.earliest(), "list the start offsets");
	}

	/** The offset each partition's next record gets. */
	public Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> partitions) {
		return offsets(partitions, OffsetSpec.latest(), "list the end offsets");
	}

	/** The offsets {@code group} has committed, per partition it has committed on. */
	public Map<TopicPartition, Long> committedOffsets(String group) {
		Map<TopicPartition, Long> committed = new HashMap<>();
		await(this.admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata(),
				"read the offsets of consumer group " + group)
			.forEach((partition, offset) -> {
				if (offset != null) {
					committed.put(partition, offset.offset());
				}
			});
		return committed;
	}

	/** The ids of the broker's consumer groups, in order. */
	public SortedSet<String> consumerGroups() {
		Collection<GroupListing> groups = await(this.admin.listGroups(ListGroupsOptions.forConsumerGroups()).all(),
				"list the consumer groups");
		return new TreeSet<>(groups.stream().map(GroupListing::groupId).toList());
	}

	private Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec, String what) {
		if (partitions.isEmpty()) {
			return Map.of();
		}
		Map<TopicPartition, OffsetSpec> request = new HashMap<>();
		partitions.forEach((partition) -> request.put(partition, spec));
		Map<TopicPartition, Long> offsets = new HashMap<>();
		await(this.admin.listOffsets(request).all(), what)
			.forEach((partition, info) -> offsets.put(partition, info.offset()));
		return offsets;
	}

	private <T> T await(KafkaFuture<T> future, String what) {
		try {
			return future.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Kafka could not " + what + ": " + ex.getCause().getMessage(), ex);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("Kafka could not " + what + " within " + this.timeout.toSeconds() + " s",
					ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while asking Kafka to " + what, ex);
		}
	}

}
