package org.disclosure.index.kafka.replay;

import java.nio.ByteBuffer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The latest record of every key of a topic, as positions only (the values are read again
 * when sent, so a topic of large events is never held in memory). Within a partition the
 * higher offset is the later record; a key found in several partitions (written before
 * the partition count changed) keeps the record with the latest timestamp there.
 */
final class LatestPerKey {

	private static final Comparator<Position> LATEST = Comparator.comparingLong(Position::timestamp)
		.thenComparingInt(Position::partition);

	private final Map<KeyInPartition, Position> latest = new HashMap<>();

	/** One record of the topic; records of one partition come in offset order. */
	void offer(byte[] key, int partition, long offset, long timestamp) {
		this.latest.merge(new KeyInPartition(ByteBuffer.wrap(key.clone()), partition),
				new Position(partition, offset, timestamp),
				(earlier, later) -> (later.offset() > earlier.offset()) ? later : earlier);
	}

	/** The offsets of the latest record of each key, per partition. */
	Map<Integer, NavigableSet<Long>> offsetsByPartition() {
		Map<ByteBuffer, Position> perKey = new HashMap<>();
		this.latest.forEach((keyInPartition, position) -> perKey.merge(keyInPartition.key(), position,
				(one, other) -> (LATEST.compare(one, other) >= 0) ? one : other));
		Map<Integer, NavigableSet<Long>> offsets = new TreeMap<>();
		perKey.values()
			.forEach((position) -> offsets.computeIfAbsent(position.partition(), (partition) -> new TreeSet<>())
				.add(position.offset()));
		return offsets;
	}

	private record KeyInPartition(ByteBuffer key, int partition) {
	}

	private record Position(int partition, long offset, long timestamp) {
	}

}
