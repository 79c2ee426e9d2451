package org.disclosure.index.elasticsearch;

import java.util.List;
import java.util.Set;

import org.disclosure.contracts.DocumentIndexed;

/**
 * Elasticsearch did not take a write. Thrown, never swallowed: the Kafka error handler
 * retries the record and dead-letters it in the end. A bulk write that Elasticsearch took
 * but for some items names them, and the disclosures of the batch written in full.
 */
public class IndexWriteException extends RuntimeException {

	private final Set<String> rejectedIds;

	private final Set<String> rejectedDocIds;

	private final List<DocumentIndexed> indexed;

	public IndexWriteException(String message, Throwable cause) {
		this(message, cause, Set.of());
	}

	IndexWriteException(String message, Throwable cause, Set<String> rejectedIds) {
		this(message, cause, rejectedIds, Set.of(), List.of());
	}

	private IndexWriteException(String message, Throwable cause, Set<String> rejectedIds, Set<String> rejectedDocIds,
			List<DocumentIndexed> indexed) {
		super(message, cause);
		this.rejectedIds = Set.copyOf(rejectedIds);
		this.rejectedDocIds = Set.copyOf(rejectedDocIds);
		this.indexed = List.copyOf(indexed);
	}

	/** This failure of a batch: the disclosures rejected, and those indexed in full. */
	IndexWriteException inBatch(Set<String> rejectedDocIds, List<DocumentIndexed> indexed) {
		return new IndexWriteException(getMessage(), getCause(), this.rejectedIds, rejectedDocIds, indexed);
	}

	/** The ids of the documents Elasticsearch rejected; empty when it was not reached. */
	public Set<String> rejectedIds() {
		return this.rejectedIds;
	}

	/**
	 * The disclosures of a batch whose disclosure, facts or findings were rejected; empty
	 * when the whole batch failed.
	 */
	public Set<String> rejectedDocIds() {
		return this.rejectedDocIds;
	}

	/** The disclosures of a batch that were written in full despite the rejections. */
	public List<DocumentIndexed> indexed() {
		return this.indexed;
	}

}
