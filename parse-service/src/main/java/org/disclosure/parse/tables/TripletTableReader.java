package org.disclosure.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.parse.layout.LayoutLine;
import org.disclosure.parse.text.CompactText;

/**
 * Reads an economic-classification table printed as three (code, name, amount) triplets
 * per line (FA06): 人员经费 in the first, 公用经费 in the others, as the header groups them; the
 * closing line holds 人员经费合计 and 公用经费合计. Rows come out triplet by triplet, so 301 and its
 * 301xx children stay together. A triplet line holding only a name continues the name
 * above it (a cell wrapped over a page break).
 */
final class TripletTableReader {

	static final String PERSONNEL = "人员经费";

	static final String PUBLIC_FUNDS = "公用经费";

	private static final Pattern CODE_HEADER = Pattern.compile("^(?:经济分类)?(?:科目)?(?:代码|编码)$");

	private static final Pattern TOTALS = Pattern.compile("^(人员经费|公用经费)(?:合计|小计)$");

	private static final Pattern ECONOMIC_CODE = Pattern.compile("[0-9]{3}|[0-9]{5}");

	private TripletTableReader() {
	}

	static TableReading read(TableRegion region) {
		List<LayoutLine> rows = PositionalColumns.align(Headers.nonBlank(region.rows()));
		int firstData = rows.size();
		for (int i = 0; i < rows.size() && firstData == rows.size(); i++) {
			for (String cell : rows.get(i).cells()) {
				String compact = CompactText.of(cell);
				if (ECONOMIC_CODE.matcher(compact).matches() || TOTALS.matcher(compact).matches()) {
					firstData = i;
					break;
				}
			}
		}
		List<LayoutLine> headers = rows.subList(0, firstData);
		List<LayoutLine> data = rows.subList(firstData, rows.size());
		int width = Headers.modeWidth(data, Headers.maxWidth(headers));
		List<Integer> starts = starts(headers, width);
		List<String> groups = groups(headers, starts, width);
		List<String> stacked = Headers.stacked(headers, width);
		String column = amountColumn(stacked, starts);
		List<List<TableRow>> triplets = new ArrayList<>();
		for (int t = 0; t < starts.size(); t++) {
			triplets.add(new ArrayList<>());
		}
		List<TableRow> totals = new ArrayList<>();
		List<LayoutLine> unread = new ArrayList<>(region.strayText());
		for (LayoutLine line : data) {
			if (totalsLine(line, column, totals)) {
				continue;
			}
			boolean any = false;
			List<String> cells = line.cells();
			for (int t = 0; t < starts.size(); t++) {
				int start = starts.get(t);
				String code = cell(cells, start);
				String name = RowNames.label(cell(cells, start + 1));
				String amountText = cell(cells, start + 2);
				List<TableRow> triplet = triplets.get(t);
				if (code.isEmpty() && name.isEmpty() && Amounts.isNil(amountText)) {
					continue;
				}
				any = true;
				if (code.isEmpty() && Amounts.isNil(amountText) && !triplet.isEmpty()) {
					TableRow last = triplet.remove(triplet.size() - 1);
					String joined = RowNames.label(last.label() + name);
					triplet.add(new TableRow(last.line(), last.kind(), last.group(), joined, RowNames.name(joined),
							last.code(), last.codeKind(), last.level(), last.parentCode(), last.cells()));
					continue;
				}
				String group = groupOf(code, groups.get(t));
				BigDecimal amount = Amounts.money(amountText).orElse(null);
				List<TableCell> cellList = List
					.of(new TableCell(column, RowNames.label(amountText), amount, Amounts.isPercent(amountText)));
				if (ECONOMIC_CODE.matcher(code).matches()) {
					triplet.add(new TableRow(line.index(), RowKind.SUBJECT, group, name, RowNames.name(name), code,
							CodeKind.ECONOMIC, SubjectLevel.ofCode(code).orElse(null),
							SubjectLevel.parentOf(code).orElse(null), cellList));
				}
				else {
					String label = RowNames.label(code + name);
					triplet.add(new TableRow(line.index(), RowKind.LINE, group, label, RowNames.name(label), null, null,
							null, null, cellList));
				}
			}
			if (!any) {
				unread.add(line);
			}
		}
		List<TableRow> all = new ArrayList<>();
		triplets.forEach(all::addAll);
		all.addAll(totals);
		Table table = region.table(List.of(new TableColumn(column, column, true, null)), all,
				starts.size() == 3 ? "header" : "position");
		return new TableReading(table, unread);
	}

