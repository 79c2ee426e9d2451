package org.disclosure.index.search;

/** Nothing is known under the document id asked for: answered with 404. */
public final class DocumentNotFoundException extends RuntimeException {

	private DocumentNotFoundException(String message) {
		super(message);
	}

	/** No disclosure is indexed under {@code docId}. */
	public static DocumentNotFoundException notIndexed(String docId) {
		return new DocumentNotFoundException("No disclosure is indexed under " + docId);
	}

	/** The event log has no record naming {@code docId}. */
	public static DocumentNotFoundException withoutEvents(String docId) {
		return new DocumentNotFoundException("No record of the pipeline names document " + docId);
	}

}
