package org.disclosure.parse.guard;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.disclosure.support.blob.BlobStore;

/**
 * Counts unfinished parse attempts per document, as records
 * {@code parse-attempts/ab/<doc id>} of the blob store so the count survives the process
 * and follows the document to whichever instance consumes it next. An attempt is begun
 * before parsing and ended once its outcome is published; an attempt that never ended
 * means the process died on the document (killed, or out of memory beyond recovery).
 * After {@code maxAttempts} such deaths the document is given up as a poison pill instead
 * of killing every consumer that picks it up. An operator's replay of the document starts
 * a fresh count, which the replayed record's own redeliveries keep, so a replay cannot
 * crash-loop either.
 */
public final class ParseAttempts {

	private final BlobStore records;

	private final int maxAttempts;

	public ParseAttempts(BlobStore records, int maxAttempts) {
		this.records = records;
		this.maxAttempts = maxAttempts;
	}

	/**
	 * True when {@code unfinished} attempts that never ended reach {@code maxAttempts}.
	 */
	public boolean exhausted(int unfinished) {
		return unfinished >= this.maxAttempts;
	}

	/**
	 * Records the start of an attempt on {@code docId}.
	 * @param docId the document
	 * @param replay null, or the replay the attempt belongs to (see
	 * {@link #unfinished(String, String)})
	 */
	public void begin(String docId, String replay) {
		write(docId, unfinished(docId, replay) + 1, replay);
	}

	/** Records that the attempt on {@code docId} ended with a published outcome. */
	public void end(String docId) {
		this.records.deleteRecord(name(docId));
	}

	/**
	 * Attempts begun on {@code docId} that never ended.
	 * @param docId the document
	 * @param replay null for a record as published, or the id of a replayed record: then
	 * only attempts begun under the same id count
	 * @return the attempts
	 */
	public int unfinished(String docId, String replay) {
		Optional<byte[]> record = this.records.readRecord(name(docId));
		if (record.isEmpty()) {
			return 0;
		}
		String[] lines = new String(record.get(), StandardCharsets.UTF_8).split("\n", 2);
		String begunBy = (lines.length > 1) ? lines[1] : null;
		if (replay != null && !oneLine(replay).equals(begunBy)) {
			return 0;
		}
		try {
			return Integer.parseInt(lines[0].strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private void write(String docId, int attempts, String replay) {
		this.records.putRecord(name(docId),
				(attempts + ((replay != null) ? "\n" + oneLine(replay) : "")).getBytes(StandardCharsets.UTF_8));
	}

	private static String oneLine(String replay) {
		return replay.replaceAll("\\s+", " ");
	}

	private static String name(String docId) {
		if (!docId.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a document id: " + docId);
		}
		return "parse-attempts/" + docId.substring(0, 2) + "/" + docId;
	}

}
