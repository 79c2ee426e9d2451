package org.disclosure.parse.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The page numbers printed in a page's top or bottom margin ({@code 12}, {@code - 12 -},
 * {@code 第12页}, {@code 第 3 页 共 30 页}, {@code 3/30}) and the running header repeated at
 * the top of the pages: not part of the text, and in the middle of a sentence or a table
 * continued on the next page they would be read as a figure, a row or a heading.
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

	/**
	 * True when {@code line} sits in the top margin of a page {@code pageHeight} high.
	 */
	static boolean inTopMargin(List<Glyph> line, float pageHeight) {
		return pageHeight > 0 && line.get(0).baseline() < pageHeight * MARGIN;
	}

	/**
	 * {@code layout} without the running header: a text line printed at the top of two
	 * pages or more (digits aside, so a page number in it does not matter) is kept where
	 * it first stands, where it may be the document's title, and dropped on the other
	 * pages.
	 * @param layout a PDF's layout
	 * @param topLines the text line in each page's top margin, by its index in the layout
	 * @return the layout without the repeats
	 */
	static Layout withoutRunningHeaders(Layout layout, Map<Integer, String> topLines) {
		Map<String, Integer> pages = new HashMap<>();
		topLines.values().forEach((text) -> pages.merge(key(text), 1, Integer::sum));
		Set<String> seen = new HashSet<>();
		List<LayoutLine> kept = new ArrayList<>();
		for (LayoutLine line : layout.lines()) {
			String top = topLines.get(line.index());
			if (top != null && pages.get(key(top)) > 1 && !seen.add(key(top))) {
				continue;
			}
			kept.add(line.at(kept.size()));
		}
		return (kept.size() == layout.size()) ? layout : new Layout(layout.reader(), kept);
	}

	private static String key(String text) {
		return text.replaceAll("[\\s0-9]", "");
	}

	private static boolean isPageNumber(List<Glyph> line) {
		StringBuilder text = new StringBuilder();
		for (Glyph glyph : line) {
			text.append(glyph.text());
		}
		return PAGE_NUMBER.matcher(text.toString().replaceAll("\\s+", "")).matches();
	}

}
