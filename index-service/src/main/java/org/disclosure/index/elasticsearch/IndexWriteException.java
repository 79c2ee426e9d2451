package org.disclosure.index.elasticsearch;

/**
 * Elasticsearch did not take a write. Thrown, never swallowed: the Kafka error handler
 * retries the record and dead-letters it in the end.
 */
public class IndexWriteException extends RuntimeException {

	public IndexWriteException(String message, Throwable cause) {
		super(message, cause);
	}

}
