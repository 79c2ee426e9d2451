package org.disclosure.index.search;

/** A search the API cannot answer as asked: answered with 400. */
public class InvalidSearchException extends RuntimeException {

	public InvalidSearchException(String message) {
		super(message);
	}

}