	/** Reads a line holding 人员经费合计 / 公用经费合计 and the first amount after each. */
	private static boolean totalsLine(LayoutLine line, String column, List<TableRow> totals) {
		List<String> cells = line.cells();
		boolean found = false;
		for (int p = 0; p < cells.size(); p++) {
			String compact = CompactText.of(cells.get(p));
			Matcher matcher = TOTALS.matcher(compact);
			if (!matcher.matches()) {
				continue;
			}
			found = true;
			String amountText = "";
			for (int q = p + 1; q < cells.size(); q++) {
				String next = CompactText.of(cells.get(q));
				if (TOTALS.matcher(next).matches()) {
					break;
				}
				if (Amounts.isNumber(next)) {
					amountText = next;
					break;
				}
			}
			String label = RowNames.label(cells.get(p));
			totals.add(new TableRow(line.index(), RowKind.TOTAL, matcher.group(1), label, RowNames.name(label), null,
					null, null, null,
					List.of(new TableCell(column, amountText, Amounts.money(amountText).orElse(null), false))));
		}
		return found;
	}

	/**
	 * Where the triplets start: at the header's code columns, else every third column.
	 */
	private static List<Integer> starts(List<LayoutLine> headers, int width) {
		for (LayoutLine header : headers) {
			if (header.cells().size() != width) {
				continue;
			}
			List<Integer> starts = new ArrayList<>();
			for (int p = 0; p < width; p++) {
				if (CODE_HEADER.matcher(CompactText.of(header.cells().get(p))).matches()) {
					starts.add(p);
				}
			}
			if (starts.size() >= 2) {
				return starts;
			}
		}
		List<Integer> starts = new ArrayList<>();
		for (int p = 0; p + 2 < Math.max(width, 3); p += 3) {
			starts.add(p);
		}
		return starts;
	}

	/**
	 * The group over each triplet: the nearest 人员经费/公用经费 header cell at or left of its
	 * start; null where the header prints none.
	 */
	private static List<String> groups(List<LayoutLine> headers, List<Integer> starts, int width) {
		List<String> groups = new ArrayList<>();
		for (int t = 0; t < starts.size(); t++) {
			groups.add(null);
		}
		for (LayoutLine header : headers) {
			List<String> cells = header.cells();
			List<Integer> positions = new ArrayList<>();
			List<String> names = new ArrayList<>();
			for (int p = 0; p < cells.size(); p++) {
				String compact = CompactText.of(cells.get(p));
				if (compact.equals(PERSONNEL) || compact.equals(PUBLIC_FUNDS)) {
					positions.add(p);
					names.add(compact);
				}
			}
			if (positions.size() < 2) {
				continue;
			}
			for (int t = 0; t < starts.size(); t++) {
				String group = null;
				for (int i = 0; i < positions.size(); i++) {
					if (positions.get(i) <= starts.get(t)) {
						group = names.get(i);
					}
				}
				groups.set(t, group);
			}
			return groups;
		}
		return groups;
	}

	/** The printed group, else the group the economic code belongs to (301/303 人员经费). */
	private static String groupOf(String code, String printed) {
		if (printed != null) {
			return printed;
		}
		if (code.startsWith("301") || code.startsWith("303")) {
			return PERSONNEL;
		}
		return code.isEmpty() ? null : PUBLIC_FUNDS;
	}

	private static String amountColumn(List<String> stacked, List<Integer> starts) {
		for (int start : starts) {
			if (start + 2 < stacked.size()) {
				String header = stacked.get(start + 2);
				if (header.contains("预算")) {
					return "预算数";
				}
				if (header.contains("决算")) {
					return "决算数";
				}
			}
		}
		return "决算数";
	}

	private static String cell(List<String> cells, int position) {
		return (position < cells.size()) ? CompactText.printed(cells.get(position)) : "";
	}

}
