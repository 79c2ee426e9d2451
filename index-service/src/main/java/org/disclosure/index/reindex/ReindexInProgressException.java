package org.disclosure.index.reindex;

/** A rebuild was asked for while one is replaying: answered with 409. */
public class ReindexInProgressException extends RuntimeException {

	public ReindexInProgressException() {
		super("A rebuild is already replaying; GET /api/v1/reindex shows how far it is");
	}

}
