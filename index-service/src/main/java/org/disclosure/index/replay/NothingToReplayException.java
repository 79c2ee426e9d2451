package org.disclosure.index.replay;

/** The document never reached the topic a replay would read: answered with 404. */
public class NothingToReplayException extends RuntimeException {

	public NothingToReplayException(String message) {
		super(message);
	}

}
