package org.disclosure.parse.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.disclosure.parse.layout.CellSpan;
import org.disclosure.parse.layout.LayoutLine;
import org.disclosure.parse.text.CompactText;

/**
 * A column of row numbers before a table's first column, headed 序号 (Hebei prints one
 * before both sides of its 收支总表: {@code 序号 | 项目 | 预算数 | 项目 | 预算数}, then
 * {@code 1 | 一、一般公共预算拨款收入 | 100.00 | …}). It numbers the rows and holds no figure: the
 * table is read without it, by every reader. Only rows with cells of their own (TAB rows,
 * ruled grids, spreadsheets, HTML) are read so; positioned text keeps its columns.
 */
final class SequenceColumn {

	private static final Pattern HEADER = Pattern.compile("^序号$");

	private static final Pattern ROW_NUMBER = Pattern.compile("^[0-9]{1,3}$");

	private SequenceColumn() {
	}

	/**
	 * {@code rows} without their sequence column; {@code rows} themselves when they have
	 * none.
	 */
	static List<LayoutLine> without(List<LayoutLine> rows) {
		int column = column(rows);
		if (column < 0) {
			return rows;
		}
		List<LayoutLine> without = new ArrayList<>(rows.size());
		for (LayoutLine row : rows) {
			without.add(withoutCell(row, column));
		}
		return without;
	}

	/**
	 * Where the sequence column is: the 序号 cell's column of the first row that prints
	 * one, when every cell before it is blank in every row and every row below it holds a
	 * row number or nothing there; -1 for none.
	 */
	private static int column(List<LayoutLine> rows) {
		int column = -1;
		int numbered = 0;
		for (LayoutLine row : rows) {
			if (row.positional()) {
				return -1;
			}
			List<String> cells = row.cells();
			if (column < 0) {
				int header = firstFilled(cells);
				if (header >= 0 && cells.size() > header + 1
						&& HEADER.matcher(CompactText.of(cells.get(header))).matches()) {
					column = header;
				}
				continue;
			}
			if (firstFilled(cells) >= 0 && firstFilled(cells) < column) {
				return -1;
			}
			String cell = (cells.size() > column) ? CompactText.of(cells.get(column)) : "";
			if (ROW_NUMBER.matcher(cell).matches()) {
				numbered++;
			}
			else if (!cell.isEmpty() && numbered > 0) {
				return -1;
			}
		}
		return (numbered > 0) ? column : -1;
	}

	private static int firstFilled(List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (!cells.get(i).isBlank()) {
				return i;
			}
		}
		return -1;
	}

	private static LayoutLine withoutCell(LayoutLine row, int column) {
		if (row.cells().size() <= column) {
			return row;
		}
		List<String> cells = new ArrayList<>(row.cells());
		cells.remove(column);
		List<CellSpan> spans = new ArrayList<>(row.spans());
		if (spans.size() == row.cells().size()) {
			spans.remove(column);
		}
		return row.withCells(cells, spans);
	}

}
