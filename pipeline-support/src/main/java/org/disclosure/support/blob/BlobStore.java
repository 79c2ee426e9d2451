package org.disclosure.support.blob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The store every service shares. Blobs are content-addressed: bytes are kept once, under
 * the SHA-256 of their content, and a reader never sees half a blob. Beside them are
 * records, small named values a service keeps (which documents were announced, parse
 * attempts), so no service needs a folder of its own and any instance can pick up
 * another's work. Two backends: a folder ({@link FileSystemBlobStore}) and an
 * S3-compatible bucket ({@link S3BlobStore}), which hold the same layout:
 * {@code sha256/ab/cd/abcd…} and {@code records/<name>}.
 * <p>
 * Record names are one or more segments joined by {@code /}, each of 1 to 255 letters,
 * digits, {@code .}, {@code _} and {@code -} (never {@code .} or {@code ..}), at most 512
 * characters in all; a name must not also be the folder of other names (the filesystem
 * cannot hold both). A store that cannot be reached fails with an exception: the
 * {@link IOException} a method declares, or an unchecked one
 * ({@link UncheckedIOException}, the AWS SDK's {@code SdkException}), which a listener
 * lets the error handler retry.
 */
public interface BlobStore {

	/**
	 * Stores the bytes of {@code in}, reading at most {@code limitBytes}.
	 * @param in the bytes
	 * @param limitBytes most bytes accepted
	 * @return the blob, {@code created} false when the store held these bytes already
	 * @throws BlobTooLargeException when {@code in} holds more; nothing is stored
	 * @throws IOException when {@code in} cannot be read or the store written
	 */
	StoredBlob put(InputStream in, long limitBytes) throws IOException;

	/** Stores {@code bytes}. */
	default StoredBlob put(byte[] bytes) {
		try {
			return put(new ByteArrayInputStream(bytes), Long.MAX_VALUE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	boolean contains(String key);

	/**
	 * Opens the blob named {@code key}.
	 * @param key the SHA-256 of its bytes
	 * @return its bytes, to be closed
	 * @throws NoSuchFileException when the store does not hold it
	 * @throws IOException when the store cannot be read
	 */
	InputStream open(String key) throws IOException;

	/** The bytes of the blob named {@code key}. */
	default byte[] read(String key) {
		try (InputStream in = open(key)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read blob " + key, ex);
		}
	}

	/** Writes the record {@code name}, replacing it whole: a reader sees old or new. */
	void putRecord(String name, byte[] content);

	/**
	 * Writes the record {@code name} unless it exists, atomically: of several callers at
	 * once exactly one creates it.
	 * @param name the record
	 * @param content its content
	 * @return true when this call created it
	 */
	boolean createRecordIfAbsent(String name, byte[] content);

	Optional<byte[]> readRecord(String name);

	/** Deletes the record {@code name}; nothing happens when there is none. */
	void deleteRecord(String name);

	/**
	 * The names of the records that start with {@code prefix} (any string of the name's
	 * characters, e.g. {@code announced/ab} or {@code announced/}), in ascending order. A
	 * record written before the call is listed, one deleted before it is not.
	 * @param prefix the start of the names, empty for all
	 * @return the names
	 */
	List<String> listRecords(String prefix);

	/** The SHA-256 of {@code bytes}, lower-case hex: the id of a document. */
	static String sha256Hex(byte[] bytes) {
		return HexFormat.of().formatHex(StoreLayout.sha256().digest(bytes));
	}

}
