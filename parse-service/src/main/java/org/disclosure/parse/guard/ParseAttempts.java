package org.disclosure.parse.guard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Counts unfinished parse attempts per document, on disk so the count survives the
 * process. An attempt is begun before parsing and ended once its outcome is published; an
 * attempt that never ended means the process died on the document (killed, or out of
 * memory beyond recovery). After {@code maxAttempts} such deaths the document is given up
 * as a poison pill instead of killing every consumer that picks it up.
 */
public final class ParseAttempts {

	private final Path root;

	private final int maxAttempts;

	public ParseAttempts(Path root, int maxAttempts) {
		this.root = root;
		this.maxAttempts = maxAttempts;
	}

	/** True when {@code maxAttempts} earlier attempts on {@code docId} never ended. */
	public boolean exhausted(String docId) {
		return exhausted(unfinished(docId));
	}

	/**
	 * True when {@code unfinished} attempts that never ended reach {@code maxAttempts}.
	 */
	public boolean exhausted(int unfinished) {
		return unfinished >= this.maxAttempts;
	}

	/** Records the start of an attempt on {@code docId}. */
	public void begin(String docId) {
		write(docId, unfinished(docId) + 1);
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

	/** Attempts begun on {@code docId} that never ended. */
	public int unfinished(String docId) {
		Path file = file(docId);
		try {
			return Files.exists(file) ? Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).strip()) : 0;
		}
		catch (IOException | NumberFormatException ex) {
			return 0;
		}
	}

	private void write(String docId, int attempts) {
		Path file = file(docId);
		try {
			Files.createDirectories(file.getParent());
			Path temp = Files.createTempFile(file.getParent(), docId, ".part");
			Files.writeString(temp, Integer.toString(attempts), StandardCharsets.UTF_8);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot record a parse attempt of " + docId, ex);
		}
	}

	private Path file(String docId) {
		if (!docId.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a document id: " + docId);
		}
		return this.root.resolve(docId.substring(0, 2)).resolve(docId);
	}

}
