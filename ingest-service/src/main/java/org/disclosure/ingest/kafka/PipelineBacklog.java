package org.disclosure.ingest.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.disclosure.contracts.Topics;
import org.disclosure.support.kafka.BrokerOffsetReader;
import org.disclosure.support.kafka.PeriodicOffsetRead;

/**
 * The documents accepted but not yet through the pipeline: the lag, read from the broker,
 * of the consumer groups of the stages after ingest (parse-service on
 * {@code disclosure.fetched.v1}, validate-service on {@code disclosure.parsed.v1},
 * index-service on {@code disclosure.validated.v1}), summed. A partition a group has not
 * committed on yet counts whole. Read every few seconds, never per request.
 */
public class PipelineBacklog extends PeriodicOffsetRead {

	/** The consumer group of each stage after ingest, with the topic it reads. */
	static final Map<String, String> STAGES = Map.of("parse-service", Topics.FETCHED, "validate-service", Topics.PARSED,
			"index-service", Topics.VALIDATED);

	private final long max;

	private volatile long documents = -1;

	/**
	 * @param adminFactory makes the admin client that reads the offsets
	 * @param max the backlog above which the pipeline is too far behind; 0 for no limit,
	 * and then the broker is never asked
	 * @param refresh how often the offsets are read
	 */
	public PipelineBacklog(Supplier<Admin> adminFactory, long max, Duration refresh) {
		super(adminFactory, refresh, "pipeline-backlog");
		this.max = max;
	}

	/** The backlog last read; -1 until it has been read once. */
	public long documents() {
		return this.documents;
	}

	/** Whether the backlog last read is above the limit. */
	public boolean exceeded() {
		return this.max > 0 && this.documents > this.max;
	}

	/** The limit; 0 for none. */
	public long max() {
		return this.max;
	}

	@Override
	protected void read(BrokerOffsetReader offsets) {
		long total = 0;
		for (Map.Entry<String, String> stage : STAGES.entrySet()) {
			List<TopicPartition> partitions = offsets.partitions(List.of(stage.getValue()));
			Map<TopicPartition, Long> ends = offsets.endOffsets(partitions);
			Map<TopicPartition, Long> starts = offsets.startOffsets(partitions);
			Map<TopicPartition, Long> committed = offsets.committedOffsets(stage.getKey());
			for (TopicPartition partition : partitions) {
				long end = ends.getOrDefault(partition, 0L);
				long from = committed.getOrDefault(partition, starts.getOrDefault(partition, end));
				total += Math.max(0, end - from);
			}
		}
		this.documents = total;
	}

	@Override
	public boolean isAutoStartup() {
		return this.max > 0;
	}

}
