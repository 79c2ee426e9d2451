package org.disclosure.index.replay;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a replay re-sent, once the broker acknowledged every record.
 *
 * @param replayId the value of the
 * {@value org.disclosure.contracts.PipelineHeaders#REPLAY} header of every record it sent
 * @param sourceTopic the topic it read
 * @param targetTopics records sent (and acknowledged) per topic
 * @param recordsScanned records read on the source topic
 * @param recordsSent records re-sent
 * @param skipped records read but not re-sent: other documents, earlier versions of a
 * document, records without a key, dead letters whose topic is gone
 */
public record ReplayReport(@JsonProperty("replay_id") String replayId, ReplayKind kind,
		@JsonProperty("source_topic") String sourceTopic, @JsonProperty("target_topics") Map<String, Long> targetTopics,
		@JsonProperty("records_scanned") long recordsScanned, @JsonProperty("records_sent") long recordsSent,
		long skipped) {

	public ReplayReport {
		targetTopics = Collections.unmodifiableMap(new TreeMap<>(targetTopics));
	}

}
