package org.disclosure.support.metrics;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.disclosure.support.kafka.BrokerOffsetReader;
import org.disclosure.support.kafka.PeriodicOffsetRead;

/**
 * Computes this service's consumer lag from the broker, not from the consumer's own view:
 * per partition the group has committed on, the log end offset minus the committed
 * offset. A stuck or dead consumer stops reporting its own lag; the broker still knows.
 * Published as {@code pipeline.consumer.lag{group,topic,partition}} and the end offsets
 * as {@code pipeline.topic.end_offset{topic,partition}} (their rate is the topic's
 * throughput).
 */
public class ConsumerLagMonitor extends PeriodicOffsetRead {

	private final String group;

	/** Topics whose end offsets are published: every topic of the pipeline. */
	private final List<String> topics;

	private final MeterRegistry registry;

	private final Map<TopicPartition, Long> lag = new ConcurrentHashMap<>();

	private final Map<TopicPartition, Long> endOffsets = new ConcurrentHashMap<>();

	public ConsumerLagMonitor(Supplier<Admin> adminFactory, String group, List<String> topics, MeterRegistry registry,
			Duration interval) {
		super(adminFactory, interval, "consumer-lag-monitor");
		this.group = group;
		this.topics = List.copyOf(topics);
		this.registry = registry;
	}

	/** Reads committed and end offsets once and updates the gauges. */
	@Override
	protected void read(BrokerOffsetReader offsets) {
		Map<TopicPartition, Long> committed = offsets.committedOffsets(this.group);
		Set<TopicPartition> partitions = new LinkedHashSet<>(committed.keySet());
		partitions.addAll(offsets.partitions(this.topics));
		offsets.endOffsets(partitions).forEach((partition, end) -> {
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

}
