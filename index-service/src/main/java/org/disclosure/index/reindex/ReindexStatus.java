package org.disclosure.index.reindex;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.disclosure.index.elasticsearch.AliasSwitch;

/**
 * Where a rebuild by replay stands: {@code idle} (none since start), {@code replaying},
 * {@code done} (caught up, aliases moved) or {@code failed} (the rewind was refused).
 *
 * @param trigger {@code api} or {@code start}
 * @param records records replayed so far out of those to replay
 * @param aliases the aliases to move (while replaying) or moved (when done)
 * @param error why the rewind failed, or the last error of a check that will be retried
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReindexStatus(String state, String trigger, @JsonProperty("started_at") Instant startedAt,
		@JsonProperty("finished_at") Instant finishedAt, Records records, List<Partition> partitions,
		List<AliasSwitch> aliases, String error) {

	/** How many records the replay has written again, of how many. */
	public record Records(long replayed, long total) {
	}

	/**
	 * One partition: replayed from {@code from} up to {@code to}, now at
	 * {@code position}.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Partition(String topic, int partition, long from, long to, Long position) {
	}

}
