package org.disclosure.index.reindex;

import java.util.List;
import java.util.Map;

/**
 * The pipeline's event log, read again: sets index-service's consumer group back to the
 * first retained record of every topic it reads, so its listeners write everything anew.
 */
public interface Replay {

	/**
	 * Rewinds the group; returns, per partition, the offset the replay starts from and
	 * the end offset it has to reach (the end when the rewind happened).
	 * @throws IllegalStateException when the group cannot be rewound (the broker does not
	 * answer, or another member keeps the group busy)
	 */
	List<ReplayedPartition> rewind();

	/**
	 * The group's committed offset per partition, by {@link ReplayedPartition#name()}.
	 */
	Map<String, Long> committed();

	/**
	 * One partition of a replay.
	 *
	 * @param from the first retained offset, where the replay starts
	 * @param to the end offset when the replay started: reached when the group's
	 * committed offset is at least this
	 */
	record ReplayedPartition(String topic, int partition, long from, long to) {

		/** {@code topic-partition}, as Kafka names it. */
		public String name() {
			return this.topic + "-" + this.partition;
		}

	}

}
