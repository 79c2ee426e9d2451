package org.disclosure.index.reindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.disclosure.index.elasticsearch.AliasSwitch;
import org.disclosure.index.elasticsearch.AliasSwitches;
import org.disclosure.index.reindex.Replay.ReplayedPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the indices by replaying the pipeline (the minimal Elasticsearch has no
 * {@code _reindex}): rewinds index-service's consumer group, watches its committed
 * offsets until they reach the end offsets of the moment of the rewind, then moves every
 * alias still on an earlier version to the index the replay filled. Readers keep the
 * complete earlier index until that one atomic switch.
 */
public class Reindex implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(Reindex.class);

	static final String IDLE = "idle";

	static final String REPLAYING = "replaying";

	static final String DONE = "done";

	static final String FAILED = "failed";

	private final Replay replay;

	private final AliasSwitches aliases;

	private final Clock clock;

	private final ScheduledExecutorService watcher;

	private Run run = new Run(IDLE, null, null, null, List.of(), Map.of(), List.of(), null);

	public Reindex(Replay replay, AliasSwitches aliases, Clock clock, Duration pollInterval) {
		this.replay = replay;
		this.aliases = aliases;
		this.clock = clock;
		this.watcher = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "reindex-watcher");
			thread.setDaemon(true);
			return thread;
		});
		this.watcher.scheduleWithFixedDelay(this::check, pollInterval.toMillis(), pollInterval.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/**
	 * Starts a rebuild.
	 * @param trigger who asked: {@code api} or {@code start}
	 * @throws ReindexInProgressException when one is replaying
	 * @throws IllegalStateException when the consumer group cannot be rewound
	 */
	public synchronized ReindexStatus start(String trigger) {
		if (REPLAYING.equals(this.run.state())) {
			throw new ReindexInProgressException();
		}
		Instant now = this.clock.instant();
		List<AliasSwitch> pending;
		List<ReplayedPartition> partitions;
		try {
			pending = this.aliases.pending();
			partitions = this.replay.rewind();
		}
		catch (IOException ex) {
			failed(trigger, now, ex);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			failed(trigger, now, ex);
			throw ex;
		}
		this.run = new Run(REPLAYING, trigger, now, null, partitions, Map.of(), pending, null);
		logger.info("Rebuild by replay started ({}): {} records in {} partitions; aliases to move: {}", trigger,
				total(partitions), partitions.size(), pending);
		return status();
	}

	private void failed(String trigger, Instant startedAt, Exception ex) {
		this.run = new Run(FAILED, trigger, startedAt, this.clock.instant(), List.of(), Map.of(), List.of(),
				ex.getMessage());
		logger.error("Rebuild by replay could not start", ex);
	}

	/** Where the last rebuild stands. */
	public synchronized ReindexStatus status() {
		Run current = this.run;
		List<ReindexStatus.Partition> partitions = new ArrayList<>();
		long replayed = 0;
		for (ReplayedPartition partition : current.partitions()) {
			Long position = current.committed().get(partition.name());
			long reached = Math.min(partition.to(), Math.max(partition.from(), (position != null) ? position : 0));
			replayed += reached - partition.from();
			partitions.add(new ReindexStatus.Partition(partition.topic(), partition.partition(), partition.from(),
					partition.to(), position));
		}
		boolean started = current.startedAt() != null;
		return new ReindexStatus(current.state(), current.trigger(), current.startedAt(), current.finishedAt(),
				started ? new ReindexStatus.Records(replayed, total(current.partitions())) : null,
				started ? partitions : null, started ? current.aliases() : null, current.error());
	}

	/**
	 * One look at the replay's progress; switches the aliases once it has caught up.
	 * Errors are kept in the status and the look is retried.
	 */
	synchronized void check() {
		if (!REPLAYING.equals(this.run.state())) {
			return;
		}
		try {
			Map<String, Long> committed = Map.copyOf(this.replay.committed());
			this.run = this.run.withCommitted(committed, null);
			if (caughtUp(this.run.partitions(), committed)) {
				List<AliasSwitch> moved = this.aliases.switchAll();
				this.run = new Run(DONE, this.run.trigger(), this.run.startedAt(), this.clock.instant(),
						this.run.partitions(), committed, moved, null);
				logger.info("Rebuild by replay done: {} records replayed; aliases moved: {}",
						total(this.run.partitions()), moved);
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Rebuild by replay: checking progress failed, retrying: {}", ex.getMessage());
			this.run = this.run.withCommitted(this.run.committed(), ex.getMessage());
		}
	}

	static boolean caughtUp(List<ReplayedPartition> partitions, Map<String, Long> committed) {
		return partitions.stream()
			.allMatch((partition) -> partition.to() <= partition.from()
					|| committed.getOrDefault(partition.name(), partition.from()) >= partition.to());
	}

	private static long total(List<ReplayedPartition> partitions) {
		return partitions.stream().mapToLong((partition) -> Math.max(0, partition.to() - partition.from())).sum();
	}

	@Override
	public void close() {
		this.watcher.shutdownNow();
	}

	/** One rebuild, as an immutable snapshot. */
	private record Run(String state, String trigger, Instant startedAt, Instant finishedAt,
			List<ReplayedPartition> partitions, Map<String, Long> committed, List<AliasSwitch> aliases, String error) {

		Run withCommitted(Map<String, Long> positions, String lastError) {
			return new Run(this.state, this.trigger, this.startedAt, this.finishedAt, this.partitions, positions,
					this.aliases, lastError);
		}

	}

}
