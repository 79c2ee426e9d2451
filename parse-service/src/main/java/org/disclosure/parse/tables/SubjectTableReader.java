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
 * Reads a table of classified rows: label columns (a code, or 类/款/项 columns, a unit code,
 * a name) followed by amount columns. The boundary between them comes from the header and
 * the data; the amount columns are named by header, else by the template's order. Rows
 * whose label merged across columns are re-aligned; a row that only continues the label
 * above it (a cell wrapped over a page break) is joined to it; in BU06 a row without a
 * code continues the code above.
 */
final class SubjectTableReader {

	private static final Pattern TOTAL = Pattern.compile("^(?:合计|总计|小计|共计|本年合计|本年支出合计|本年收入合计)$");

	private static final Pattern FIRST_TOTAL = Pattern.compile("^(?:合计|总计|共计)$");

	/** The header of a label column: code, name, 项目, 类/款/项. */
	private static final Pattern LABEL_HEADER = Pattern.compile("科目|名称|编码|代码|^项目$|^[类款项]$|单位");

	private static final Pattern NUMBERED = Pattern.compile("^(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|[0-9]+[.、])");

	private SubjectTableReader() {
	}

	static TableReading read(TableRegion region, TableTemplate template) {
		List<LayoutLine> rows = PositionalColumns.align(Headers.nonBlank(region.rows()));
		Headers.Sections sections = Headers.sections(rows);
		List<LayoutLine> headers = sections.headers();
		List<LayoutLine> data = sections.data();
		int width = Headers.modeWidth(data, Headers.maxWidth(headers));
		if (width < 2) {
			return new TableReading(region.table(List.of(), List.of(), "none"), rows);
		}
		List<String> stacked = Headers.stacked(headers, width);
		int firstAmount = firstAmountColumn(headers, data, width);
		List<String> amountHeaders = stacked.subList(firstAmount, width);
		Headers.ColumnNames names = Headers.name(amountHeaders, template.columns(), template.order());
		Map<String, TableColumn> columns = new LinkedHashMap<>();
		List<TableRow> read = new ArrayList<>();
		List<LayoutLine> unread = new ArrayList<>(region.strayText());
		LayoutLine previousLine = null;
		boolean previousPrintsNumber = false;
		for (LayoutLine line : data) {
			List<String> cells = alignData(line.cells(), width, firstAmount);
			if (cells == null) {
				unread.add(line);
				continue;
			}
			RowLabel label = RowLabel.read(cells.subList(0, firstAmount), stacked.subList(0, firstAmount), template);
			List<TableCell> amounts = new ArrayList<>();
			boolean anyNumber = false;
			for (int i = 0; i < names.names().size(); i++) {
				String cell = cells.get(firstAmount + i);
				BigDecimal amount = Amounts.money(cell).orElse(null);
				anyNumber |= amount != null && !Amounts.isNil(cell);
				amounts.add(new TableCell(names.names().get(i), RowNames.label(cell), amount, Amounts.isPercent(cell)));
			}
			TableRow previous = read.isEmpty() ? null : read.get(read.size() - 1);
			if (previous != null && label.code() == null && !anyNumber && continues(line, previousLine, label)) {
				read.set(read.size() - 1, appendLabel(previous, label.label()));
				continue;
			}
			if (previous != null && previous.code() != null && !previousPrintsNumber && label.code() == null
					&& anyNumber && continues(line, previousLine, label)) {
				// A name wrapped over two lines, its amounts printed beside the second.
				TableRow joined = appendLabel(previous, label.label());
				List<TableCell> joinedCells = new ArrayList<>();
				for (TableCell cell : previous.cells()) {
					if (!names.names().contains(cell.column())) {
						joinedCells.add(cell);
					}
				}
				joinedCells.addAll(amounts);
				read.set(read.size() - 1, joined.withCells(joinedCells));
				previousLine = line;
				previousPrintsNumber = true;
				continue;
			}
			String code = label.code();
			if (code == null && template.inheritCode() && previous != null && previous.code() != null
					&& previous.kind() == RowKind.SUBJECT && !label.label().isEmpty()) {
				code = previous.code();
			}
			if (code == null && label.label().isEmpty() && !anyNumber && label.texts().isEmpty()) {
				unread.add(line);
				continue;
			}
			TableRow row = row(line, label, code, amounts, template, read.isEmpty());
			for (TableCell cell : row.cells()) {
				columns.putIfAbsent(cell.column(),
						new TableColumn(cell.column(), headerOf(cell.column(), names, amountHeaders),
								cell.numeric() || names.names().contains(cell.column()), null));
			}
			read.add(row);
			previousLine = line;
			previousPrintsNumber = anyNumber;
		}
		for (int i = 0; i < names.names().size(); i++) {
			columns.putIfAbsent(names.names().get(i),
					new TableColumn(names.names().get(i), amountHeaders.get(i), true, null));
		}
		Table table = region.table(new ArrayList<>(columns.values()), read, names.source());
		return new TableReading(table, unread);
	}

