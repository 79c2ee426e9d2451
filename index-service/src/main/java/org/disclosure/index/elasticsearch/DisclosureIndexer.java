package org.disclosure.index.elasticsearch;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.disclosure.contracts.DocumentIndexed;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.index.documents.DisclosureDocument;
import org.disclosure.index.documents.FactDocument;
import org.disclosure.support.blob.BlobStore;

/**
 * Writes a validated disclosure into {@code disclosures}, its text fetched from the blob
 * store (the event carries only the claim check), and its figures into
 * {@code disclosure-facts}. Facts go first: once the disclosure is searchable its figures
 * are too.
 */
public class DisclosureIndexer {

	private final BulkWriter writer;

	private final FactIndexer facts;

	private final BlobStore blobs;

	private final Clock clock;

	public DisclosureIndexer(BulkWriter writer, FactIndexer facts, BlobStore blobs, Clock clock) {
		this.writer = writer;
		this.facts = facts;
		this.blobs = blobs;
		this.clock = clock;
	}

	/** Indexes {@code validated}, replacing any earlier version of it. */
	public DocumentIndexed index(DocumentValidated validated) {
		String textBlobKey = (validated.document() != null) ? validated.document().textBlobKey() : null;
		String content = (textBlobKey != null) ? new String(this.blobs.read(textBlobKey), StandardCharsets.UTF_8)
				: null;
		Instant now = this.clock.instant();
		this.facts.replace(validated.docId(), FactDocument.of(validated, now));
		DisclosureDocument document = DisclosureDocument.of(validated, content, now);
		BulkResponseItem written = this.writer
			.write(IndexDefinition.DISCLOSURES.alias(), Map.of(document.docId(), document))
			.get(0);
		return new DocumentIndexed(DocumentIndexed.SCHEMA_VERSION, document.docId(), written.index(),
				document.pipeline().indexedAt());
	}

}
