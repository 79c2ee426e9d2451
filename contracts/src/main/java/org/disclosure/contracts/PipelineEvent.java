package org.disclosure.contracts;

/** An event of the pipeline: versioned, and about one document. */
public sealed interface PipelineEvent
		permits FetchRequested, DocumentFetched, DocumentParsed, DocumentValidated, DocumentIndexed, DocumentFailed {

	int schemaVersion();

	/**
	 * The record key: the document id where one exists, else an id of the event itself.
	 */
	String key();

	/** The CloudEvents {@code type}, e.g. {@code org.disclosure.document.fetched.v1}. */
	String cloudEventType();

}
