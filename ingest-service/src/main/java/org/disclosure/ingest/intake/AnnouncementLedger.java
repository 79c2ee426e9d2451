package org.disclosure.ingest.intake;

import org.disclosure.support.blob.BlobStore;

/**
 * Which stored documents have been announced, as records {@code announced/ab/<doc id>} of
 * the blob store, so every ingest instance sees the same ledger. A document is marked
 * only after the broker acknowledged its {@code DocumentFetched}, so bytes stored just
 * before a crash are announced on the next push instead of being taken for a duplicate
 * and lost.
 */
public final class AnnouncementLedger {

	private static final byte[] MARK = new byte[0];

	private final BlobStore records;

	public AnnouncementLedger(BlobStore records) {
		this.records = records;
	}

	public boolean isAnnounced(String docId) {
		return this.records.readRecord(name(docId)).isPresent();
	}

	/** Marks {@code docId} announced; marked already (concurrently) is as good. */
	public void markAnnounced(String docId) {
		this.records.createRecordIfAbsent(name(docId), MARK);
	}

	private static String name(String docId) {
		if (!docId.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a document id: " + docId);
		}
		return "announced/" + docId.substring(0, 2) + "/" + docId;
	}

}
