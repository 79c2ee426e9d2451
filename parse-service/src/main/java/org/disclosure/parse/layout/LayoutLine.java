package org.disclosure.parse.layout;

import java.util.List;

/**
 * One line of a document as its format laid it out: a text line or a table row.
 *
 * @param index the line's position in its {@link Layout}
 * @param kind text, table row or sheet name
 * @param cells the row's cells as printed (a text line has one)
 * @param block the physical block the line belongs to: a table element, a ruled grid, a
 * run of lines between blank lines; a change of block between rows is where a page break
 * or a wrapped row may sit
 * @param spans the cells' positions when only positions separate them (PDF text without
 * ruling lines), else empty
 */
public record LayoutLine(int index, LineKind kind, List<String> cells, int block, List<CellSpan> spans) {

	public LayoutLine {
		cells = List.copyOf(cells);
		spans = List.copyOf(spans);
	}

	/** A line of text. */
	public static LayoutLine text(int index, String text, int block) {
		return new LayoutLine(index, LineKind.TEXT, List.of(text), block, List.of());
	}

	/** A table row. */
	public static LayoutLine row(int index, List<String> cells, int block) {
		return new LayoutLine(index, LineKind.ROW, cells, block, List.of());
	}

	/** The line's text: the cells joined by TAB. */
	public String text() {
		return String.join("\t", this.cells);
	}

	/** True when the line holds no visible character. */
	public boolean isBlank() {
		for (String cell : this.cells) {
			if (!cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** True when the cells carry positions instead of a table structure. */
	public boolean positional() {
		return !this.spans.isEmpty();
	}

	/** This line with another index. */
	LayoutLine at(int newIndex) {
		return new LayoutLine(newIndex, this.kind, this.cells, this.block, this.spans);
	}

}
