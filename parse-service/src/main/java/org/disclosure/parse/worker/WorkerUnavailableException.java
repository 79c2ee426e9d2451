package org.disclosure.parse.worker;

/**
 * No parser worker could be started (a broken command line, a JVM that cannot start): an
 * infrastructure fault, not a document's.
 */
public class WorkerUnavailableException extends RuntimeException {

	WorkerUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
