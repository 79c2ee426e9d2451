package org.disclosure.stack.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of labelled documents: {@code documents/} holds the files, {@code expected/}
 * one {@code NAME.json} per document. A file belongs to the expected file whose name is
 * the longest prefix of its own, so one document in several formats
 * ({@code luolong-2024-final.pdf}, {@code luolong-2024-final-tables.xlsx}) shares one
 * expected file.
 *
 * @param files each document file with what it must yield, in name order
 */
public record LabelledSet(List<LabelledFile> files) {

	/** One file and its expected file. */
	public record LabelledFile(Path file, ExpectedDisclosure expected) {
	}

	/**
	 * Reads {@code folder}.
	 * @throws IllegalArgumentException when it lacks {@code documents/} or
	 * {@code expected/}, or a document has no expected file
	 */
	public static LabelledSet read(Path folder) throws IOException {
		Path documents = folder.resolve("documents");
		Path expectedFolder = folder.resolve("expected");
		if (!Files.isDirectory(documents) || !Files.isDirectory(expectedFolder)) {
			throw new IllegalArgumentException(folder + " holds no documents/ and expected/ folders");
		}
		List<ExpectedDisclosure> expected = new ArrayList<>();
		try (Stream<Path> files = Files.list(expectedFolder)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".json")).sorted().toList()) {
				expected.add(ExpectedDisclosure.read(file));
			}
		}
		List<LabelledFile> labelled = new ArrayList<>();
		try (Stream<Path> files = Files.list(documents)) {
			for (Path file : files.filter(Files::isRegularFile)
				.filter((f) -> !f.getFileName().toString().startsWith("."))
				.sorted()
				.toList()) {
				String name = file.getFileName().toString();
				ExpectedDisclosure match = expected.stream()
					.filter((e) -> name.startsWith(e.name()))
					.max(Comparator.comparingInt((ExpectedDisclosure e) -> e.name().length()))
					.orElseThrow(() -> new IllegalArgumentException("No expected file for " + file));
				labelled.add(new LabelledFile(file, match));
			}
		}
		return new LabelledSet(List.copyOf(labelled));
	}

}
