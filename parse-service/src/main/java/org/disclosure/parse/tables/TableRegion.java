package org.disclosure.parse.tables;

import java.util.List;

import org.disclosure.parse.layout.LayoutLine;

/**
 * The lines of one table in a document, from its title to its end (注/说明, the next title,
 * a section heading or a sheet boundary), sorted into header metadata, rows, notes and
 * stray text.
 *
 * @param code the table
 * @param titleLine the layout line of the title
 * @param title the title as printed
 * @param printedNumber {@code 公开01表}, {@code YS03}; null when none
 * @param unit the money unit stated, null when none
 * @param rows the table's rows (header and data), in order
 * @param notes the 注 lines
 * @param explanation the 说明 text, null when none
 * @param strayText text lines inside the table that are neither metadata nor notes
 * @param lastLine the last line of the table
 * @param recognition how the code was found: {@code title} or {@code shape}
 * @param page the page of the title, 0 where the format has no pages
 */
record TableRegion(TableCode code, int titleLine, String title, String printedNumber, String unit,
		List<LayoutLine> rows, List<String> notes, String explanation, List<LayoutLine> strayText, int lastLine,
		String recognition, int page) {

	/**
	 * The table read from this region: its columns and rows, and how the columns were
	 * named.
	 */
	Table table(List<TableColumn> columns, List<TableRow> rows, String columnSource) {
		return new Table(this.code, this.title, this.printedNumber, this.unit, columns, rows, this.notes,
				this.explanation, this.titleLine, this.lastLine, columnSource, this.recognition, this.page);
	}

	/** This region with other rows (the same lines, cells taken out). */
	TableRegion withRows(List<LayoutLine> other) {
		return new TableRegion(this.code, this.titleLine, this.title, this.printedNumber, this.unit, other, this.notes,
				this.explanation, this.strayText, this.lastLine, this.recognition, this.page);
	}

	/** This region read as {@code other}. */
	TableRegion as(TableCode other, String how) {
		return new TableRegion(other, this.titleLine, this.title, this.printedNumber, this.unit, this.rows, this.notes,
				this.explanation, this.strayText, this.lastLine, how, this.page);
	}

}
