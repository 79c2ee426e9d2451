package org.disclosure.stack;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Elasticsearch distribution unpacked once per version under the system temporary
 * folder ({@code <tmp>/disclosure-pipeline-es/elasticsearch-<version>}), where an
 * unprivileged account can read it wherever the repository lives. Only configuration and
 * data are per node.
 */
final class ElasticsearchDistribution {

	private static final String COMPLETE_MARKER = ".unpacked";

	private ElasticsearchDistribution() {
	}

	static Path unpack(Path zip) throws IOException {
		return unpack(zip, Path.of(System.getProperty("java.io.tmpdir")), OsUser.current());
	}

	static Path unpack(Path zip, Path tmp, OsUser user) throws IOException {
		if (!Files.isRegularFile(zip)) {
			throw new IllegalStateException("The Elasticsearch distribution is missing (" + zip
					+ "); build it with: ./mvnw -pl local-stack package");
		}
		try (FileSystem archive = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"))) {
			Path top = topFolder(archive);
			String name = top.getFileName().toString().replace("/", "");
			Path shared = tmp.resolve("disclosure-pipeline-es");
			if (Files.exists(shared.resolve(name).resolve(COMPLETE_MARKER))) {
				return shared.resolve(name);
			}
			Path base = writableBase(shared, tmp.resolve("disclosure-pipeline-es-" + user.name()));
			Path home = base.resolve(name);
			if (Files.exists(home.resolve(COMPLETE_MARKER))) {
				return home;
			}
			Path partial = Files.createTempDirectory(base, name + ".partial-");
			try {
				Path unpacked = partial.resolve(name);
				copy(top, unpacked);
				Files.createFile(unpacked.resolve(COMPLETE_MARKER));
				try {
					Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherProcessWon) {
					if (!Files.exists(home.resolve(COMPLETE_MARKER))) {
						throw new IllegalStateException(
								"An incomplete Elasticsearch folder is in the way; delete " + home, anotherProcessWon);
					}
				}
			}
			finally {
				Folders.deleteTree(partial);
			}
			return home;
		}
	}

	private static Path topFolder(FileSystem archive) throws IOException {
		try (Stream<Path> entries = Files.list(archive.getPath("/"))) {
			return entries.filter(Files::isDirectory)
				.filter((path) -> path.getFileName().toString().startsWith("elasticsearch-"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No elasticsearch-<version>/ folder in the archive"));
		}
	}

	private static Path writableBase(Path shared, Path perUser) throws IOException {
		for (Path base : new Path[] { shared, perUser }) {
			if (!Files.exists(base)) {
				try {
					Files.createDirectories(base);
					Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
				}
				catch (IOException ex) {
					continue;
				}
			}
			if (Files.isDirectory(base) && Files.isWritable(base)) {
				return base;
			}
		}
		throw new IllegalStateException("Cannot write " + shared + " or " + perUser + " to unpack Elasticsearch");
	}

	private static void copy(Path top, Path target) throws IOException {
		try (Stream<Path> paths = Files.walk(top)) {
			for (Path source : (Iterable<Path>) paths::iterator) {
				String relative = top.relativize(source).toString();
				Path destination = relative.isEmpty() ? target : target.resolve(relative);
				boolean directory = Files.isDirectory(source);
				if (directory) {
					Files.createDirectories(destination);
				}
				else {
					Files.copy(source, destination);
				}
				boolean executable = directory || relative.startsWith("bin/") || relative.contains("/bin/");
				Files.setPosixFilePermissions(destination, permissions(source, executable));
			}
		}
	}

	/**
	 * The archive's permissions, readable by everyone, executable where {@code bin/}
	 * needs it.
	 */
	private static Set<PosixFilePermission> permissions(Path source, boolean executable) {
		Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
		try {
			permissions.addAll(Files.getPosixFilePermissions(source));
		}
		catch (IOException | UnsupportedOperationException noneStored) {
			// the defaults below suffice
		}
		permissions.addAll(PosixFilePermissions.fromString("rw-r--r--"));
		if (executable) {
			permissions.addAll(PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		return permissions;
	}

}
