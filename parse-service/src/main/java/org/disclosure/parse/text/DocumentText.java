package org.disclosure.parse.text;

import java.util.List;

/**
 * The extracted text of a document with its lines, raw and compact, so that every reader
 * (metadata, tables) splits and normalises it the same way.
 *
 * @param text the text as extracted
 * @param lines the lines of the text, as extracted (TABs and spaces kept)
 * @param compactLines the same lines in {@link CompactText#of} form, index for index
 */
public record DocumentText(String text, List<String> lines, List<String> compactLines) {

	/** Splits {@code text} into lines ({@code \n}, {@code \r\n} or {@code \r}). */
	public static DocumentText of(String text) {
		List<String> lines = text.lines().toList();
		return new DocumentText(text, lines, lines.stream().map(CompactText::of).toList());
	}

	/** The number of lines. */
	public int size() {
		return this.lines.size();
	}

	/** Line {@code index} as extracted. */
	public String line(int index) {
		return this.lines.get(index);
	}

	/** Line {@code index} in {@link CompactText#of} form. */
	public String compact(int index) {
		return this.compactLines.get(index);
	}

	/**
	 * Line {@code index} without whitespace, as printed; positions in
	 * {@link #compact(int)} are positions here.
	 */
	public String printed(int index) {
		return CompactText.printed(this.lines.get(index));
	}

}