	/** The first row holding an amount, a total label or a code followed by a name. */
	static int firstDataRow(List<LayoutLine> rows) {
		for (int i = 0; i < rows.size(); i++) {
			List<String> cells = rows.get(i).cells();
			if (Headers.isColumnNumberRow(cells)) {
				continue;
			}
			boolean firstFilled = true;
			for (int p = 0; p < cells.size(); p++) {
				String compact = CompactText.of(cells.get(p));
				if (compact.isEmpty()) {
					continue;
				}
				if ((firstFilled && FIRST_TOTAL.matcher(RowNames.name(compact)).matches() && !moreText(cells)
						&& !endsWrappedHeader(rows, i, p))
						|| (Amounts.isNumber(compact) && (compact.contains(".") || compact.contains(",")))) {
					return i;
				}
				firstFilled = false;
			}
			if (codeThenName(cells)) {
				return i;
			}
		}
		return rows.size();
	}

	/**
	 * True when the total label in column {@code p} of positioned row {@code i}, printed
	 * without amounts, is the end of an amount column's header wrapped over two lines
	 * (本年支出 above 合计): the row above holds text in that column that names no label
	 * column.
	 */
	private static boolean endsWrappedHeader(List<LayoutLine> rows, int i, int p) {
		if (i == 0 || !rows.get(i).positional() || rows.get(i).cells().stream().anyMatch(Amounts::isNumber)) {
			return false;
		}
		List<String> above = rows.get(i - 1).cells();
		if (p >= above.size()) {
			return false;
		}
		String header = CompactText.of(above.get(p));
		return !header.isEmpty() && !Amounts.isNumber(header) && !LABEL_HEADER.matcher(header).find();
	}

	/**
	 * True when more than one cell of {@code cells} holds text: a header row (合计 | 基本支出 |
	 * 项目支出), not a total row.
	 */
	private static boolean moreText(List<String> cells) {
		int text = 0;
		for (String cell : cells) {
			if (!Amounts.isNumeric(cell)) {
				text++;
			}
		}
		return text > 1;
	}

	private static boolean codeThenName(List<String> cells) {
		for (int p = 0; p + 1 < cells.size(); p++) {
			String code = CompactText.of(cells.get(p));
			if (code.matches("[0-9]{3}|[0-9]{5}|[0-9]{7}")) {
				for (int q = p + 1; q < cells.size(); q++) {
					String next = CompactText.of(cells.get(q));
					if (!next.isEmpty()) {
						return !Amounts.isNumeric(next);
					}
				}
			}
		}
		return false;
	}

	/**
	 * The first amount column: right of every label column the header names and of every
	 * column holding text in a full-width data row.
	 */
	private static int firstAmountColumn(List<LayoutLine> headers, List<LayoutLine> data, int width) {
		int lastLabel = Headers.lastLabelColumn(headers, width);
		for (LayoutLine row : data) {
			if (row.cells().size() != width) {
				continue;
			}
			for (int p = 0; p < width; p++) {
				String compact = CompactText.of(row.cells().get(p));
				if (!compact.isEmpty() && !Amounts.isNumeric(compact)) {
					lastLabel = Math.max(lastLabel, p);
				}
			}
		}
		if (lastLabel < 0 && allNumeric(data)) {
			// one line of amounts under a header (合计 | 基本支出 | 项目支出): no label column
			return 0;
		}
		return Math.min(Math.max(lastLabel + 1, 1), Math.max(width - 1, 1));
	}

	private static boolean allNumeric(List<LayoutLine> data) {
		for (LayoutLine row : data) {
			for (String cell : row.cells()) {
				if (!Amounts.isNumeric(cell)) {
					return false;
				}
			}
		}
		return !data.isEmpty();
	}

