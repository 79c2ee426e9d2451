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
 * @param spans the cells' positions on a PDF page: between the ruling lines of a grid, or
 * where the glyphs of positioned text lie; empty for other formats
 * @param page the page it is printed on, from 1; 0 where the format has no pages
 * @param ruled true for a row of a grid drawn with ruling lines (its spans are the cells'
 * edges, a merged cell spanning several columns)
 */
public record LayoutLine(int index, LineKind kind, List<String> cells, int block, List<CellSpan> spans, int page,
		boolean ruled) {

	public LayoutLine {
		cells = List.copyOf(cells);
		spans = List.copyOf(spans);
	}

	/** A line of a format without pages. */
	public LayoutLine(int index, LineKind kind, List<String> cells, int block, List<CellSpan> spans) {
		this(index, kind, cells, block, spans, 0, false);
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
		return !this.ruled && !this.spans.isEmpty();
	}

	/** A row of a ruled grid, its cells between the given edges. */
	static LayoutLine ruledRow(List<String> cells, List<CellSpan> edges, int block) {
		return new LayoutLine(0, LineKind.ROW, cells, block, edges, 0, true);
	}

	/** This row with other cells, at the same place (cells aligned into columns). */
	public LayoutLine withCells(List<String> newCells, List<CellSpan> newSpans) {
		return new LayoutLine(this.index, LineKind.ROW, newCells, this.block, newSpans, this.page, this.ruled);
	}

	/** This line with another index. */
	LayoutLine at(int newIndex) {
		return new LayoutLine(newIndex, this.kind, this.cells, this.block, this.spans, this.page, this.ruled);
	}

	/** This line printed on {@code number}. */
	LayoutLine onPage(int number) {
		return new LayoutLine(this.index, this.kind, this.cells, this.block, this.spans, number, this.ruled);
	}

}
