package org.disclosure.support.metrics;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.disclosure.support.kafka.BrokerOffsetReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Computes this service's consumer lag from the broker, not from the consumer's own view:
 * per partition the group has committed on, the log end offset minus the committed
 * offset. A stuck or dead consumer stops reporting its own lag; the broker still knows.
 * Published as {@code pipeline.consumer.lag{group,topic,partition}} and the end offsets
 * as {@code pipeline.topic.end_offset{topic,partition}} (their rate is the topic's
 * throughput).
 */
public class ConsumerLagMonitor implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ConsumerLagMonitor.class);

	private final Supplier<Admin> adminFactory;

	private final String group;

	/** Topics whose end offsets are published: every topic of the pipeline. */
	private final List<String> topics;

	private final MeterRegistry registry;

	private final Duration interval;

	private final Map<TopicPartition, Long> lag = new ConcurrentHashMap<>();

	private final Map<TopicPartition, Long> endOffsets = new ConcurrentHashMap<>();

	private ScheduledExecutorService executor;

	private Admin admin;

	private BrokerOffsetReader offsets;

	public ConsumerLagMonitor(Supplier<Admin> adminFactory, String group, List<String> topics, MeterRegistry registry,
			Duration interval) {
		this.adminFactory = adminFactory;
		this.group = group;
		this.topics = List.copyOf(topics);
		this.registry = registry;
		this.interval = interval;
	}

	/** Reads committed and end offsets once and updates the gauges. */
	public void refresh() {
		Map<TopicPartition, Long> committed = this.offsets.committedOffsets(this.group);
		Set<TopicPartition> partitions = new LinkedHashSet<>(committed.keySet());
		partitions.addAll(this.offsets.partitions(this.topics));
		this.offsets.endOffsets(partitions).forEach((partition, end) -> {
			record(this.endOffsets, "pipeline.topic.end_offset", partition, end, false);
			Long offset = committed.get(partition);
			if (offset != null) {
				record(this.lag, "pipeline.consumer.lag", partition, Math.max(0, end - offset), true);
			}
		});
	}

	/** The lag last read, per partition of the topics this service consumes. */
	public Map<TopicPartition, Long> lag() {
		return Map.copyOf(this.lag);
	}

	private void record(Map<TopicPartition, Long> values, String name, TopicPartition partition, long value,
			boolean withGroup) {
		if (values.put(partition, value) == null) {
			Gauge.Builder<Map<TopicPartition, Long>> gauge = Gauge
				.builder(name, values, (map) -> map.getOrDefault(partition, 0L))
				.tag("topic", partition.topic())
				.tag("partition", Integer.toString(partition.partition()));
			if (withGroup) {
				gauge.tag("group", this.group);
			}
			gauge.register(this.registry);
		}
	}

	@Override
	public void start() {
		this.admin = this.adminFactory.get();
		this.offsets = new BrokerOffsetReader(this.admin, Duration.ofSeconds(10));
		this.executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "consumer-lag-monitor");
			thread.setDaemon(true);
			return thread;
		});
		this.executor.scheduleWithFixedDelay(this::refreshQuietly, 0, this.interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void refreshQuietly() {
		try {
			refresh();
		}
		catch (Exception ex) {
			logger.debug("Cannot read consumer lag of {} yet: {}", this.group, ex.toString());
		}
	}

	@Override
	public void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
		if (this.admin != null) {
			this.admin.close(Duration.ofSeconds(5));
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null && !this.executor.isShutdown();
	}

}
