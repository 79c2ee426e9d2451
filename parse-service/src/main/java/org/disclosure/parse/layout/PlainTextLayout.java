package org.disclosure.parse.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads extracted plain text into lines and rows. Two table layouts occur:
 * <ul>
 * <li>one row per line, cells separated by TAB, empty cells keeping their position;</li>
 * <li>one cell per line, each line starting with a TAB, rows separated by empty lines; a
 * line holding only a TAB is an empty cell and a line without a leading TAB continues the
 * cell above it.</li>
 * </ul>
 * Any other line is text. Blank lines start a new block but end nothing else.
 */
public final class PlainTextLayout {

	/** The name this reader gives its layouts. */
	public static final String READER = "tab-text";

	private PlainTextLayout() {
	}

	/**
	 * Reads {@code text}.
	 * @param text plain text as extracted
	 * @return its layout
	 */
	public static Layout read(String text) {
		Layout.Builder layout = new Layout.Builder();
		List<String> cellGroup = new ArrayList<>();
		boolean inGroup = false;
		for (String line : text.split("\r\n|\r|\n", -1)) {
			if (isCellLine(line)) {
				if (!inGroup) {
					cellGroup.clear();
					inGroup = true;
				}
				cellGroup.add(line.substring(1).strip());
				continue;
			}
			if (line.isBlank()) {
				inGroup = flush(layout, cellGroup, inGroup);
				layout.newBlock();
				continue;
			}
			if (inGroup && line.indexOf('\t') < 0) {
				// A line without a leading TAB continues the cell above it.
				int last = cellGroup.size() - 1;
				cellGroup.set(last, (cellGroup.get(last) + "\n" + line.strip()).strip());
				continue;
			}
			inGroup = flush(layout, cellGroup, inGroup);
			if (line.indexOf('\t') >= 0) {
				layout.row(splitCells(line));
			}
			else {
				layout.text(line);
			}
		}
		flush(layout, cellGroup, inGroup);
		return layout.build(READER);
	}

	/** A line of the one-cell-per-line layout: a leading TAB and no other. */
	private static boolean isCellLine(String line) {
		return line.startsWith("\t") && line.indexOf('\t', 1) < 0;
	}

	private static boolean flush(Layout.Builder layout, List<String> cells, boolean inGroup) {
		if (inGroup && cells.size() == 1) {
			// A lone cell is a line of text: a title, a header line, a note.
			layout.text(cells.get(0).replace('\n', ' '));
		}
		else if (inGroup && !cells.isEmpty()) {
			layout.row(List.copyOf(cells));
		}
		cells.clear();
		return false;
	}

	private static List<String> splitCells(String line) {
		List<String> cells = new ArrayList<>();
		for (String cell : line.split("\t", -1)) {
			cells.add(cell.strip());
		}
		return cells;
	}

}
