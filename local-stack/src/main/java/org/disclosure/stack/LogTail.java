package org.disclosure.stack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, for error messages and {@code ./pipeline logs}. */
final class LogTail {

	private static final int MAX_BYTES = 256 * 1024;

	private LogTail() {
	}

	static List<String> lines(Path file, int count) throws IOException {
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			long length = in.length();
			int size = (int) Math.min(length, MAX_BYTES);
			byte[] bytes = new byte[size];
			in.seek(length - size);
			in.readFully(bytes);
			String text = new String(bytes, StandardCharsets.UTF_8);
			List<String> lines = Arrays.asList(text.split("\r?\n", -1));
			if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
				lines = lines.subList(0, lines.size() - 1);
			}
			if (size < length && !lines.isEmpty()) {
				lines = lines.subList(1, lines.size());
			}
			return lines.subList(Math.max(0, lines.size() - count), lines.size());
		}
	}

	/** A block for an exception message: a header and the last lines of {@code file}. */
	static String describe(Path file, int count) {
		if (!Files.isRegularFile(file)) {
			return "\n(no log at " + file + ")";
		}
		try {
			return "\n--- last lines of " + file + " ---\n" + String.join("\n", lines(file, count));
		}
		catch (IOException ex) {
			return "\n(cannot read " + file + ": " + ex.getMessage() + ")";
		}
	}

}
