package org.disclosure.index.kafka.replay;

import org.apache.kafka.common.utils.Utils;

/**
 * The partition Kafka's default partitioner gives a keyed record, so finding a document
 * reads one partition instead of the whole topic.
 */
final class KeyPartitions {

	private KeyPartitions() {
	}

	static int partition(byte[] key, int partitions) {
		return Utils.toPositive(Utils.murmur2(key)) % partitions;
	}

}
