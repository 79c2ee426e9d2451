package org.disclosure.index.replay;

/**
 * Kafka did not answer, or did not acknowledge every re-sent record: answered with 503.
 * Records already sent stay sent; a replay repeated is harmless.
 */
public class ReplayFailedException extends RuntimeException {

	public ReplayFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