	/**
	 * A data row brought to the table's width. A row whose label merged over the label
	 * columns (fewer cells, or an amount printed under the name) has its amounts taken
	 * from its first amount on; a shorter row ending in a value is aligned right.
	 */
	static List<String> alignData(List<String> cells, int width, int firstAmount) {
		List<String> row = new ArrayList<>(cells);
		while (row.size() > width && row.get(row.size() - 1).isBlank()) {
			row.remove(row.size() - 1);
		}
		if (row.size() > width) {
			row = new ArrayList<>(row.subList(0, width));
		}
		boolean amountUnderName = row.size() == width && firstAmount >= 1 && isAmount(row.get(firstAmount - 1));
		if (row.size() == width && !amountUnderName) {
			return row;
		}
		if (row.size() < width && !row.get(row.size() - 1).isBlank()) {
			return Headers.align(row, width);
		}
		int first = -1;
		for (int i = 0; i < row.size(); i++) {
			if (isAmount(row.get(i)) || (i >= firstAmount && Amounts.isNumber(row.get(i)))) {
				first = i;
				break;
			}
		}
		if (first < 0) {
			return Headers.align(row, width);
		}
		if (first > firstAmount) {
			return null;
		}
		List<String> aligned = new ArrayList<>(row.subList(0, first));
		while (aligned.size() < firstAmount) {
			aligned.add("");
		}
		for (int i = first; i < row.size() && aligned.size() < width; i++) {
			aligned.add(row.get(i));
		}
		for (int i = first + (width - firstAmount); i < row.size(); i++) {
			if (!row.get(i).isBlank()) {
				return null;
			}
		}
		while (aligned.size() < width) {
			aligned.add("");
		}
		return aligned;
	}

	/** A number that can only be an amount: with decimals or thousands separators. */
	private static boolean isAmount(String cell) {
		String compact = CompactText.of(cell);
		return Amounts.isNumber(compact) && (compact.contains(".") || compact.contains(","));
	}

	/**
	 * True when a row without code or amount only continues the label above: it follows a
	 * page or block break (or comes from positioned PDF text) and is no numbered line.
	 */
	private static boolean continues(LayoutLine line, LayoutLine previous, RowLabel label) {
		if (previous == null || label.label().isEmpty() || !label.texts().isEmpty()) {
			return false;
		}
		String compact = CompactText.of(label.label());
		if (NUMBERED.matcher(compact).find() || TOTAL.matcher(RowNames.name(compact)).matches()) {
			return false;
		}
		return line.block() != previous.block() || line.positional();
	}

	private static TableRow appendLabel(TableRow row, String more) {
		String label = RowNames.label(row.label() + more);
		return new TableRow(row.line(), row.kind(), row.group(), label, RowNames.name(label), row.code(),
				row.codeKind(), row.level(), row.parentCode(), row.cells());
	}

	private static TableRow row(LayoutLine line, RowLabel label, String code, List<TableCell> amounts,
			TableTemplate template, boolean first) {
		List<TableCell> cells = new ArrayList<>(label.texts());
		cells.addAll(amounts);
		String name = RowNames.name(label.label());
		RowKind kind;
		CodeKind codeKind = null;
		SubjectLevel level = null;
		String parent = null;
		if (TOTAL.matcher(name).matches() || (first && code == null && name.isEmpty())) {
			kind = RowKind.TOTAL;
		}
		else if (code != null && label.unit()) {
			kind = RowKind.UNIT;
			codeKind = CodeKind.UNIT;
		}
		else if (code != null) {
			kind = RowKind.SUBJECT;
			codeKind = (template.codeKind() != null) ? template.codeKind() : CodeKind.FUNCTIONAL;
			if (codeKind == CodeKind.FUNCTIONAL || codeKind == CodeKind.ECONOMIC) {
				level = SubjectLevel.ofCode(code).orElse(null);
				parent = SubjectLevel.parentOf(code).orElse(null);
			}
		}
		else {
			kind = RowKind.LINE;
		}
		String labelText = (kind == RowKind.TOTAL && label.label().isEmpty()) ? "合计" : label.label();
		return new TableRow(line.index(), kind, label.group(), labelText, RowNames.name(labelText), code, codeKind,
				level, parent, cells);
	}

	private static String headerOf(String column, Headers.ColumnNames names, List<String> amountHeaders) {
		int index = names.names().indexOf(column);
		return (index >= 0) ? amountHeaders.get(index) : column;
	}

}
