package org.disclosure.support.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The store on a folder, local or shared between machines (e.g. NFS). Every write goes to
 * a temporary file under {@code tmp/} first and is moved into place atomically, so a
 * reader never sees half a blob or record and a crash leaves no partial one behind.
 */
public final class FileSystemBlobStore implements BlobStore {

	private final Path root;

	private final Path tmp;

	public FileSystemBlobStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
		this.tmp = this.root.resolve("tmp");
		try {
			Files.createDirectories(this.tmp);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create blob store at " + this.root, ex);
		}
	}

	@Override
	public StoredBlob put(InputStream in, long limitBytes) throws IOException {
		try (SpooledBlob spooled = SpooledBlob.write(in, limitBytes, this.tmp)) {
			Path target = this.root.resolve(StoreLayout.blob(spooled.key()));
			if (Files.exists(target)) {
				return new StoredBlob(spooled.key(), spooled.sizeBytes(), false);
			}
			Files.createDirectories(target.getParent());
			try {
				Files.move(spooled.file(), target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (FileAlreadyExistsException ex) {
				return new StoredBlob(spooled.key(), spooled.sizeBytes(), false);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(spooled.file(), target, StandardCopyOption.REPLACE_EXISTING);
			}
			return new StoredBlob(spooled.key(), spooled.sizeBytes(), true);
		}
	}

	@Override
	public boolean contains(String key) {
		return Files.exists(this.root.resolve(StoreLayout.blob(key)));
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(this.root.resolve(StoreLayout.blob(key)));
	}

	@Override
	public void putRecord(String name, byte[] content) {
		Path target = record(name);
		try {
			Path temp = temporary(content);
			try {
				Files.createDirectories(target.getParent());
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write record " + name, ex);
		}
	}

	/**
	 * A hard link to a complete temporary file: {@code link(2)} fails when the name
	 * exists, so exactly one of several callers creates it, with its whole content.
	 */
	@Override
	public boolean createRecordIfAbsent(String name, byte[] content) {
		Path target = record(name);
		try {
			Files.createDirectories(target.getParent());
			Path temp = temporary(content);
			try {
				Files.createLink(target, temp);
				return true;
			}
			catch (UnsupportedOperationException ex) {
				Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
				return true;
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (FileAlreadyExistsException ex) {
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create record " + name, ex);
		}
	}

	@Override
	public Optional<byte[]> readRecord(String name) {
		Path file = record(name);
		try {
			return Files.isDirectory(file) ? Optional.empty() : Optional.of(Files.readAllBytes(file));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read record " + name, ex);
		}
	}

	@Override
	public void deleteRecord(String name) {
		Path file = record(name);
		try {
			if (!Files.isDirectory(file)) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete record " + name, ex);
		}
	}

	/**
	 * Walks the folder of the prefix's whole segments, skipping the folders that cannot
	 * hold a match; a record deleted meanwhile is left out, not an error.
	 */
	@Override
	public List<String> listRecords(String prefix) {
		String start = StoreLayout.recordPrefix(prefix);
		Path records = this.root.resolve(StoreLayout.RECORDS);
		Path folder = this.root.resolve(start.substring(0, start.lastIndexOf('/') + 1));
		List<String> names = new ArrayList<>();
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					String under = name(records, dir) + "/";
					return (under.startsWith(prefix) || prefix.startsWith(under) || dir.equals(records))
							? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					String name = name(records, file);
					if (attributes.isRegularFile() && name.startsWith(prefix)) {
						names.add(name);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
					if (ex instanceof NoSuchFileException) {
						return FileVisitResult.CONTINUE;
					}
					throw ex;
				}

			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the records under " + prefix, ex);
		}
		Collections.sort(names);
		return names;
	}

	private static String name(Path records, Path file) {
		StringJoiner name = new StringJoiner("/");
		records.relativize(file).forEach((segment) -> name.add(segment.toString()));
		return name.toString();
	}

	private Path record(String name) {
		return this.root.resolve(StoreLayout.record(name));
	}

	private Path temporary(byte[] content) throws IOException {
		Path temp = Files.createTempFile(this.tmp, "record-", ".part");
		try {
			return Files.write(temp, content);
		}
		catch (IOException ex) {
			Files.deleteIfExists(temp);
			throw ex;
		}
	}

	@Override
	public String toString() {
		return "FileSystemBlobStore[" + this.root + "]";
	}

}
