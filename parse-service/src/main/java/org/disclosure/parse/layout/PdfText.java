package org.disclosure.parse.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns positioned characters into text: lines by baseline, words by gaps, spaces where a
 * gap is wider than a fraction of the font size.
 */
final class PdfText {

	/** A gap wider than this share of the font size is a space. */
	private static final float SPACE = 0.25f;

	/** Baselines closer than this share of the font size are one line. */
	private static final float SAME_LINE = 0.5f;

	private PdfText() {
	}

	/** The text of a cell: its lines top to bottom, joined by a line break. */
	static String cellText(List<Glyph> glyphs) {
		StringBuilder text = new StringBuilder();
		for (List<Glyph> line : lines(glyphs)) {
			if (text.length() > 0) {
				text.append('\n');
			}
			text.append(join(line));
		}
		return text.toString().strip();
	}

	/** Groups characters into lines by baseline, each sorted left to right. */
	static List<List<Glyph>> lines(List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
		List<List<Glyph>> lines = new ArrayList<>();
		List<Glyph> line = new ArrayList<>();
		float baseline = Float.NaN;
		for (Glyph glyph : sorted) {
			if (!line.isEmpty() && Math.abs(glyph.baseline() - baseline) > glyph.size() * SAME_LINE) {
				lines.add(sortedByX(line));
				line = new ArrayList<>();
			}
			if (line.isEmpty()) {
				baseline = glyph.baseline();
			}
			line.add(glyph);
		}
		if (!line.isEmpty()) {
			lines.add(sortedByX(line));
		}
		return lines;
	}

	/** The characters of one line with spaces where the gaps are. */
	static String join(List<Glyph> line) {
		StringBuilder text = new StringBuilder();
		Glyph previous = null;
		for (Glyph glyph : line) {
			if (previous != null && glyph.x() - previous.right() > Math.max(glyph.size(), 1f) * SPACE) {
				text.append(' ');
			}
			text.append(glyph.text());
			previous = glyph;
		}
		return text.toString();
	}

	/**
	 * Splits a line where the gap between characters is wider than {@code gap} times the
	 * font size: the columns of a table printed without rulings.
	 */
	static List<List<Glyph>> chunks(List<Glyph> line, float gap) {
		List<List<Glyph>> chunks = new ArrayList<>();
		List<Glyph> chunk = new ArrayList<>();
		Glyph previous = null;
		for (Glyph glyph : line) {
			if (previous != null && glyph.x() - previous.right() > Math.max(glyph.size(), 1f) * gap) {
				chunks.add(chunk);
				chunk = new ArrayList<>();
			}
			chunk.add(glyph);
			previous = glyph;
		}
		if (!chunk.isEmpty()) {
			chunks.add(chunk);
		}
		return chunks;
	}

	private static List<Glyph> sortedByX(List<Glyph> line) {
		line.sort(Comparator.comparingDouble(Glyph::x));
		return line;
	}

}
