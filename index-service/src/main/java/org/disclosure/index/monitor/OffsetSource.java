package org.disclosure.index.monitor;

import java.util.List;

/**
 * Offsets as the broker knows them: where each pipeline topic's partitions start and end,
 * and where every consumer group has committed on them.
 */
public interface OffsetSource {

	/**
	 * Reads the offsets now; an {@link IllegalStateException} when the broker does not
	 * answer.
	 */
	Offsets read();

	/**
	 * @param partitions every partition of the pipeline's topics the broker has
	 * @param committed every consumer group's committed offset on them
	 */
	record Offsets(List<PartitionOffsets> partitions, List<CommittedOffset> committed) {

		/** Nothing known: the broker did not answer. */
		public static final Offsets UNKNOWN = new Offsets(List.of(), List.of());

	}

	/**
	 * @param start the first retained record's offset
	 * @param end the next record's offset: records ever written to the partition
	 */
	record PartitionOffsets(String topic, int partition, long start, long end) {
	}

	record CommittedOffset(String group, String topic, int partition, long offset) {
	}

}
