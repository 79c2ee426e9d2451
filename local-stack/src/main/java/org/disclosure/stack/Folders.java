package org.disclosure.stack;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * File-tree chores of the stack: removing state, handing folders to Elasticsearch's
 * account.
 */
final class Folders {

	private Folders() {
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.deleteIfExists(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
				Files.deleteIfExists(dir);
				return FileVisitResult.CONTINUE;
			}

		});
	}

	/** Makes {@code owner} the owner of everything under {@code root}. */
	static void chownTree(Path root, UserPrincipal owner) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Files.setOwner(path, owner);
			}
		}
	}

	/** Lets other accounts enter and list {@code dir} (not write it). */
	static void openForOthers(Path dir) throws IOException {
		Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(dir));
		permissions.addAll(EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
				PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
		Files.setPosixFilePermissions(dir, permissions);
	}

}
