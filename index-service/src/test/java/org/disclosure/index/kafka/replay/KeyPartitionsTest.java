package org.disclosure.index.kafka.replay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyPartitionsTest {

	@Test
	void aDocumentIdGoesWhereTheProducerPutsIt() throws Exception {
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		for (int i = 0; i < 500; i++) {
			byte[] key = HexFormat.of()
				.formatHex(sha256.digest(("document " + i).getBytes(StandardCharsets.UTF_8)))
				.getBytes(StandardCharsets.UTF_8);
			for (int partitions : new int[] { 1, 3, 7 }) {
				assertThat(KeyPartitions.partition(key, partitions))
					.isEqualTo(BuiltInPartitioner.partitionForKey(key, partitions));
			}
		}
	}

	@Test
	void aKnownIdHasAFixedPartition() {
		byte[] key = "a3f1c2d4e5b6978800112233445566778899aabbccddeeff0011223344556677"
			.getBytes(StandardCharsets.UTF_8);

		assertThat(KeyPartitions.partition(key, 3)).isBetween(0, 2).isEqualTo(KeyPartitions.partition(key.clone(), 3));
		assertThat(KeyPartitions.partition(key, 1)).isZero();
	}

}
