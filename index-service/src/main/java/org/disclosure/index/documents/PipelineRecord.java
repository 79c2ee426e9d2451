package org.disclosure.index.documents;

import java.time.Instant;

/**
 * One record of a pipeline topic as the event log reads it: where it sits, its key and
 * bytes, and what its headers say.
 *
 * @param timestamp the record's timestamp (when the producer wrote it)
 * @param eventType the CloudEvents {@code ce_type} header, null when absent
 * @param replayId the {@code pipeline-replay} header: the replay that wrote the record,
 * null for a first run
 * @param deadLetter on a dead-letter topic, what the recoverer's headers say; else null
 */
public record PipelineRecord(String topic, int partition, long offset, String key, byte[] value, Instant timestamp,
		String eventType, String replayId, DeadLetter deadLetter) {
}
