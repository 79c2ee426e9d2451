package org.disclosure.index.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.UnknownMemberIdException;
import org.disclosure.contracts.Topics;
import org.disclosure.index.reindex.Replay;
import org.disclosure.support.kafka.BrokerOffsetReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Replays the topics index-service reads ({@code disclosure.validated.v1},
 * {@code disclosure.failed.v1} and the dead-letter topics) through its own listeners:
 * stops them, which leaves the consumer group empty, sets the group's offsets back to the
 * first retained record with the admin client (the broker allows that only for an empty
 * group), and starts them again. Records keep their order per partition, so a document's
 * latest event is still written last. Another running index-service instance keeps the
 * group busy: the rewind then fails instead of racing it.
 */
@Component
class ListenerReplay implements Replay, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ListenerReplay.class);

	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

	/** Long enough for stopped consumers to leave the group. */
	private static final Duration EMPTY_GROUP_TIMEOUT = Duration.ofSeconds(60);

	private static final Pattern DEAD_LETTER_TOPICS = Pattern.compile(DeadLetterListener.DEAD_LETTER_TOPICS);

	private final KafkaListenerEndpointRegistry listeners;

	private final LazyAdmin admin;

	private final String groupId;

	ListenerReplay(KafkaListenerEndpointRegistry listeners, KafkaAdmin kafkaAdmin,
			@Value("${spring.application.name}") String groupId) {
		this.listeners = listeners;
		this.admin = new LazyAdmin(kafkaAdmin);
		this.groupId = groupId;
	}

	@Override
	public synchronized List<ReplayedPartition> rewind() {
		List<MessageListenerContainer> running = this.listeners.getListenerContainers()
			.stream()
			.filter(MessageListenerContainer::isRunning)
			.toList();
		running.forEach(MessageListenerContainer::stop);
		try {
			Admin client = this.admin.get();
			BrokerOffsetReader broker = new BrokerOffsetReader(client, CALL_TIMEOUT);
			List<TopicPartition> partitions = broker.partitions(topics(broker));
			Map<TopicPartition, Long> earliest = broker.startOffsets(partitions);
			Map<TopicPartition, Long> latest = broker.endOffsets(partitions);
			Map<TopicPartition, OffsetAndMetadata> rewound = new HashMap<>();
			earliest.forEach((partition, offset) -> rewound.put(partition, new OffsetAndMetadata(offset)));
			resetGroup(client, rewound);
			List<ReplayedPartition> replayed = new ArrayList<>();
			for (TopicPartition partition : partitions) {
				replayed.add(new ReplayedPartition(partition.topic(), partition.partition(), earliest.get(partition),
						latest.get(partition)));
			}
			logger.info("Consumer group {} rewound to the first retained records of {}", this.groupId,
					new TreeSet<>(partitions.stream().map(TopicPartition::topic).toList()));
			return replayed;
		}
		finally {
			running.forEach(MessageListenerContainer::start);
		}
	}

	@Override
	public synchronized Map<String, Long> committed() {
		Map<String, Long> committed = new HashMap<>();
		new BrokerOffsetReader(this.admin.get(), CALL_TIMEOUT).committedOffsets(this.groupId)
			.forEach((partition, offset) -> committed.put(partition.topic() + "-" + partition.partition(), offset));
		return committed;
	}

	@Override
	public synchronized void destroy() {
		this.admin.close();
	}

	/** The topics the listeners read that exist, in name order. */
	private static List<String> topics(BrokerOffsetReader broker) {
		return broker.topics()
			.stream()
			.filter((name) -> name.equals(Topics.VALIDATED) || name.equals(Topics.FAILED)
					|| DEAD_LETTER_TOPICS.matcher(name).matches())
			.sorted()
			.toList();
	}

	/** Alters the group's offsets once its stopped members have left it. */
	private void resetGroup(Admin client, Map<TopicPartition, OffsetAndMetadata> offsets) {
		Instant deadline = Instant.now().plus(EMPTY_GROUP_TIMEOUT);
		while (true) {
			try {
				client.alterConsumerGroupOffsets(this.groupId, offsets)
					.all()
					.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
				return;
			}
			catch (ExecutionException ex) {
				boolean busy = ex.getCause() instanceof GroupNotEmptyException
						|| ex.getCause() instanceof UnknownMemberIdException;
				if (!busy) {
					throw new IllegalStateException(
							"Cannot rewind consumer group " + this.groupId + ": " + ex.getCause().getMessage(), ex);
				}
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("Consumer group " + this.groupId + " still has members after "
							+ EMPTY_GROUP_TIMEOUT.toSeconds() + " s: another index-service instance runs. Stop it, "
							+ "reindex, then start it again", ex);
				}
				pause();
			}
			catch (TimeoutException ex) {
				throw new IllegalStateException("Kafka did not answer within " + CALL_TIMEOUT.toSeconds()
						+ " s while rewinding consumer group " + this.groupId, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while rewinding consumer group " + this.groupId, ex);
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rewinding", ex);
		}
	}

}
