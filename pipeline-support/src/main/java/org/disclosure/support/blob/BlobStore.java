package org.disclosure.support.blob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A content-addressed store on a directory: bytes are kept once, under the SHA-256 of
 * their content, at {@code sha256/ab/cd/abcd…}. Writes go to a temporary file first and
 * are moved into place atomically, so a reader never sees half a blob and a crash leaves
 * no partial one behind.
 */
public final class BlobStore {

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	public BlobStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
		try {
			Files.createDirectories(this.root.resolve("tmp"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create blob store at " + this.root, ex);
		}
	}

	public Path root() {
		return this.root;
	}

	/** Stores the bytes of {@code in}, reading at most {@code limitBytes}. */
	public StoredBlob put(InputStream in, long limitBytes) throws IOException {
		Path temp = Files.createTempFile(this.root.resolve("tmp"), "put-", ".part");
		try {
			MessageDigest digest = sha256();
			long size;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
				size = copy(in, out, limitBytes);
			}
			String key = HexFormat.of().formatHex(digest.digest());
			Path target = path(key);
			if (Files.exists(target)) {
				return new StoredBlob(key, size, false);
			}
			Files.createDirectories(target.getParent());
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (FileAlreadyExistsException ex) {
				return new StoredBlob(key, size, false);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return new StoredBlob(key, size, true);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Stores {@code bytes}. */
	public StoredBlob put(byte[] bytes) {
		try {
			return put(new ByteArrayInputStream(bytes), Long.MAX_VALUE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public boolean contains(String key) {
		return Files.exists(path(key));
	}

	/**
	 * Opens the blob named {@code key}; {@link NoSuchFileException} when it is absent.
	 */
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(path(key));
	}

	public byte[] read(String key) {
		try {
			return Files.readAllBytes(path(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read blob " + key, ex);
		}
	}

	/**
	 * The file of a blob; the key is checked, so no caller can name a path outside the
	 * store.
	 */
	public Path path(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a SHA-256 blob key: " + key);
		}
		return this.root.resolve("sha256").resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
	}

	/** The SHA-256 of {@code bytes}, lower-case hex: the id of a document. */
	public static String sha256Hex(byte[] bytes) {
		return HexFormat.of().formatHex(sha256().digest(bytes));
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

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
