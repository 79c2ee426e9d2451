package org.disclosure.support.blob;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The blob store contract on a folder. */
class FileSystemBlobStoreTest extends BlobStoreContract {

	@TempDir
	Path root;

	@Override
	protected BlobStore newStore() {
		return new FileSystemBlobStore(this.root);
	}

	/** Every file under the root, {@code tmp/} included. */
	@Override
	protected List<String> storedObjects() throws Exception {
		try (Stream<Path> files = Files.walk(this.root)) {
			return files.filter(Files::isRegularFile).map(this::relative).sorted().toList();
		}
	}

	@Test
	void anotherStoreOnTheSameFolderSeesTheSameBlobsAndRecords() {
		String key = store().put(new byte[] { 4, 2 }).key();
		store().putRecord("announced/ab/x", new byte[0]);

		BlobStore other = new FileSystemBlobStore(this.root);

		assertThat(other.read(key)).containsExactly(4, 2);
		assertThat(other.createRecordIfAbsent("announced/ab/x", new byte[0])).isFalse();
	}

	private String relative(Path file) {
		StringJoiner path = new StringJoiner("/");
		this.root.relativize(file).forEach((segment) -> path.add(segment.toString()));
		return path.toString();
	}

}
