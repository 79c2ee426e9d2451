package org.disclosure.parse.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disclosure.parse.layout.LayoutLine;
import org.disclosure.parse.layout.LineKind;
import org.disclosure.parse.text.CompactText;

/**
 * Reads a table without a fixed template (performance self-evaluations, goal tables):
 * each line a row (a line of one cell too: a section label such as 绩效指标), its first
 * filled cell the label, its other cells named by the nearest header line above (a line
 * without amounts) at the same position.
 */
final class GenericTableReader {

	private GenericTableReader() {
	}

	static TableReading read(TableRegion region) {
		List<LayoutLine> lines = new ArrayList<>(region.rows());
		lines.addAll(region.strayText());
		lines.sort(Comparator.comparingInt(LayoutLine::index));
		List<LayoutLine> rows = PositionalColumns.align(Headers.nonBlank(lines));
		List<String> header = List.of();
		List<TableRow> read = new ArrayList<>();
		Map<String, TableColumn> columns = new LinkedHashMap<>();
		LayoutLine previous = null;
		List<String> previousCells = null;
		List<String> previousHeader = null;
		int lastBlock = -1;
		for (LayoutLine line : rows) {
			List<String> cells = line.cells();
			int filled = 0;
			boolean number = false;
			for (String cell : cells) {
				if (!cell.isBlank()) {
					filled++;
					number |= Amounts.isNumber(cell);
				}
			}
			if (previous != null && line.kind() == LineKind.ROW && cells.size() > 1 && line.block() != lastBlock
					&& !number && filled == 1 && continues(cells, previousCells)) {
				// A row cut by a page break: its cells continue the cells above.
				List<String> joined = new ArrayList<>(previousCells);
				for (int p = 0; p < cells.size(); p++) {
					joined.set(p, joined.get(p) + cells.get(p).strip());
				}
				read.set(read.size() - 1, row(previous, joined, previousHeader, columns));
				previousCells = joined;
				lastBlock = line.block();
				continue;
			}
			boolean headerLine = !number && filled >= 3;
			if (headerLine) {
				header = stacked(header, cells);
			}
			List<String> naming = headerLine ? List.of() : header;
			TableRow row = row(line, cells, naming, columns);
			if (row != null) {
				read.add(row);
				previous = line;
				lastBlock = line.block();
				previousCells = cells;
				previousHeader = naming;
			}
		}
		Table table = region.table(new ArrayList<>(columns.values()), read, "header");
		return new TableReading(table, List.of());
	}

	/**
	 * The header after {@code line}: its filled cells name their positions, the positions
	 * it leaves blank keep the name above (stacked headers; and a text-only line inside
	 * the body, such as a goal's indicators, does not unname the amount columns).
	 */
	static List<String> stacked(List<String> header, List<String> line) {
		List<String> merged = new ArrayList<>(line);
		for (int p = 0; p < merged.size() && p < header.size(); p++) {
			if (merged.get(p).isBlank()) {
				merged.set(p, header.get(p));
			}
		}
		return merged;
	}

	/** True when every filled cell sits under a filled cell of the row above. */
	private static boolean continues(List<String> cells, List<String> above) {
		if (above == null || cells.size() > above.size()) {
			return false;
		}
		for (int p = 0; p < cells.size(); p++) {
			if (!cells.get(p).isBlank() && above.get(p).isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static TableRow row(LayoutLine line, List<String> cells, List<String> header,
			Map<String, TableColumn> columns) {
		int labelAt = -1;
		List<TableCell> rowCells = new ArrayList<>();
		for (int p = 0; p < cells.size(); p++) {
			String text = RowNames.label(cells.get(p));
			if (text.isEmpty()) {
				continue;
			}
			if (labelAt < 0) {
				labelAt = p;
				continue;
			}
			String column = (p < header.size() && !header.get(p).isBlank()) ? CompactText.of(header.get(p))
					: "列" + (p + 1);
			boolean numeric = Amounts.isNumber(text);
			rowCells.add(new TableCell(column, text, numeric ? Amounts.parse(text).orElse(null) : null,
					Amounts.isPercent(text)));
			columns.putIfAbsent(column, new TableColumn(column, column, numeric, null));
		}
		if (labelAt < 0) {
			return null;
		}
		String label = RowNames.label(cells.get(labelAt));
		return new TableRow(line.index(), RowKind.LINE, null, label, RowNames.name(label), null, null, null, null,
				rowCells);
	}

}
