package org.disclosure.stack.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Copies of documents that read the same but differ in their bytes, so the pipeline takes
 * each for a new document (its id is the SHA-256 of the bytes): a comment after a PDF's
 * end, an HTML comment, a zip comment in a DOCX or XLSX, a last line of spaces and tabs
 * spelling the mark in a text file.
 */
public final class ByteDistinctCopies {

	private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;

	private static final int END_RECORD_LENGTH = 22;

	private ByteDistinctCopies() {
	}

	/**
	 * Writes {@code copies} copies of each of {@code sources} into {@code target}, named
	 * {@code <n>-<file name>}, copy {@code n} of every file carrying {@code <mark>-<n>}.
	 * @return the copies, copy by copy (all files of copy 1, then of copy 2, …)
	 */
	public static List<Path> write(List<Path> sources, int copies, String mark, Path target) throws IOException {
		Files.createDirectories(target);
		List<Path> written = new ArrayList<>();
		for (int copy = 1; copy <= copies; copy++) {
			for (Path source : sources) {
				String name = source.getFileName().toString();
				Path file = target.resolve(copy + "-" + name);
				Files.write(file, marked(Files.readAllBytes(source), name, mark + "-" + copy));
				written.add(file);
			}
		}
		return written;
	}

	/**
	 * {@code document} with {@code mark} where its format ignores it, by the extension of
	 * {@code fileName}.
	 * @throws IllegalArgumentException when a zip-based file has no end record to mark
	 */
	public static byte[] marked(byte[] document, String fileName, String mark) {
		String name = fileName.toLowerCase(Locale.ROOT);
		String extension = name.substring(name.lastIndexOf('.') + 1);
		return switch (extension) {
			case "pdf" -> append(document, "\n%" + mark + "\n");
			case "html", "htm", "xhtml", "xml" -> append(document, "\n<!-- " + mark + " -->\n");
			case "docx", "xlsx", "pptx", "odt", "ods", "zip" -> zipComment(document, mark);
			default -> append(document, "\n" + whitespace(mark) + "\n");
		};
	}

	private static byte[] append(byte[] document, String tail) {
		return append(document, tail.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] append(byte[] document, byte[] bytes) {
		byte[] marked = Arrays.copyOf(document, document.length + bytes.length);
		System.arraycopy(bytes, 0, marked, document.length, bytes.length);
		return marked;
	}

	/** The mark's bits as spaces (0) and tabs (1): a blank line to any reader. */
	static String whitespace(String mark) {
		StringBuilder line = new StringBuilder();
		for (byte b : mark.getBytes(StandardCharsets.UTF_8)) {
			for (int bit = 7; bit >= 0; bit--) {
				line.append(((b >> bit) & 1) == 1 ? '\t' : ' ');
			}
		}
		return line.toString();
	}

	/** Sets the comment of a zip archive whose end record has none. */
	private static byte[] zipComment(byte[] zip, String mark) {
		int end = zip.length - END_RECORD_LENGTH;
		ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
		if (end < 0 || buffer.getInt(end) != END_OF_CENTRAL_DIRECTORY || buffer.getShort(end + 20) != 0) {
			throw new IllegalArgumentException("No zip end record without a comment at the end of the file");
		}
		byte[] comment = mark.getBytes(StandardCharsets.UTF_8);
		byte[] marked = append(zip, comment);
		ByteBuffer.wrap(marked).order(ByteOrder.LITTLE_ENDIAN).putShort(end + 20, (short) comment.length);
		return marked;
	}

}
