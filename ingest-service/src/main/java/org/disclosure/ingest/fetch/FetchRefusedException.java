package org.disclosure.ingest.fetch;

/** A URL the pipeline will not fetch, or a fetch that did not give a document. */
public class FetchRefusedException extends Exception {

	private final boolean refused;

	public FetchRefusedException(String message) {
		this(message, true);
	}

	private FetchRefusedException(String message, boolean refused) {
		super(message);
		this.refused = refused;
	}

	/** The fetch was tried and failed (timeout, HTTP error), as opposed to refused. */
	public static FetchRefusedException failed(String message) {
		return new FetchRefusedException(message, false);
	}

	/**
	 * True when the URL itself was refused (scheme, address); false when the fetch
	 * failed.
	 */
	public boolean refused() {
		return this.refused;
	}

}
