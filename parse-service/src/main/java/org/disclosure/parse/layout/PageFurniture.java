package org.disclosure.parse.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The page numbers printed in a page's top or bottom margin ({@code 12}, {@code - 12 -},
 * {@code 第12页}, {@code 第 3 页 共 30 页}, {@code 3/30}): not part of the text, and in the
 * middle of a sentence or a table continued on the next page they would be read as a
 * figure or a row.
 */
final class PageFurniture {

	private static final Pattern PAGE_NUMBER = Pattern
		.compile("^(?:[-—–－·•]?\\(?[0-9]{1,3}\\)?[-—–－·•]?|第[0-9]{1,3}页(?:共[0-9]{1,3}页)?|[0-9]{1,3}/[0-9]{1,3})$");

	/** Share of the page height at the top and bottom where page numbers are printed. */
	private static final float MARGIN = 0.15f;

	private PageFurniture() {
	}

	/**
	 * {@code lines} (a page's free text lines, top to bottom) without the page numbers at
	 * their top and bottom.
	 * @param lines the lines, each a list of glyphs sorted left to right
	 * @param pageHeight the page's height in points; 0 or less when unknown
	 * @return the lines that are text
	 */
	static List<List<Glyph>> withoutPageNumbers(List<List<Glyph>> lines, float pageHeight) {
		if (lines.isEmpty() || pageHeight <= 0) {
			return lines;
		}
		List<List<Glyph>> kept = new ArrayList<>(lines);
		List<Glyph> last = kept.get(kept.size() - 1);
		if (isPageNumber(last) && last.get(0).baseline() > pageHeight * (1 - MARGIN)) {
			kept.remove(kept.size() - 1);
		}
		if (!kept.isEmpty()) {
			List<Glyph> first = kept.get(0);
			if (isPageNumber(first) && first.get(0).baseline() < pageHeight * MARGIN) {
				kept.remove(0);
			}
		}
		return kept;
	}

	private static boolean isPageNumber(List<Glyph> line) {
		StringBuilder text = new StringBuilder();
		for (Glyph glyph : line) {
			text.append(glyph.text());
		}
		return PAGE_NUMBER.matcher(text.toString().replaceAll("\\s+", "")).matches();
	}

}
