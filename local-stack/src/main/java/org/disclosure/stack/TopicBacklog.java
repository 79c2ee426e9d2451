package org.disclosure.stack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Where documents are in Kafka: per topic the records written (end offsets) and per
 * consumer group and topic how many are still unread (lag).
 *
 * @param topics per topic, in name order
 * @param groups per consumer group and topic, in name order
 */
record TopicBacklog(List<TopicOffsets> topics, List<GroupLag> groups) {

	private static final long TIMEOUT_SECONDS = 10;

	/**
	 * One topic.
	 *
	 * @param topic the name
	 * @param partitions number of partitions
	 * @param endOffset sum of the partitions' end offsets: records ever written
	 * @param retained records still on disk (end minus start offsets)
	 */
	record TopicOffsets(String topic, int partitions, long endOffset, long retained) {
	}

	/**
	 * One consumer group on one topic.
	 *
	 * @param group the group id
	 * @param topic the topic, or null for a group that has committed nothing yet
	 * @param committed sum of committed offsets
	 * @param endOffset sum of end offsets of the partitions the group has committed on
	 */
	record GroupLag(String group, String topic, long committed, long endOffset) {

		long lag() {
			return Math.max(0, this.endOffset - this.committed);
		}

	}

	static TopicBacklog read(String bootstrapServers)
			throws InterruptedException, ExecutionException, TimeoutException {
		try (Admin admin = KafkaBroker.admin(bootstrapServers)) {
			Set<String> names = new TreeSet<>(admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
			Map<String, TopicDescription> descriptions = admin.describeTopics(names)
				.allTopicNames()
				.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			List<TopicPartition> partitions = new ArrayList<>();
			descriptions.values()
				.forEach((description) -> description.partitions()
					.forEach((info) -> partitions.add(new TopicPartition(description.name(), info.partition()))));
			Map<TopicPartition, Long> ends = offsets(admin, partitions, OffsetSpec.latest());
			Map<TopicPartition, Long> starts = offsets(admin, partitions, OffsetSpec.earliest());
			List<TopicOffsets> topics = new ArrayList<>();
			for (String name : names) {
				TopicDescription description = descriptions.get(name);
				long end = 0;
				long start = 0;
				for (var info : description.partitions()) {
					TopicPartition partition = new TopicPartition(name, info.partition());
					end += ends.getOrDefault(partition, 0L);
					start += starts.getOrDefault(partition, 0L);
				}
				topics.add(new TopicOffsets(name, description.partitions().size(), end, end - start));
			}
			return new TopicBacklog(topics, groups(admin, ends));
		}
	}

	private static List<GroupLag> groups(Admin admin, Map<TopicPartition, Long> ends)
			throws InterruptedException, ExecutionException, TimeoutException {
		Collection<GroupListing> listings = admin.listGroups(ListGroupsOptions.forConsumerGroups())
			.all()
			.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		Set<String> groupIds = new TreeSet<>();
		listings.forEach((listing) -> groupIds.add(listing.groupId()));
		List<GroupLag> lags = new ArrayList<>();
		for (String group : groupIds) {
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata()
				.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			Map<String, long[]> perTopic = new TreeMap<>();
			committed.forEach((partition, offset) -> {
				if (offset != null) {
					long[] sums = perTopic.computeIfAbsent(partition.topic(), (topic) -> new long[2]);
					sums[0] += offset.offset();
					sums[1] += ends.getOrDefault(partition, offset.offset());
				}
			});
			perTopic.forEach((topic, sums) -> lags.add(new GroupLag(group, topic, sums[0], sums[1])));
			if (perTopic.isEmpty()) {
				lags.add(new GroupLag(group, null, 0, 0));
			}
		}
		return lags;
	}

	private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
			throws InterruptedException, ExecutionException, TimeoutException {
		if (partitions.isEmpty()) {
			return Map.of();
		}
		Map<TopicPartition, OffsetSpec> request = new HashMap<>();
		partitions.forEach((partition) -> request.put(partition, spec));
		Map<TopicPartition, ListOffsetsResultInfo> result = admin.listOffsets(request)
			.all()
			.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		Map<TopicPartition, Long> offsets = new HashMap<>();
		result.forEach((partition, info) -> offsets.put(partition, info.offset()));
		return offsets;
	}

	/** The backlog as the text {@code ./pipeline status} prints. */
	String format() {
		StringBuilder out = new StringBuilder();
		if (this.topics.isEmpty()) {
			out.append("Topics: none yet\n");
		}
		else {
			int width = Math.max(5, this.topics.stream().mapToInt((t) -> t.topic().length()).max().orElse(5));
			out.append(String.format("%-" + width + "s  %10s  %10s  %s%n", "TOPIC", "END OFFSET", "RETAINED",
					"PARTITIONS"));
			for (TopicOffsets topic : this.topics) {
				out.append(String.format("%-" + width + "s  %10d  %10d  %d%n", topic.topic(), topic.endOffset(),
						topic.retained(), topic.partitions()));
			}
		}
		if (this.groups.isEmpty()) {
			out.append("Consumer groups: none yet\n");
		}
		else {
			int groupWidth = Math.max(5, this.groups.stream().mapToInt((g) -> g.group().length()).max().orElse(5));
			int topicWidth = Math.max(5,
					this.groups.stream().mapToInt((g) -> (g.topic() != null) ? g.topic().length() : 0).max().orElse(5));
			out.append(String.format("%-" + groupWidth + "s  %-" + topicWidth + "s  %10s  %10s  %6s%n", "GROUP",
					"TOPIC", "COMMITTED", "END", "LAG"));
			for (GroupLag lag : this.groups) {
				if (lag.topic() == null) {
					out.append(String.format("%-" + groupWidth + "s  %s%n", lag.group(), "(no offsets committed yet)"));
					continue;
				}
				out.append(String.format("%-" + groupWidth + "s  %-" + topicWidth + "s  %10d  %10d  %6d%n", lag.group(),
						lag.topic(), lag.committed(), lag.endOffset(), lag.lag()));
			}
		}
		return out.toString();
	}

}
