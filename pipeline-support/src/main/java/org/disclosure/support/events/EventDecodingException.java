package org.disclosure.support.events;

/**
 * A record's value is not the event its topic promises. Retrying cannot help: the error
 * handler sends the record straight to the topic's dead-letter topic.
 */
public class EventDecodingException extends RuntimeException {

	public EventDecodingException(String message, Throwable cause) {
		super(message, cause);
	}

}
