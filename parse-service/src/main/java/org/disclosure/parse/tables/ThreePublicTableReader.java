package org.disclosure.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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

	/** The measure a final account prints under each item. */
	private static final Pattern MEASURE = Pattern.compile("(?:全年)?(?:预算|决算|执行|实际)数?$");

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
		TableReading byHeader = byHeader(region, rows, finalAccount);
		if (byHeader != null) {
			return byHeader;
		}
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

	/**
	 * The grid read by its header: each amount column's stacked header says which item
	 * (因公出国（境）费, 公务用车购置费 …, or beside the 三公: 会议费, 培训费, 机关运行经费) and, in a final account,
	 * whether budget or actual. Provinces order the columns differently (公务接待费 before the
	 * vehicles) and add columns; a 合计 beside a 三公 小计 is the total with the other items.
	 * Null when the header names fewer than three items.
	 */
	private static TableReading byHeader(TableRegion region, List<LayoutLine> rows, boolean finalAccount) {
		List<LayoutLine> headers = new ArrayList<>();
		List<LayoutLine> values = new ArrayList<>();
		int standardColumns = finalAccount ? 2 * ITEMS : ITEMS;
		for (LayoutLine row : rows) {
			if (Headers.isColumnNumberRow(row.cells())) {
				if (Headers.columnNumbers(row.cells(), row.cells().size()).size() == standardColumns) {
					// the standard grid, its columns numbered in the national order
					return null;
				}
				continue;
			}
			if (allNumeric(row.cells())) {
				values.add(row);
			}
			else if (values.isEmpty()) {
				headers.add(row);
			}
		}
		if (values.size() != 1 || headers.isEmpty()) {
			return null;
		}
		List<String> cells = values.get(0).cells();
		int width = cells.size();
		if (headers.stream().anyMatch((header) -> header.cells().size() != width)) {
			// header rows of other widths (merged cells of a text layout): their columns
			// are unknown
			return null;
		}
		List<String> stacked = Headers.stacked(headers, width);
		boolean threePublicSubtotal = stacked.stream()
			.anyMatch((header) -> header.contains("三公") && header.endsWith("小计") && !header.contains("公务用车"));
		Map<String, BigDecimal[]> items = new java.util.LinkedHashMap<>();
		int named = 0;
		for (int p = 0; p < width; p++) {
			String item = item(stacked.get(p), threePublicSubtotal);
			if (item == null) {
				continue;
			}
			named++;
			int measure = (finalAccount && stacked.get(p).contains("决算")) ? 1 : 0;
			items.computeIfAbsent(item, (key) -> new BigDecimal[2])[measure] = Amounts.money(cells.get(p)).orElse(null);
		}
		if (named < 3 || !items.containsKey(TableTemplate.THREE_PUBLIC_ITEMS.get(0))) {
			return null;
		}
		List<TableRow> read = new ArrayList<>();
		for (String item : orderedItems(items.keySet())) {
			BigDecimal[] amounts = items.get(item);
			List<TableCell> rowCells = new ArrayList<>();
			rowCells.add(cell(BUDGET, amounts[0]));
			if (finalAccount) {
				rowCells.add(cell(ACTUAL, amounts[1]));
			}
			RowKind kind = item.equals(TableTemplate.THREE_PUBLIC_ITEMS.get(0)) ? RowKind.TOTAL : RowKind.LINE;
			read.add(new TableRow(values.get(0).index(), kind, null, item, RowNames.name(item), null, null, null, null,
					rowCells));
		}
		List<TableColumn> columns = new ArrayList<>();
		columns.add(new TableColumn(BUDGET, BUDGET, true, null));
		if (finalAccount) {
			columns.add(new TableColumn(ACTUAL, ACTUAL, true, null));
		}
		return new TableReading(region.table(columns, read, "header"), new ArrayList<>(region.strayText()));
	}

	/** The items in the standard order, the other columns after them. */
	private static List<String> orderedItems(java.util.Set<String> found) {
		List<String> ordered = new ArrayList<>();
		for (String item : TableTemplate.THREE_PUBLIC_ITEMS) {
			if (found.contains(item)) {
				ordered.add(item);
			}
		}
		for (String item : found) {
			if (!ordered.contains(item)) {
				ordered.add(item);
			}
		}
		return ordered;
	}

	/** The item a column's stacked header names, null when none. */
	static String item(String stackedHeader, boolean threePublicSubtotal) {
		List<String> items = TableTemplate.THREE_PUBLIC_ITEMS;
		// a final account prints 预算数 | 决算数 under each item
		String header = MEASURE.matcher(stackedHeader).replaceFirst("");
		if (header.contains("会议费")) {
			return "会议费";
		}
		if (header.contains("培训费")) {
			return "培训费";
		}
		if (header.contains("机关运行") || header.contains("机构运行")) {
			return "机关运行经费";
		}
		if (header.contains("因公出国")) {
			return items.get(1);
		}
		if (header.contains("公务接待")) {
			return items.get(5);
		}
		if (header.contains("公务用车") || header.contains("车辆")) {
			if (header.endsWith("小计") || header.endsWith("购置及运行费") || header.endsWith("购置及运行维护费")) {
				return items.get(2);
			}
			if (header.endsWith("购置费") || header.endsWith("购置")) {
				return items.get(3);
			}
			if (header.endsWith("运行费") || header.endsWith("运行维护费") || header.endsWith("运维费")) {
				return items.get(4);
			}
			return null;
		}
		if (threePublicSubtotal) {
			if (header.contains("三公") && header.endsWith("小计")) {
				return items.get(0);
			}
			return header.endsWith("合计") || header.endsWith("总计") ? "合计(含会议费、培训费)" : null;
		}
		return (header.endsWith("合计") || header.endsWith("小计") || header.endsWith("总计")) ? items.get(0) : null;
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
