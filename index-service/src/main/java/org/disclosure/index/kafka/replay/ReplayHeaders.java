package org.disclosure.index.kafka.replay;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.disclosure.contracts.PipelineHeaders;
import org.disclosure.contracts.Topics;

/**
 * The headers of a re-sent record: the original ones (CloudEvents attributes, trace
 * context) without Spring's dead-letter headers or the id of an earlier replay, plus the
 * id of this one.
 */
final class ReplayHeaders {

	/** Prefix of the headers Spring Kafka's dead-letter recoverer adds. */
	static final String DEAD_LETTER_PREFIX = "kafka_dlt-";

	/** Where the recoverer notes the topic a dead letter came from. */
	static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";

	private ReplayHeaders() {
	}

	static Headers rewrite(Headers original, String replayId) {
		RecordHeaders headers = new RecordHeaders();
		for (Header header : original) {
			if (!header.key().startsWith(DEAD_LETTER_PREFIX) && !header.key().equals(PipelineHeaders.REPLAY)) {
				headers.add(header.key(), header.value());
			}
		}
		headers.add(PipelineHeaders.REPLAY, replayId.getBytes(StandardCharsets.UTF_8));
		return headers;
	}

	/**
	 * The topic a record of {@code deadLetterTopic} was dead-lettered from: its
	 * {@value #ORIGINAL_TOPIC} header, else the dead-letter topic's name without its
	 * suffix.
	 */
	static String originalTopic(String deadLetterTopic, Headers headers) {
		Header header = headers.lastHeader(ORIGINAL_TOPIC);
		if (header != null && header.value() != null && header.value().length > 0) {
			return new String(header.value(), StandardCharsets.UTF_8);
		}
		return deadLetterTopic.substring(0, deadLetterTopic.length() - Topics.DEAD_LETTER_SUFFIX.length());
	}

}
