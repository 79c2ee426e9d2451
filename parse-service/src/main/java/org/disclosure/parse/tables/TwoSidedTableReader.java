package org.disclosure.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.disclosure.parse.layout.LayoutLine;
import org.disclosure.parse.text.CompactText;

/**
 * Reads a table printing tables side by side on each line, income left and expenditure
 * right (FA01, FA04, BU01, BU04); some provinces print the expenditure twice, by function
 * and by use (基本支出, 项目支出, 单位预留机动经费). Each side starts at a label column the header names
 * ({@code 项目}, {@code 项目名称}, {@code 功能科目名称}) and holds maybe a 行次 column (ignored: rows
 * are matched by name) and its amount columns. A side's label whose amounts are blank
 * while the next side prints an amount and no label on the same line is one cell merged
 * across both ({@code 当年支出小计 … 24,458.43}).
 */
final class TwoSidedTableReader {

	static final String INCOME = "收入";

	static final String EXPENDITURE = "支出";

	/**
	 * The group of an expenditure side listing the uses (基本支出, 项目支出) beside the
	 * functions.
	 */
	static final String EXPENDITURE_BY_USE = "支出用途";

	private static final Pattern TOTAL = Pattern
		.compile("^(?:本年收入合计|本年支出合计|收入合计|支出合计|总计|收入总计|支出总计|合计|本年收入|本年支出|(?:当年|本年)(?:收入|支出)小计)$");

	private static final Pattern ROW_NUMBER_HEADER = Pattern.compile("行次");

	private static final Pattern LABEL_HEADER = Pattern.compile("^(?:项目|项目名称|科目名称|功能科目名称|(?:收入|支出)项目|科目|功能分类科目名称)$");

	private TwoSidedTableReader() {
	}

	static TableReading read(TableRegion region, TableTemplate template) {
		List<LayoutLine> rows = PositionalColumns.align(Headers.nonBlank(region.rows()));
		Headers.Sections sections = Headers.sections(rows);
		List<LayoutLine> headers = sections.headers();
		List<LayoutLine> data = sections.data();
		int width = Headers.modeWidth(data, Headers.maxWidth(headers));
		List<String> stacked = Headers.stacked(headers, width);
		List<Integer> starts = sideStarts(headers, width);
		List<Side> sides = new ArrayList<>();
		for (int s = 0; s < starts.size(); s++) {
			int from = starts.get(s);
			int to = (s + 1 < starts.size()) ? starts.get(s + 1) : width;
			String group = group(s, stacked.get(from), sides);
			boolean income = group.equals(INCOME);
			sides.add(side(group, from, to, stacked, data, income ? template.incomeColumns() : template.columns(),
					income ? List.of("金额") : template.order()));
		}
		Map<String, List<TableRow>> byGroup = new LinkedHashMap<>();
		sides.forEach((side) -> byGroup.putIfAbsent(side.group(), new ArrayList<>()));
		List<LayoutLine> unread = new ArrayList<>(region.strayText());
		for (LayoutLine line : data) {
			List<String> cells = realign(Headers.align(line.cells(), width), sides.get(0), starts);
			if (cells == null) {
				unread.add(line);
				continue;
			}
			cells = mergedLabels(cells, sides);
			boolean any = false;
			for (Side side : sides) {
				TableRow row = side.row(line, cells);
				if (row != null) {
					byGroup.get(side.group()).add(row);
					any = true;
				}
			}
			if (!any) {
				unread.add(line);
			}
		}
		Map<String, TableColumn> columns = new LinkedHashMap<>();
		sides.forEach((side) -> side.columns(columns));
		List<TableRow> all = new ArrayList<>();
		byGroup.values().forEach(all::addAll);
		String source = sides.get(sides.size() - 1).names().source();
		return new TableReading(region.table(new ArrayList<>(columns.values()), all, source), unread);
	}

	/**
	 * Where each side starts: at the label columns the header names; else at 0 and where
	 * the header prints its second 项目 or 支出; else halfway.
	 */
	private static List<Integer> sideStarts(List<LayoutLine> headers, int width) {
		TreeSet<Integer> labels = new TreeSet<>();
		for (LayoutLine header : headers) {
			List<String> cells = Headers.align(header.cells(), width);
			for (int p = 0; p < cells.size(); p++) {
				if (LABEL_HEADER.matcher(CompactText.of(cells.get(p))).matches()) {
					labels.add(p);
				}
			}
		}
		if (labels.size() >= 2 && labels.first() == 0) {
			return List.copyOf(labels);
		}
		for (LayoutLine header : headers) {
			List<String> cells = Headers.align(header.cells(), width);
			for (int p = 1; p < cells.size(); p++) {
				if (CompactText.of(cells.get(p)).equals(EXPENDITURE)) {
					return List.of(0, p);
				}
			}
		}
		return List.of(0, Math.max(width / 2, 1));
	}

	/** The first side is income; the others expenditure, a second one by use. */
	private static String group(int index, String stackedLabelHeader, List<Side> before) {
		if (index == 0) {
			return INCOME;
		}
		boolean expenditureSeen = before.stream().anyMatch((side) -> side.group().equals(EXPENDITURE));
		return (expenditureSeen || stackedLabelHeader.contains("用途")) ? EXPENDITURE_BY_USE : EXPENDITURE;
	}

	/**
	 * Moves an expenditure label printed under an income amount (a row padded at its end
	 * instead of its merged start) to the next label column; null when the row cannot be
	 * placed.
	 */
	private static List<String> realign(List<String> cells, Side income, List<Integer> starts) {
		if (starts.size() < 2) {
			return cells;
		}
		int split = starts.get(1);
		for (int p : income.amountPositions()) {
			String cell = cells.get(p);
			if (!cell.isBlank() && !Amounts.isNumeric(cell)) {
				List<String> shifted = new ArrayList<>(cells);
				for (int i = p; i < split; i++) {
					shifted.add(p, "");
				}
				int width = cells.size();
				return Headers.align(shifted, width).size() == width && trailingBlank(shifted, width)
						? shifted.subList(0, width) : null;
			}
		}
		return cells;
	}

	/**
	 * A label one side prints without amounts while the next side prints amounts without
	 * a label: one cell merged over both sides, whose amounts are the label's.
	 */
	private static List<String> mergedLabels(List<String> cells, List<Side> sides) {
		List<String> merged = new ArrayList<>(cells);
		for (int s = 0; s + 1 < sides.size(); s++) {
			Side side = sides.get(s);
			Side next = sides.get(s + 1);
			if (merged.get(side.labelPosition()).isBlank() || !merged.get(next.labelPosition()).isBlank()
					|| side.hasAmount(merged) || !next.hasAmount(merged)) {
				continue;
			}
			List<Integer> from = next.amountPositions();
			List<Integer> to = side.amountPositions();
			for (int i = 0; i < from.size(); i++) {
				int target = to.get(Math.min(i, to.size() - 1));
				if (!merged.get(from.get(i)).isBlank() && merged.get(target).isBlank()) {
					merged.set(target, merged.get(from.get(i)));
					merged.set(from.get(i), "");
				}
			}
		}
		return merged;
	}

	private static boolean trailingBlank(List<String> cells, int width) {
		for (int i = width; i < cells.size(); i++) {
			if (!cells.get(i).isBlank()) {
				return false;
			}
		}
		return true;
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

		boolean hasAmount(List<String> cells) {
			for (int p : this.amountPositions) {
				if (p < cells.size() && Amounts.isNumber(cells.get(p))) {
					return true;
				}
			}
			return false;
		}

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
