package org.disclosure.index.search;

/** No disclosure is indexed under the id asked for: answered with 404. */
public class DocumentNotFoundException extends RuntimeException {

	public DocumentNotFoundException(String docId) {
		super("No disclosure is indexed under " + docId);
	}

}
