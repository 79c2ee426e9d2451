package org.disclosure.support.blob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlobStoreTest {

	@TempDir
	Path root;

	@Test
	void keyIsTheSha256OfTheBytes() {
		StoredBlob blob = new BlobStore(this.root).put("abc".getBytes(StandardCharsets.UTF_8));
		assertThat(blob.key()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(blob.sizeBytes()).isEqualTo(3);
		assertThat(blob.created()).isTrue();
	}

	@Test
	void sameBytesAreStoredOnce() throws IOException {
		BlobStore store = new BlobStore(this.root);
		byte[] bytes = "部门决算".getBytes(StandardCharsets.UTF_8);
		StoredBlob first = store.put(bytes);
		StoredBlob second = store.put(bytes);
		assertThat(second.key()).isEqualTo(first.key());
		assertThat(second.created()).isFalse();
		assertThat(store.read(first.key())).isEqualTo(bytes);
		try (Stream<Path> files = Files.walk(this.root.resolve("sha256"))) {
			assertThat(files.filter(Files::isRegularFile)).hasSize(1);
		}
	}

	@Test
	void tooLargeLeavesNothingBehind() throws IOException {
		BlobStore store = new BlobStore(this.root);
		assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[1025]), 1024))
			.isInstanceOf(BlobTooLargeException.class)
			.hasMessageContaining("1024");
		try (Stream<Path> files = Files.walk(this.root)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}

	@Test
	void keysThatAreNotSha256AreRefused() {
		BlobStore store = new BlobStore(this.root);
		assertThatIllegalArgumentException().isThrownBy(() -> store.path("../../etc/passwd"));
		assertThat(store.contains(BlobStore.sha256Hex(new byte[] { 1 }))).isFalse();
	}

}
