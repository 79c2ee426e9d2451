package org.disclosure.index.kafka.replay;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatestPerKeyTest {

	@Test
	void theLastRecordOfAKeyInItsPartitionWins() {
		LatestPerKey latest = new LatestPerKey();
		latest.offer(key("a"), 0, 0, 100);
		latest.offer(key("b"), 0, 1, 101);
		latest.offer(key("a"), 0, 2, 50);
		latest.offer(key("c"), 2, 0, 102);

		assertThat(latest.offsetsByPartition()).hasSize(2)
			.hasEntrySatisfying(0, (offsets) -> assertThat(offsets).containsExactly(1L, 2L))
			.hasEntrySatisfying(2, (offsets) -> assertThat(offsets).containsExactly(0L));
	}

	@Test
	void aKeyInTwoPartitionsKeepsTheLatestTimestampWhateverTheReadingOrder() {
		LatestPerKey oneOrder = new LatestPerKey();
		oneOrder.offer(key("a"), 0, 1, 10);
		oneOrder.offer(key("a"), 0, 2, 5);
		oneOrder.offer(key("a"), 1, 7, 8);
		LatestPerKey otherOrder = new LatestPerKey();
		otherOrder.offer(key("a"), 1, 7, 8);
		otherOrder.offer(key("a"), 0, 1, 10);
		otherOrder.offer(key("a"), 0, 2, 5);

		assertThat(oneOrder.offsetsByPartition()).containsOnlyKeys(1).isEqualTo(otherOrder.offsetsByPartition());
	}

	@Test
	void keysAreComparedByTheirBytes() {
		LatestPerKey latest = new LatestPerKey();
		byte[] key = key("a");
		latest.offer(key, 0, 0, 1);
		key[0] = 'z';
		latest.offer(key("a"), 0, 3, 2);

		assertThat(latest.offsetsByPartition().get(0)).containsExactly(3L);
	}

	private static byte[] key(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
