package org.disclosure.index.reindex;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.disclosure.index.elasticsearch.AliasSwitch;
import org.disclosure.index.elasticsearch.AliasSwitches;
import org.disclosure.index.reindex.Replay.ReplayedPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The rebuild's bookkeeping, with the Kafka and Elasticsearch sides played by fakes
 * (ReindexIT runs it on the real ones).
 */
class ReindexTest {

	private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

	private static final AliasSwitch DISCLOSURES = new AliasSwitch("disclosures", List.of("disclosures-v2"),
			"disclosures-v3");

	private final FakeReplay replay = new FakeReplay();

	private final FakeAliases aliases = new FakeAliases();

	private final Reindex reindex = new Reindex(this.replay, this.aliases, Clock.fixed(NOW, ZoneOffset.UTC),
			Duration.ofHours(1));

	@AfterEach
	void close() {
		this.reindex.close();
	}

	@Test
	void beforeAnyRebuildItIsIdle() {
		ReindexStatus status = this.reindex.status();

		assertThat(status.state()).isEqualTo("idle");
		assertThat(status.records()).isNull();
		assertThat(status.aliases()).isNull();
	}

	@Test
	void theAliasesMoveOnlyOnceEveryPartitionHasCaughtUp() {
		this.replay.partitions = List.of(new ReplayedPartition("disclosure.validated.v1", 0, 0, 10),
				new ReplayedPartition("disclosure.validated.v1", 1, 5, 8),
				new ReplayedPartition("disclosure.failed.v1", 0, 3, 3));
		this.aliases.pending.add(DISCLOSURES);

		ReindexStatus started = this.reindex.start("api");

		assertThat(started.state()).isEqualTo("replaying");
		assertThat(started.trigger()).isEqualTo("api");
		assertThat(started.records()).isEqualTo(new ReindexStatus.Records(0, 13));
		assertThat(started.aliases()).containsExactly(DISCLOSURES);
		assertThat(this.replay.rewinds).isOne();

		this.replay.committed.putAll(Map.of("disclosure.validated.v1-0", 10L, "disclosure.validated.v1-1", 7L));
		this.reindex.check();

		assertThat(this.reindex.status().state()).isEqualTo("replaying");
		assertThat(this.reindex.status().records()).isEqualTo(new ReindexStatus.Records(12, 13));
		assertThat(this.aliases.switches).isZero();

		this.replay.committed.put("disclosure.validated.v1-1", 9L);
		this.reindex.check();

		ReindexStatus done = this.reindex.status();
		assertThat(done.state()).isEqualTo("done");
		assertThat(done.finishedAt()).isEqualTo(NOW);
		assertThat(done.records()).isEqualTo(new ReindexStatus.Records(13, 13));
		assertThat(done.aliases()).containsExactly(DISCLOSURES);
		assertThat(done.partitions()).extracting(ReindexStatus.Partition::position).containsExactly(10L, 9L, null);
		assertThat(this.aliases.switches).isOne();

		this.reindex.check();
		assertThat(this.aliases.switches).isOne();
	}

	@Test
	void anEmptyLogIsCaughtUpAtOnce() {
		this.replay.partitions = List.of(new ReplayedPartition("disclosure.validated.v1", 0, 0, 0));

		this.reindex.start("start");
		this.reindex.check();

		assertThat(this.reindex.status().state()).isEqualTo("done");
		assertThat(this.reindex.status().trigger()).isEqualTo("start");
	}

	@Test
	void aPartitionWithoutACommittedOffsetHasNotStarted() {
		assertThat(Reindex.caughtUp(List.of(new ReplayedPartition("t", 0, 2, 5)), Map.of())).isFalse();
		assertThat(Reindex.caughtUp(List.of(new ReplayedPartition("t", 0, 2, 5)), Map.of("t-0", 5L))).isTrue();
		assertThat(Reindex.caughtUp(List.of(new ReplayedPartition("t", 0, 2, 5)), Map.of("t-1", 9L))).isFalse();
	}

	@Test
	void oneRebuildAtATime() {
		this.replay.partitions = List.of(new ReplayedPartition("disclosure.validated.v1", 0, 0, 10));
		this.reindex.start("api");

		assertThatExceptionOfType(ReindexInProgressException.class).isThrownBy(() -> this.reindex.start("api"));
		assertThat(this.replay.rewinds).isOne();
	}

	@Test
	void aRefusedRewindIsReportedAndAnotherMayFollow() {
		this.replay.refusal = new IllegalStateException("Consumer group index-service still has members");

		assertThatIllegalStateException().isThrownBy(() -> this.reindex.start("api")).withMessageContaining("members");

		assertThat(this.reindex.status().state()).isEqualTo("failed");
		assertThat(this.reindex.status().error()).contains("still has members");
		this.replay.refusal = null;
		assertThat(this.reindex.start("api").state()).isEqualTo("replaying");
	}

	@Test
	void aFailedCheckIsRetried() {
		this.replay.partitions = List.of(new ReplayedPartition("disclosure.validated.v1", 0, 0, 1));
		this.reindex.start("api");
		this.replay.committedFailure = new IllegalStateException("Kafka could not read the offsets");

		this.reindex.check();

		assertThat(this.reindex.status().state()).isEqualTo("replaying");
		assertThat(this.reindex.status().error()).contains("could not read");
		this.replay.committedFailure = null;
		this.replay.committed.put("disclosure.validated.v1-0", 1L);
		this.reindex.check();
		assertThat(this.reindex.status().state()).isEqualTo("done");
		assertThat(this.reindex.status().error()).isNull();
	}

	private static final class FakeReplay implements Replay {

		List<ReplayedPartition> partitions = List.of();

		final Map<String, Long> committed = new HashMap<>();

		RuntimeException refusal;

		RuntimeException committedFailure;

		int rewinds;

		@Override
		public List<ReplayedPartition> rewind() {
			if (this.refusal != null) {
				throw this.refusal;
			}
			this.rewinds++;
			this.committed.clear();
			return this.partitions;
		}

		@Override
		public Map<String, Long> committed() {
			if (this.committedFailure != null) {
				throw this.committedFailure;
			}
			return this.committed;
		}

	}

	private static final class FakeAliases implements AliasSwitches {

		final List<AliasSwitch> pending = new ArrayList<>();

		int switches;

		@Override
		public List<AliasSwitch> pending() throws IOException {
			return List.copyOf(this.pending);
		}

		@Override
		public List<AliasSwitch> switchAll() throws IOException {
			this.switches++;
			List<AliasSwitch> moved = List.copyOf(this.pending);
			this.pending.clear();
			return moved;
		}

	}

}
