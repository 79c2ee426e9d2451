package org.disclosure.index.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
import org.disclosure.support.blob.BlobStore;
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
 * {@code disclosure.failed.v1} and the dead-letter topics) through the listeners of its
 * consumer group: stops them, which leaves the group empty, sets the group's offsets back
 * to the first retained record with the admin client (the broker allows that only for an
 * empty group), and starts them again. Records keep their order per partition, so a
 * document's latest event is still written last.
 *
 * <p>
 * With several index-service instances in the group, the one asked to rebuild leads: it
 * writes the record {@value #REWIND_RECORD} in the blob store they share, and every other
 * instance, which looks for it every second, stops its listeners of the group until the
 * record is gone (or older than {@link #STEP_ASIDE_LIMIT}, should the leader have died).
 * Once the group is empty the leader rewinds it, deletes the record and starts its
 * listeners; the others start theirs, and the whole group replays. An instance that does
 * not step aside within a minute fails the rebuild, saying so.
 */
@Component
class ListenerReplay implements Replay, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ListenerReplay.class);

	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

	/** Long enough for stopped consumers to leave the group. */
	private static final Duration EMPTY_GROUP_TIMEOUT = Duration.ofSeconds(60);

	private static final Pattern DEAD_LETTER_TOPICS = Pattern.compile(DeadLetterListener.DEAD_LETTER_TOPICS);

	/**
	 * The blob-store record by which the instance rewinding asks the others to step
	 * aside.
	 */
	static final String REWIND_RECORD = "reindex/rewind";

	/** How often an instance looks for {@link #REWIND_RECORD}. */
	private static final Duration STEP_ASIDE_POLL = Duration.ofSeconds(1);

	/** A request older than this is ignored: its leader died before it deleted it. */
	static final Duration STEP_ASIDE_LIMIT = Duration.ofMinutes(2);

	private final KafkaListenerEndpointRegistry listeners;

	private final LazyAdmin admin;

	private final String groupId;

	private final BlobStore store;

	private final String instanceId = UUID.randomUUID().toString();

	private final ScheduledExecutorService watcher;

	/** The containers this instance stopped for another's rewind, or null. */
	private List<MessageListenerContainer> steppedAside;

	ListenerReplay(KafkaListenerEndpointRegistry listeners, KafkaAdmin kafkaAdmin, BlobStore store,
			@Value("${spring.application.name}") String groupId) {
		this.listeners = listeners;
		this.admin = new LazyAdmin(kafkaAdmin);
		this.store = store;
		this.groupId = groupId;
		this.watcher = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "reindex-step-aside");
			thread.setDaemon(true);
			return thread;
		});
		this.watcher.scheduleWithFixedDelay(this::stepAsideIfAsked, STEP_ASIDE_POLL.toMillis(),
				STEP_ASIDE_POLL.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized List<ReplayedPartition> rewind() {
		this.store.putRecord(REWIND_RECORD,
				(this.instanceId + " " + Instant.now().toEpochMilli()).getBytes(StandardCharsets.US_ASCII));
		List<MessageListenerContainer> running = runningContainersOfTheGroup();
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
			this.store.deleteRecord(REWIND_RECORD);
			running.forEach(MessageListenerContainer::start);
		}
	}

	/**
	 * Stops this instance's listeners of the group while another instance asks for the
	 * group to be empty, and starts them again once it no longer does.
	 */
	synchronized void stepAsideIfAsked() {
		try {
			boolean asked = this.store.readRecord(REWIND_RECORD)
				.map((content) -> new String(content, StandardCharsets.US_ASCII).split(" "))
				.filter((request) -> request.length == 2 && !request[0].equals(this.instanceId))
				.filter((request) -> Duration.between(Instant.ofEpochMilli(Long.parseLong(request[1])), Instant.now())
					.compareTo(STEP_ASIDE_LIMIT) < 0)
				.isPresent();
			if (asked && this.steppedAside == null) {
				this.steppedAside = runningContainersOfTheGroup();
				this.steppedAside.forEach(MessageListenerContainer::stop);
				logger.info("Another index-service instance rewinds consumer group {}: listeners stopped meanwhile",
						this.groupId);
			}
			else if (!asked && this.steppedAside != null) {
				this.steppedAside.forEach(MessageListenerContainer::start);
				this.steppedAside = null;
				logger.info("Consumer group {} rewound by another instance: listeners started again", this.groupId);
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Cannot look for a rewind of consumer group {}: {}", this.groupId, ex.getMessage());
		}
	}

	private List<MessageListenerContainer> runningContainersOfTheGroup() {
		return this.listeners.getListenerContainers()
			.stream()
			.filter(MessageListenerContainer::isRunning)
			.filter((container) -> this.groupId.equals(container.getGroupId()))
			.toList();
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
		this.watcher.shutdownNow();
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
							+ EMPTY_GROUP_TIMEOUT.toSeconds() + " s: an index-service instance did not step aside "
							+ "(one of an older version, or one that cannot read the blob store). Stop it, reindex, "
							+ "then start it again", ex);
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
