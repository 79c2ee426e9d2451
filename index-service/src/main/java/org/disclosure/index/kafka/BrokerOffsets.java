package org.disclosure.index.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.disclosure.contracts.Topics;
import org.disclosure.index.monitor.OffsetSource;

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
		Admin client = this.admin.get();
		Set<String> topics = new TreeSet<>(await(client.listTopics().names(), "list the topics"));
		topics.removeIf((topic) -> !Topics.ALL.contains(topic) && !DEAD_LETTER_TOPICS.matcher(topic).matches());
		Map<String, TopicDescription> descriptions = topics.isEmpty() ? Map.of()
				: await(client.describeTopics(topics).allTopicNames(), "describe the topics");
		List<TopicPartition> partitions = new ArrayList<>();
		descriptions.values()
			.forEach((description) -> description.partitions()
				.forEach((info) -> partitions.add(new TopicPartition(description.name(), info.partition()))));
		Map<TopicPartition, Long> starts = offsets(client, partitions, OffsetSpec.earliest());
		Map<TopicPartition, Long> ends = offsets(client, partitions, OffsetSpec.latest());
		List<PartitionOffsets> partitionOffsets = new ArrayList<>();
		for (TopicPartition partition : partitions) {
			partitionOffsets.add(new PartitionOffsets(partition.topic(), partition.partition(),
					starts.getOrDefault(partition, 0L), ends.getOrDefault(partition, 0L)));
		}
		return new Offsets(partitionOffsets, committed(client, topics));
	}

	private List<CommittedOffset> committed(Admin client, Set<String> topics) {
		Collection<GroupListing> groups = await(client.listGroups(ListGroupsOptions.forConsumerGroups()).all(),
				"list the consumer groups");
		List<CommittedOffset> committed = new ArrayList<>();
		for (String group : new TreeSet<>(groups.stream().map(GroupListing::groupId).toList())) {
			Map<TopicPartition, OffsetAndMetadata> offsets = await(
					client.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata(),
					"read the offsets of group " + group);
			offsets.forEach((partition, offset) -> {
				if (offset != null && topics.contains(partition.topic())) {
					committed
						.add(new CommittedOffset(group, partition.topic(), partition.partition(), offset.offset()));
				}
			});
		}
		return committed;
	}

	private Map<TopicPartition, Long> offsets(Admin client, List<TopicPartition> partitions, OffsetSpec spec) {
		if (partitions.isEmpty()) {
			return Map.of();
		}
		Map<TopicPartition, OffsetSpec> request = new HashMap<>();
		partitions.forEach((partition) -> request.put(partition, spec));
		Map<TopicPartition, ListOffsetsResultInfo> result = await(client.listOffsets(request).all(),
				"list the offsets");
		Map<TopicPartition, Long> offsets = new HashMap<>();
		result.forEach((partition, info) -> offsets.put(partition, info.offset()));
		return offsets;
	}

	@Override
	public synchronized void destroy() {
		this.admin.close();
	}

	private static <T> T await(KafkaFuture<T> future, String what) {
		try {
			return future.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Kafka could not " + what + ": "
					+ ((ex.getCause() != null) ? ex.getCause().getMessage() : ex.getMessage()), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while asking Kafka", ex);
		}
	}

}
