package org.disclosure.index.documents;

import java.time.Instant;

/**
 * A record the error handler gave up on and moved to a dead-letter topic, described by
 * the headers Spring Kafka's recoverer wrote on it. A header it did not write is null.
 *
 * @param deadLetterTopic the topic the record now sits in, e.g.
 * {@code disclosure.parsed.v1-dlt}
 * @param key the record key: the document id
 * @param originalTopic the topic the record failed on
 * @param exceptionClass the exception the listener threw
 * @param exceptionCauseClass its cause, usually the more telling of the two
 * @param deadLetteredAt when the record was dead-lettered
 */
public record DeadLetter(String deadLetterTopic, int partition, long offset, String key, String originalTopic,
		Integer originalPartition, Long originalOffset, String exceptionClass, String exceptionCauseClass,
		String exceptionMessage, Instant deadLetteredAt) {
}
