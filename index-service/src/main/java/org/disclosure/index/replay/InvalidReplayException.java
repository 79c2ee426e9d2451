package org.disclosure.index.replay;

/** A replay that cannot be done as asked: answered with 400. */
public class InvalidReplayException extends RuntimeException {

	public InvalidReplayException(String message) {
		super(message);
	}

}
