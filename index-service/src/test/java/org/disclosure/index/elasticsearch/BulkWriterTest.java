package org.disclosure.index.elasticsearch;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch._types.Refresh;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BulkWriterTest {

	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	@Test
	void aWriteOnAnIdleWriterForcesARefreshAndOneInAStreamWaitsForTheNextPeriodicOne() {
		BulkWriter writer = new BulkWriter(null, true, this.now::get);
		assertThat(writer.refreshFor(1200)).as("the first write").isEqualTo(Refresh.True);

		writer.execute(List.of(), "nothing");
		advance(Duration.ofMillis(40));
		assertThat(writer.refreshFor(1200)).as("right after the previous write").isEqualTo(Refresh.WaitFor);

		advance(BulkWriter.STREAM_GAP);
		assertThat(writer.refreshFor(1200)).as("after a pause").isEqualTo(Refresh.True);
		assertThat(writer.refreshFor(BulkWriter.CHUNK + 1)).as("a backlog's write never forces one")
			.isEqualTo(Refresh.WaitFor);
	}

	@Test
	void aWriterThatDoesNotWaitNeverRefreshes() {
		BulkWriter writer = new BulkWriter(null, false, this.now::get);

		assertThat(writer.refreshFor(10)).isEqualTo(Refresh.False);
	}

	private void advance(Duration duration) {
		this.now.addAndGet(duration.toNanos());
	}

}
