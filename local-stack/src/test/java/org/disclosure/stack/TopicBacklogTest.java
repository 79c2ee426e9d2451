package org.disclosure.stack;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicBacklogTest {

	@Test
	void printsEndOffsetsAndLagPerGroup() {
		TopicBacklog backlog = new TopicBacklog(
				List.of(new TopicBacklog.TopicOffsets("disclosure.fetched.v1", 3, 15, 15),
						new TopicBacklog.TopicOffsets("disclosure.parsed.v1", 3, 12, 12)),
				List.of(new TopicBacklog.GroupLag("parse-service", "disclosure.fetched.v1", 12, 15),
						new TopicBacklog.GroupLag("index-service", null, 0, 0)));
		String text = backlog.format();
		assertThat(text).contains("TOPIC                  END OFFSET    RETAINED  PARTITIONS\n")
			.contains("disclosure.fetched.v1          15          15  3\n")
			.contains("parse-service  disclosure.fetched.v1          12          15       3\n")
			.contains("index-service  (no offsets committed yet)\n");
	}

	@Test
	void saysWhenThereIsNothingYet() {
		assertThat(new TopicBacklog(List.of(), List.of()).format())
			.isEqualTo("Topics: none yet\nConsumer groups: none yet\n");
	}

}
