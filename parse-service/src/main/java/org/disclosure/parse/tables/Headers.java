package org.disclosure.parse.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.disclosure.parse.layout.LayoutLine;
import org.disclosure.parse.text.CompactText;

/**
 * Reads the header rows above a table's data: the header text stacked per column, the
 * label columns (科目编码, 科目名称, 类/款/项, 单位代码), the column-number row (栏次 1 2 3…).
 */
final class Headers {

	/** A header cell over a label column. */
	static final Pattern LABEL_HEADER = Pattern.compile("^(?:功能分类|经济分类|部门预算支出经济分类|政府预算支出经济分类)?(?:科目)?(?:编码|代码|名称)$"
			+ "|^(?:项目|科目|类|款|项|类型|项目名称|项目单位|单位代码|单位编码|单位名称|单位\\(科目名称\\)|单位\\(项目名称\\)|项目编码)$"
			+ "|^(?:功能分类|经济分类)科目(?:编码|代码)$");

	private static final Pattern TOTAL_LABEL = Pattern.compile("^(?:合计|总计|小计|共计)$");

	private Headers() {
	}

	/**
	 * The rows of a table split at its first data row: the header rows above it, the data
	 * rows from it on. Column-number rows (栏次) and header rows a continuation page
	 * repeats are in neither.
	 */
	static Sections sections(List<LayoutLine> rows) {
		int firstData = SubjectTableReader.firstDataRow(rows);
		List<LayoutLine> headers = new ArrayList<>();
		List<LayoutLine> data = new ArrayList<>();
		Set<String> headerTexts = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			List<String> cells = rows.get(i).cells();
			if (isColumnNumberRow(cells)) {
				continue;
			}
			if (i < firstData) {
				headers.add(rows.get(i));
				cells.forEach((cell) -> headerTexts.add(CompactText.of(cell)));
			}
			else if (!repeatsHeader(cells, headerTexts)) {
				data.add(rows.get(i));
			}
		}
		return new Sections(headers, data);
	}

	/** The header rows and the data rows of a table. */
	record Sections(List<LayoutLine> headers, List<LayoutLine> data) {
	}

	/**
	 * True for a header row printed again under the first page's data: no amount, no
	 * total label first, every filled cell a header cell's text.
	 */
	private static boolean repeatsHeader(List<String> cells, Set<String> headerTexts) {
		boolean filled = false;
		for (String cell : cells) {
			String compact = CompactText.of(cell);
			if (compact.isEmpty()) {
				continue;
			}
			if (!filled && TOTAL_LABEL.matcher(RowNames.name(compact)).matches()) {
				return false;
			}
			filled = true;
			if (Amounts.isNumber(compact) || !headerTexts.contains(compact)) {
				return false;
			}
		}
		return filled;
	}

	/** The non-blank rows of a table region. */
	static List<LayoutLine> nonBlank(List<LayoutLine> rows) {
		List<LayoutLine> kept = new ArrayList<>();
		for (LayoutLine row : rows) {
			if (!row.isBlank()) {
				kept.add(row);
			}
		}
		return kept;
	}

	/**
	 * True for a column-number row: {@code 栏次} and consecutive numbers, or only
	 * consecutive numbers from 1.
	 */
	static boolean isColumnNumberRow(List<String> cells) {
		List<Integer> numbers = new ArrayList<>();
		boolean label = false;
		for (String cell : cells) {
			String compact = CompactText.of(cell);
			if (compact.isEmpty()) {
				continue;
			}
			if (compact.equals("栏次") || compact.equals("行次")) {
				label = true;
			}
			else if (compact.matches("[0-9]{1,2}")) {
				numbers.add(Integer.parseInt(compact));
			}
			else {
				return false;
			}
		}
		if (numbers.size() < 2 && !(label && numbers.size() == 1)) {
			return false;
		}
		if (label) {
			return true;
		}
		for (int i = 0; i < numbers.size(); i++) {
			if (numbers.get(i) != i + 1) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The column numbers of a column-number row aligned to {@code width}: position →
	 * number.
	 */
	static Map<Integer, Integer> columnNumbers(List<String> cells, int width) {
		List<String> aligned = align(cells, width);
		Map<Integer, Integer> numbers = new HashMap<>();
		for (int p = 0; p < aligned.size(); p++) {
			String compact = CompactText.of(aligned.get(p));
			if (compact.matches("[0-9]{1,2}")) {
				numbers.put(p, Integer.parseInt(compact));
			}
		}
		return numbers;
	}

	/**
	 * A row's cells brought to {@code width}: a shorter row is aligned right (its left
	 * cells were merged), a longer one loses trailing empty cells, then cells beyond the
	 * width.
	 */
	static List<String> align(List<String> cells, int width) {
		List<String> aligned = new ArrayList<>(cells);
		while (aligned.size() > width && aligned.get(aligned.size() - 1).isBlank()) {
			aligned.remove(aligned.size() - 1);
		}
		if (aligned.size() > width) {
			return new ArrayList<>(aligned.subList(0, width));
		}
		while (aligned.size() < width) {
			aligned.add(0, "");
		}
		return aligned;
	}

	/**
	 * The header text over each column: every header row aligned to {@code width}, its
	 * cells at that position joined, compact and half-width.
	 */
	static List<String> stacked(List<LayoutLine> headerRows, int width) {
		List<StringBuilder> stacked = new ArrayList<>();
		for (int p = 0; p < width; p++) {
			stacked.add(new StringBuilder());
		}
		for (LayoutLine row : headerRows) {
			List<String> aligned = align(PositionalColumns.mergedCellsFilled(row), width);
			for (int p = 0; p < width; p++) {
				stacked.get(p).append(CompactText.of(aligned.get(p)));
			}
		}
		return stacked.stream().map(StringBuilder::toString).toList();
	}

	/**
	 * The last label column the header rows of full width name (科目代码, 科目名称, 单位代码…); -1
	 * when none.
	 */
	static int lastLabelColumn(List<LayoutLine> headerRows, int width) {
		int last = -1;
		for (LayoutLine row : headerRows) {
			if (row.cells().size() != width) {
				continue;
			}
			for (int p = 0; p < width; p++) {
				if (LABEL_HEADER.matcher(CompactText.of(row.cells().get(p))).matches()) {
					last = Math.max(last, p);
				}
			}
		}
		return last;
	}

	/** The most frequent width of {@code rows}; {@code fallback} when there are none. */
	static int modeWidth(List<LayoutLine> rows, int fallback) {
		Map<Integer, Integer> counts = new HashMap<>();
		int best = fallback;
		int bestCount = 0;
		for (LayoutLine row : rows) {
			int width = row.cells().size();
			int count = counts.merge(width, 1, Integer::sum);
			if (count > bestCount || (count == bestCount && width > best)) {
				best = width;
				bestCount = count;
			}
		}
		return best;
	}

	/** The widest of {@code rows}, 0 for none. */
	static int maxWidth(List<LayoutLine> rows) {
		int max = 0;
		for (LayoutLine row : rows) {
			max = Math.max(max, row.cells().size());
		}
		return max;
	}

	/**
	 * Names the amount columns at {@code positions} from their stacked headers: by the
	 * template's header patterns when every column maps to a distinct one; else by the
	 * template's order when the count agrees; else by the printed header.
	 */
	static ColumnNames name(List<String> stackedHeaders, List<ColumnSpec> specs, List<String> order) {
		int count = stackedHeaders.size();
		List<String> names = new ArrayList<>();
		boolean complete = !specs.isEmpty();
		for (String header : stackedHeaders) {
			String found = null;
			for (ColumnSpec spec : specs) {
				if (spec.matches(header)) {
					found = spec.name();
					break;
				}
			}
			if (found == null || names.contains(found)) {
				complete = false;
			}
			names.add(found);
		}
		if (complete) {
			return new ColumnNames(names, "header");
		}
		if (!order.isEmpty() && order.size() == count) {
			return new ColumnNames(order, "template");
		}
		List<String> printed = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String name = names.get(i);
			if (name == null || printed.contains(name)) {
				name = stackedHeaders.get(i).isEmpty() ? "列" + (i + 1) : stackedHeaders.get(i);
			}
			while (printed.contains(name)) {
				name = name + "'";
			}
			printed.add(name);
		}
		return new ColumnNames(printed, specs.isEmpty() ? "header" : "partial-header");
	}

	/** Column names and how they were found. */
	record ColumnNames(List<String> names, String source) {
	}

}
