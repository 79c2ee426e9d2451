package org.disclosure.parse.guard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Counts unfinished parse attempts per document, on disk so the count survives the
 * process. An attempt is begun before parsing and ended once its outcome is published; an
 * attempt that never ended means the process died on the document (killed, or out of
 * memory beyond recovery). After {@code maxAttempts} such deaths the document is given up
 * as a poison pill instead of killing every consumer that picks it up. An operator's
 * replay of the document starts a fresh count, which the replayed record's own
 * redeliveries keep, so a replay cannot crash-loop either.
 */
public final class ParseAttempts {

	private final Path root;

	private final int maxAttempts;

	public ParseAttempts(Path root, int maxAttempts) {
		this.root = root;
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
		try {
			Files.deleteIfExists(file(docId));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot end the parse attempt of " + docId, ex);
		}
	}

	/**
	 * Attempts begun on {@code docId} that never ended.
	 * @param docId the document
	 * @param replay null for a record as published, or the id of a replayed record: then
	 * only attempts begun under the same id count
	 * @return the attempts
	 */
	public int unfinished(String docId, String replay) {
		Path file = file(docId);
		try {
			if (!Files.exists(file)) {
				return 0;
			}
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			String begunBy = (lines.size() > 1) ? lines.get(1) : null;
			if (replay != null && !oneLine(replay).equals(begunBy)) {
				return 0;
			}
			return Integer.parseInt(lines.get(0).strip());
		}
		catch (IOException | NumberFormatException | IndexOutOfBoundsException ex) {
			return 0;
		}
	}

	private void write(String docId, int attempts, String replay) {
		Path file = file(docId);
		try {
			Files.createDirectories(file.getParent());
			Path temp = Files.createTempFile(file.getParent(), docId, ".part");
			Files.writeString(temp, attempts + ((replay != null) ? "\n" + oneLine(replay) : ""),
					StandardCharsets.UTF_8);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot record a parse attempt of " + docId, ex);
		}
	}

	private static String oneLine(String replay) {
		return replay.replaceAll("\\s+", " ");
	}

	private Path file(String docId) {
		if (!docId.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a document id: " + docId);
		}
		return this.root.resolve(docId.substring(0, 2)).resolve(docId);
	}

}
