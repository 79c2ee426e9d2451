package org.disclosure.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.disclosure.parse.layout.LayoutLine;
import org.disclosure.parse.text.CompactText;

/**
 * Reads a table printing two tables side by side on each line, income left and
 * expenditure right (FA01, FA04, BU01, BU04). The split is where the header prints its
 * second 项目; each side has a label, maybe a 行次 column (ignored: rows are matched by name)
 * and its amount columns.
 */
final class TwoSidedTableReader {

	static final String INCOME = "收入";

	static final String EXPENDITURE = "支出";

	private static final Pattern TOTAL = Pattern.compile("^(?:本年收入合计|本年支出合计|收入合计|支出合计|总计|收入总计|支出总计|合计|本年收入|本年支出)$");

	private static final Pattern ROW_NUMBER_HEADER = Pattern.compile("行次");

	private TwoSidedTableReader() {
	}

	static TableReading read(TableRegion region, TableTemplate template) {
		List<LayoutLine> rows = PositionalColumns.align(Headers.nonBlank(region.rows()));
		Headers.Sections sections = Headers.sections(rows);
		List<LayoutLine> headers = sections.headers();
		List<LayoutLine> data = sections.data();
		int width = Headers.modeWidth(data, Headers.maxWidth(headers));
		int split = split(headers, width);
		List<String> stacked = Headers.stacked(headers, width);
		Side income = side(INCOME, 0, split, stacked, data, template.incomeColumns(), List.of("金额"));
		Side expenditure = side(EXPENDITURE, split, width, stacked, data, template.columns(), template.order());
		List<TableRow> incomeRows = new ArrayList<>();
		List<TableRow> expenditureRows = new ArrayList<>();
		List<LayoutLine> unread = new ArrayList<>(region.strayText());
		for (LayoutLine line : data) {
			List<String> cells = realign(Headers.align(line.cells(), width), income, split, width);
			if (cells == null) {
				unread.add(line);
				continue;
			}
			TableRow left = income.row(line, cells);
			TableRow right = expenditure.row(line, cells);
			if (left != null) {
				incomeRows.add(left);
			}
			if (right != null) {
				expenditureRows.add(right);
			}
			if (left == null && right == null) {
				unread.add(line);
			}
		}
		Map<String, TableColumn> columns = new LinkedHashMap<>();
		income.columns(columns);
		expenditure.columns(columns);
		List<TableRow> all = new ArrayList<>(incomeRows);
		all.addAll(expenditureRows);
		String source = income.names.source().equals(expenditure.names.source()) ? income.names.source()
				: expenditure.names.source();
		Table table = region.table(new ArrayList<>(columns.values()), all, source);
		return new TableReading(table, unread);
	}

	/**
	 * Moves an expenditure label printed under an income amount (a row padded at its end
	 * instead of its merged start) to the expenditure label column; null when the row
	 * cannot be placed.
	 */
	private static List<String> realign(List<String> cells, Side income, int split, int width) {
		for (int p : income.amountPositions()) {
			String cell = cells.get(p);
			if (!cell.isBlank() && !Amounts.isNumeric(cell)) {
				List<String> shifted = new ArrayList<>(cells);
				for (int i = p; i < split; i++) {
					shifted.add(p, "");
				}
				return Headers.align(shifted, width).size() == width && trailingBlank(shifted, width)
						? shifted.subList(0, width) : null;
			}
		}
		return cells;
	}

	private static boolean trailingBlank(List<String> cells, int width) {
		for (int i = width; i < cells.size(); i++) {
			if (!cells.get(i).isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** Where the expenditure side starts: at the second 项目 of the header. */
	private static int split(List<LayoutLine> headers, int width) {
		for (LayoutLine header : headers) {
			List<String> cells = Headers.align(header.cells(), width);
			int seen = 0;
			for (int p = 0; p < cells.size(); p++) {
				String compact = CompactText.of(cells.get(p));
				if (compact.equals("项目") || compact.equals("项目名称")) {
					seen++;
					if (seen == 2) {
						return p;
					}
				}
			}
		}
		for (LayoutLine header : headers) {
			List<String> cells = Headers.align(header.cells(), width);
			for (int p = 1; p < cells.size(); p++) {
				if (CompactText.of(cells.get(p)).equals(EXPENDITURE)) {
					return p;
				}
			}
		}
		return width / 2;
	}

	private static Side side(String group, int from, int to, List<String> stacked, List<LayoutLine> data,
			List<ColumnSpec> specs, List<String> order) {
		int rowNumber = -1;
		for (int p = from + 1; p < to; p++) {
			if (ROW_NUMBER_HEADER.matcher(stacked.get(p)).find()) {
				rowNumber = p;
			}
		}
		if (rowNumber < 0 && from + 1 < to && smallIntegers(data, from + 1)) {
			rowNumber = from + 1;
		}
		List<Integer> amountPositions = new ArrayList<>();
		List<String> amountHeaders = new ArrayList<>();
		for (int p = from + 1; p < to; p++) {
			if (p != rowNumber) {
				amountPositions.add(p);
				amountHeaders.add(stacked.get(p));
			}
		}
		Headers.ColumnNames names = Headers.name(amountHeaders, specs, order);
		return new Side(group, from, amountPositions, amountHeaders, names);
	}

	/** True when a column holds only small whole numbers: a 行次 column without header. */
	private static boolean smallIntegers(List<LayoutLine> data, int position) {
		int seen = 0;
		for (LayoutLine line : data) {
			if (position >= line.cells().size()) {
				continue;
			}
			String compact = CompactText.of(line.cells().get(position));
			if (compact.isEmpty()) {
				continue;
			}
			if (!compact.matches("[0-9]{1,3}")) {
				return false;
			}
			seen++;
		}
		return seen > 1;
	}

	/** One side of the table. */
	private record Side(String group, int labelPosition, List<Integer> amountPositions, List<String> amountHeaders,
			Headers.ColumnNames names) {

		TableRow row(LayoutLine line, List<String> cells) {
			String label = RowNames.label(cells.get(this.labelPosition));
			List<TableCell> amounts = new ArrayList<>();
			boolean anyValue = false;
			for (int i = 0; i < this.amountPositions.size(); i++) {
				String cell = cells.get(this.amountPositions.get(i));
				BigDecimal amount = Amounts.money(cell).orElse(null);
				anyValue |= !Amounts.isNil(cell);
				amounts.add(new TableCell(this.names.names().get(i), RowNames.label(cell), amount,
						Amounts.isPercent(cell)));
			}
			if (label.isEmpty() && !anyValue) {
				return null;
			}
			String name = RowNames.name(label);
			RowKind kind = TOTAL.matcher(name).matches() ? RowKind.TOTAL : RowKind.LINE;
			return new TableRow(line.index(), kind, this.group, label, name, null, null, null, null, amounts);
		}

		void columns(Map<String, TableColumn> columns) {
			for (int i = 0; i < this.names.names().size(); i++) {
				String name = this.names.names().get(i);
				String key = this.group + "/" + name;
				columns.putIfAbsent(key, new TableColumn(name, this.amountHeaders.get(i), true, this.group));
			}
		}

	}

}
