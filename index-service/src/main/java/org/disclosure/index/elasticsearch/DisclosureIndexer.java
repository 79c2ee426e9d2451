package org.disclosure.index.elasticsearch;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.disclosure.contracts.DocumentIndexed;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.index.documents.DisclosureDocument;
import org.disclosure.index.documents.FactDocument;
import org.disclosure.index.documents.FindingDocument;
import org.disclosure.support.blob.BlobStore;

/**
 * Writes a validated disclosure into {@code disclosures}, its text fetched from the blob
 * store (the event carries only the claim check), its figures into
 * {@code disclosure-facts} and its findings into {@code disclosure-findings}. The parts
 * go first: once the disclosure is searchable, its figures and findings are too. Writes
 * go to the current version's index, not through the alias: while a new version is being
 * rebuilt by replay, readers keep the previous one until the alias moves.
 */
public class DisclosureIndexer {

	private final BulkWriter writer;

	private final PartsIndexer parts;

	private final BlobStore blobs;

	private final Clock clock;

	public DisclosureIndexer(BulkWriter writer, PartsIndexer parts, BlobStore blobs, Clock clock) {
		this.writer = writer;
		this.parts = parts;
		this.blobs = blobs;
		this.clock = clock;
	}

	/** Indexes {@code validated}, replacing any earlier version of it. */
	public DocumentIndexed index(DocumentValidated validated) {
		String textBlobKey = (validated.document() != null) ? validated.document().textBlobKey() : null;
		String content = (textBlobKey != null) ? new String(this.blobs.read(textBlobKey), StandardCharsets.UTF_8)
				: null;
		Instant now = this.clock.instant();
		this.parts.replace(IndexDefinition.FACTS, "fact_id", validated.docId(),
				byId(FactDocument.of(validated, now), FactDocument::factId));
		this.parts.replace(IndexDefinition.FINDINGS, "finding_id", validated.docId(),
				byId(FindingDocument.of(validated), FindingDocument::findingId));
		DisclosureDocument document = DisclosureDocument.of(validated, content, now);
		BulkResponseItem written = this.writer
			.write(IndexDefinition.DISCLOSURES.indexName(), Map.of(document.docId(), document))
			.get(0);
		return new DocumentIndexed(DocumentIndexed.SCHEMA_VERSION, document.docId(), written.index(),
				document.pipeline().indexedAt(), document.pipeline().fetchedAt(), document.pipeline().validatedAt());
	}

	private static <T> Map<String, T> byId(List<T> documents, Function<T, String> id) {
		Map<String, T> byId = new LinkedHashMap<>();
		documents.forEach((document) -> byId.put(id.apply(document), document));
		return byId;
	}

}
