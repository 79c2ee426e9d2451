package org.disclosure.support.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Bytes on their way into a store, in a temporary file: their key is known only once the
 * last byte is read, and a stream over the limit must leave nothing behind. Closing
 * deletes the file (a backend that moved it away leaves nothing to delete).
 *
 * @param file the temporary file
 * @param key SHA-256 of the bytes, lower-case hex
 * @param sizeBytes how many there are
 */
record SpooledBlob(Path file, String key, long sizeBytes) implements AutoCloseable {

	/**
	 * Copies {@code in} to a new file in {@code folder}, hashing while it streams.
	 * @throws BlobTooLargeException past {@code limitBytes}; the file is gone
	 */
	static SpooledBlob write(InputStream in, long limitBytes, Path folder) throws IOException {
		Path file = Files.createTempFile(folder, "put-", ".part");
		try {
			MessageDigest digest = StoreLayout.sha256();
			long size;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
				size = copy(in, out, limitBytes);
			}
			return new SpooledBlob(file, HexFormat.of().formatHex(digest.digest()), size);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
	}

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(this.file);
	}

	private static long copy(InputStream in, OutputStream out, long limitBytes) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		while ((read = in.read(buffer)) != -1) {
			total += read;
			if (total > limitBytes) {
				throw new BlobTooLargeException(limitBytes);
			}
			out.write(buffer, 0, read);
		}
		return total;
	}

}
