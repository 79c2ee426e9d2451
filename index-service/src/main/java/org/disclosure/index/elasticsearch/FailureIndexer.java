package org.disclosure.index.elasticsearch;

import java.util.Map;

import org.disclosure.index.documents.FailureDocument;

/**
 * Writes failures into the current version of {@code pipeline-failures}, one document per
 * failure id.
 */
public class FailureIndexer {

	private final BulkWriter writer;

	public FailureIndexer(BulkWriter writer) {
		this.writer = writer;
	}

	public void index(FailureDocument failure) {
		this.writer.write(IndexDefinition.FAILURES.indexName(), Map.of(failure.failureId(), failure));
	}

}
