package org.disclosure.ingest.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which stored documents have been announced. A document is marked only after the broker
 * acknowledged its {@code DocumentFetched}, so bytes stored just before a crash are
 * announced on the next push instead of being taken for a duplicate and lost.
 */
public final class AnnouncementLedger {

	private final Path root;

	public AnnouncementLedger(Path root) {
		this.root = root;
	}

	public boolean isAnnounced(String docId) {
		return Files.exists(marker(docId));
	}

	public void markAnnounced(String docId) {
		Path marker = marker(docId);
		try {
			Files.createDirectories(marker.getParent());
			Files.createFile(marker);
		}
		catch (FileAlreadyExistsException ex) {
			// announced concurrently: the mark is what matters
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot mark " + docId + " announced", ex);
		}
	}

	private Path marker(String docId) {
		return this.root.resolve(docId.substring(0, 2)).resolve(docId);
	}

}
