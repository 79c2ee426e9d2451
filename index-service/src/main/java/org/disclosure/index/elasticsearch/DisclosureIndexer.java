package org.disclosure.index.elasticsearch;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disclosure.contracts.DocumentIndexed;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.index.documents.DisclosureDocument;
import org.disclosure.index.documents.FactDocument;
import org.disclosure.index.documents.FindingDocument;
import org.disclosure.support.blob.BlobStore;

/**
 * Writes validated disclosures into {@code disclosures}, each with its text fetched from
 * the blob store (the event carries only the claim check), its figures into
 * {@code disclosure-facts} and its findings into {@code disclosure-findings}, and deletes
 * the facts and findings an earlier version had that the new one does not. A batch of
 * disclosures is one bulk write (a few requests when large), each disclosure after its
 * parts, and returns once all of it is searchable. Writes go to the current version's
 * index, not through the alias: while a new version is being rebuilt by replay, readers
 * keep the previous one until the alias moves.
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
		return index(List.of(validated)).get(0);
	}

	/**
	 * Indexes a batch of validated disclosures, replacing any earlier version of each; of
	 * two versions of one disclosure in the batch the later one is written.
	 * @return what was indexed, one per disclosure, in the order of their latest version
	 * @throws IndexWriteException when Elasticsearch cannot be reached, or rejects parts
	 * of some disclosures ({@link IndexWriteException#rejectedDocIds()}; those written in
	 * full are in {@link IndexWriteException#indexed()})
	 */
	public List<DocumentIndexed> index(List<DocumentValidated> batch) {
		Map<String, DocumentValidated> latest = new LinkedHashMap<>();
		for (DocumentValidated validated : batch) {
			latest.remove(validated.docId());
			latest.put(validated.docId(), validated);
		}
		Instant now = this.clock.instant();
		Set<String> existingFacts = this.parts.existingIds(IndexDefinition.FACTS, "fact_id", latest.keySet());
		Set<String> existingFindings = this.parts.existingIds(IndexDefinition.FINDINGS, "finding_id", latest.keySet());
		List<BulkWriter.Operation> operations = new ArrayList<>();
		Map<String, String> docIdsByPartId = new LinkedHashMap<>();
		List<DocumentIndexed> indexed = new ArrayList<>();
		for (DocumentValidated validated : latest.values()) {
			String docId = validated.docId();
			Set<String> kept = new LinkedHashSet<>();
			for (FactDocument fact : FactDocument.of(validated, now)) {
				operations.add(write(IndexDefinition.FACTS, fact.factId(), fact));
				kept.add(fact.factId());
			}
			for (FindingDocument finding : FindingDocument.of(validated)) {
				operations.add(write(IndexDefinition.FINDINGS, finding.findingId(), finding));
				kept.add(finding.findingId());
			}
			operations.addAll(deleteStale(IndexDefinition.FACTS, existingFacts, docId, kept));
			operations.addAll(deleteStale(IndexDefinition.FINDINGS, existingFindings, docId, kept));
			kept.forEach((partId) -> docIdsByPartId.put(partId, docId));
			DisclosureDocument document = DisclosureDocument.of(validated, content(validated), now);
			operations.add(write(IndexDefinition.DISCLOSURES, docId, document));
			indexed.add(new DocumentIndexed(DocumentIndexed.SCHEMA_VERSION, docId,
					IndexDefinition.DISCLOSURES.indexName(), document.pipeline().indexedAt(),
					document.pipeline().fetchedAt(), document.pipeline().validatedAt()));
		}
		try {
			this.writer.execute(operations, "write of " + latest.size() + " disclosures");
		}
		catch (IndexWriteException ex) {
			Set<String> rejected = new LinkedHashSet<>();
			for (String id : ex.rejectedIds()) {
				rejected.add(docIdsByPartId.getOrDefault(id, id));
			}
			throw ex.inBatch(rejected, ex.rejectedIds().isEmpty() ? List.of()
					: indexed.stream().filter((one) -> !rejected.contains(one.docId())).toList());
		}
		return indexed;
	}

	private String content(DocumentValidated validated) {
		String textBlobKey = (validated.document() != null) ? validated.document().textBlobKey() : null;
		return (textBlobKey != null) ? new String(this.blobs.read(textBlobKey), StandardCharsets.UTF_8) : null;
	}

	private static BulkWriter.Operation write(IndexDefinition index, String id, Object document) {
		return new BulkWriter.Index(index.indexName(), id, document);
	}

	/**
	 * Deletes of the parts of {@code docId} in {@code existing} that it no longer has.
	 */
	private static List<BulkWriter.Operation> deleteStale(IndexDefinition index, Set<String> existing, String docId,
			Set<String> kept) {
		String prefix = docId + ":";
		return existing.stream()
			.filter((id) -> id.startsWith(prefix) && !kept.contains(id)).<BulkWriter
					.Operation>map((id) -> new BulkWriter.Delete(index.indexName(), id))
			.toList();
	}

}
