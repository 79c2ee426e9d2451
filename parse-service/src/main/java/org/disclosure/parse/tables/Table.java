package org.disclosure.parse.tables;

import java.util.List;
import java.util.Optional;

/**
 * A canonical table read from a document.
 *
 * @param code the canonical table, recognised by its title
 * @param title the title as printed
 * @param printedNumber the number the document prints ({@code 公开01表}, {@code YS13}), null
 * when none
 * @param unit the money unit its header states ({@code 万元}, {@code 元}); null when none
 * @param columns its columns, in order
 * @param rows its rows, in order
 * @param notes its 注 lines
 * @param explanation its 说明 (why a table is empty), null when none
 * @param firstLine the layout line of its title
 * @param lastLine the last layout line it covers
 * @param columnSource how the columns were mapped: {@code header} (by header names),
 * {@code template} (by the template's order when the header could not be read),
 * {@code column-numbers} (by the 栏次 row), {@code position}
 * @param recognition how its code was found: {@code title}, or {@code shape} when the
 * title is unknown and the columns and rows say what it is
 * @param page the page its title is printed on, 0 where the format has no pages
 */
public record Table(TableCode code, String title, String printedNumber, String unit, List<TableColumn> columns,
		List<TableRow> rows, List<String> notes, String explanation, int firstLine, int lastLine, String columnSource,
		String recognition, int page) {

	public Table {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		notes = List.copyOf(notes);
	}

	/** This table with other rows. */
	Table withRows(List<TableRow> newRows) {
		return new Table(this.code, this.title, this.printedNumber, this.unit, this.columns, newRows, this.notes,
				this.explanation, this.firstLine, this.lastLine, this.columnSource, this.recognition, this.page);
	}

	/** This table under another code (the place it takes in its set). */
	Table as(TableCode other) {
		return new Table(other, this.title, this.printedNumber, this.unit, this.columns, this.rows, this.notes,
				this.explanation, this.firstLine, this.lastLine, this.columnSource, this.recognition, this.page);
	}

	/** True when no row holds an amount other than zero. */
	public boolean empty() {
		for (TableRow row : this.rows) {
			if (row.hasValue()) {
				return false;
			}
		}
		return true;
	}

	/** The first row named {@code name} (numbering and spacing ignored). */
	public Optional<TableRow> row(String name) {
		return row(null, name);
	}

	/** The first row of {@code group} named {@code name}; any group when null. */
	public Optional<TableRow> row(String group, String name) {
		for (TableRow row : this.rows) {
			if ((group == null || group.equals(row.group())) && row.named(name)) {
				return Optional.of(row);
			}
		}
		return Optional.empty();
	}

	/** The table's total row (合计), if it has one. */
	public Optional<TableRow> total() {
		for (TableRow row : this.rows) {
			if (row.kind() == RowKind.TOTAL) {
				return Optional.of(row);
			}
		}
		return Optional.empty();
	}

	/** The number of cells of all rows. */
	public int cellCount() {
		int cells = 0;
		for (TableRow row : this.rows) {
			cells += row.cells().size();
		}
		return cells;
	}

	/**
	 * For each of {@code lineCount} layout lines, true when one of {@code tables} covers
	 * it.
	 */
	public static boolean[] linesCovered(List<Table> tables, int lineCount) {
		boolean[] covered = new boolean[lineCount];
		for (Table table : tables) {
			for (int i = Math.max(0, table.firstLine()); i <= table.lastLine() && i < lineCount; i++) {
				covered[i] = true;
			}
		}
		return covered;
	}

}
