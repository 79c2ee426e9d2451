package org.disclosure.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.disclosure.parse.layout.LayoutLine;
import org.disclosure.parse.text.CompactText;

/**
 * Reads the 三公 table (FA09, BU08). The standard layout is a grid: a three-row header over
 * one line of amounts, six for the budget (合计, 因公出国（境）费, 公务用车购置及运行维护费, 公务用车购置费,
 * 公务用车运行维护费, 公务接待费) and, in a final account, six for the actual. The amounts are placed
 * by the column-number row (1…12) where it exists, by position where the line has the
 * standard width. The result has one row per item with columns 预算数 and 决算数. A table
 * printing the items as rows is read as rows.
 */
final class ThreePublicTableReader {

	static final String BUDGET = "预算数";

	static final String ACTUAL = "决算数";

	private static final int ITEMS = TableTemplate.THREE_PUBLIC_ITEMS.size();

	private ThreePublicTableReader() {
	}

	static TableReading read(TableRegion region, TableTemplate template) {
		List<LayoutLine> rows = PositionalColumns.align(Headers.nonBlank(region.rows()));
		if (itemsAsRows(rows)) {
			return SubjectTableReader.read(region,
					new TableTemplate(TableShape.SUBJECT,
							List.of(ColumnSpec.of(BUDGET, "预算"), ColumnSpec.of(ACTUAL, "决算|实际")),
							List.of(BUDGET, ACTUAL), List.of(), null, false, null, null));
		}
		boolean finalAccount = region.code() == TableCode.FA09;
		List<String> numberRow = null;
		LayoutLine values = null;
		List<LayoutLine> unread = new ArrayList<>(region.strayText());
		for (LayoutLine row : rows) {
			if (Headers.isColumnNumberRow(row.cells()) && numberRow == null) {
				numberRow = row.cells();
			}
			else if (allNumeric(row.cells()) && values == null) {
				values = row;
			}
			else if (allNumeric(row.cells())) {
				unread.add(row);
			}
		}
		BigDecimal[][] amounts = new BigDecimal[ITEMS][2];
		String source = "none";
		if (values != null) {
			List<String> cells = values.cells();
			int expected = finalAccount ? 2 * ITEMS : ITEMS;
			if (numberRow != null) {
				source = "column-numbers";
				Map<Integer, Integer> numbers = Headers.columnNumbers(numberRow,
						Math.max(numberRow.size(), cells.size()));
				List<String> aligned = Headers.align(cells, Math.max(numberRow.size(), cells.size()));
				for (Map.Entry<Integer, Integer> entry : numbers.entrySet()) {
					place(amounts, entry.getValue(), aligned.get(entry.getKey()), finalAccount);
				}
			}
			else {
				source = (cells.size() == expected) ? "position" : "position-partial";
				for (int p = 0; p < cells.size() && p < expected; p++) {
					place(amounts, p + 1, cells.get(p), finalAccount);
				}
			}
		}
		List<TableRow> read = new ArrayList<>();
		int line = (values != null) ? values.index() : region.titleLine();
		for (int i = 0; i < ITEMS; i++) {
			String item = TableTemplate.THREE_PUBLIC_ITEMS.get(i);
			List<TableCell> cells = new ArrayList<>();
			cells.add(cell(BUDGET, amounts[i][0]));
			if (finalAccount) {
				cells.add(cell(ACTUAL, amounts[i][1]));
			}
			read.add(new TableRow(line, (i == 0) ? RowKind.TOTAL : RowKind.LINE, null, item, RowNames.name(item), null,
					null, null, null, cells));
		}
		List<TableColumn> columns = new ArrayList<>();
		columns.add(new TableColumn(BUDGET, BUDGET, true, null));
		if (finalAccount) {
			columns.add(new TableColumn(ACTUAL, ACTUAL, true, null));
		}
		Table table = region.table(columns, read, source);
		return new TableReading(table, unread);
	}

	private static void place(BigDecimal[][] amounts, int number, String cell, boolean finalAccount) {
		int index = number - 1;
		int column = 0;
		if (index >= ITEMS) {
			if (!finalAccount) {
				return;
			}
			index -= ITEMS;
			column = 1;
		}
		if (index < 0 || index >= ITEMS) {
			return;
		}
		amounts[index][column] = Amounts.money(cell).orElse(null);
	}

	private static TableCell cell(String column, BigDecimal amount) {
		BigDecimal value = (amount != null) ? amount : BigDecimal.ZERO.setScale(2);
		return new TableCell(column, (amount != null) ? value.toPlainString() : "", value, false);
	}

	/** True when a line holds only amounts and blanks, one amount at least. */
	private static boolean allNumeric(List<String> cells) {
		boolean number = false;
		for (String cell : cells) {
			if (!Amounts.isNumeric(cell)) {
				return false;
			}
			number |= Amounts.isNumber(cell);
		}
		return number;
	}

	/** True when the items are printed as rows with their amounts. */
	private static boolean itemsAsRows(List<LayoutLine> rows) {
		int items = 0;
		for (LayoutLine row : rows) {
			String first = "";
			boolean number = false;
			for (String cell : row.cells()) {
				String compact = CompactText.of(cell);
				if (first.isEmpty() && !compact.isEmpty()) {
					first = compact;
				}
				else if (Amounts.isNumber(compact)) {
					number = true;
				}
			}
			if (number && first.matches(".*(因公出国|公务用车|公务接待).*")) {
				items++;
			}
		}
		return items >= 2;
	}

}
