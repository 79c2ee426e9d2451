package org.disclosure.parse.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.disclosure.parse.layout.CellSpan;
import org.disclosure.parse.layout.LayoutLine;

/**
 * Aligns the rows of a PDF table into columns by where their cells lie on the page.
 * <ul>
 * <li>Rows of a ruled grid: the columns are the finest partition of the grid's cell
 * edges, so a merged cell (a header over several columns, 合计 over the code columns)
 * covers several: its text goes to the first, and every column it covers keeps its span,
 * so stacked header rows can name each column (收入预算 over 财政拨款收入,
 * {@link #mergedCellsFilled}).</li>
 * <li>Positioned rows (text without rulings, columns separated by runs of space): the
 * columns are the bands where the cells of the rows holding amounts overlap; every cell
 * goes to the band it overlaps most, so a blank cell keeps its place.</li>
 * </ul>
 * Rows of other formats pass unchanged.
 */
final class PositionalColumns {

	/** Points two cells may be apart and still share a column. */
	private static final float TOLERANCE = 2f;

	/** Points within which two grid edges are one. */
	private static final float EDGE_SNAP = 2.5f;

	private PositionalColumns() {
	}

	static List<LayoutLine> align(List<LayoutLine> printed) {
		List<LayoutLine> rows = printed.stream().map(PositionalColumns::letterSpacingJoined).toList();
		List<float[]> bands = bands(rows);
		Map<Integer, float[]> gridEdges = new HashMap<>();
		float[] lastGrid = rows.stream()
			.filter(LayoutLine::ruled)
			.findFirst()
			.map((row) -> gridEdges.computeIfAbsent(row.block(), (block) -> edges(rows, block)))
			.orElse(null);
		List<LayoutLine> aligned = new ArrayList<>(rows.size());
		for (LayoutLine row : rows) {
			if (row.ruled()) {
				lastGrid = gridEdges.computeIfAbsent(row.block(), (block) -> edges(rows, block));
				aligned.add(alignRuled(row, lastGrid));
			}
			else if (row.positional() && lastGrid != null) {
				// A line of the table printed outside its rulings (the first row of a
				// page).
				aligned.add(alignToGrid(row, lastGrid));
			}
			else if (row.positional() && !bands.isEmpty()) {
				aligned.add(alignPositioned(row, bands));
			}
			else {
				aligned.add(row);
			}
		}
		return aligned;
	}

	/**
	 * The column edges of the grid {@code block}: every cell edge of its rows, snapped.
	 */
	/**
	 * A positioned row whose label is printed letter-spaced (合 计, 收 入 总 计) has one cell
	 * per character: before its first amount, a run of single Chinese characters is one
	 * label spanning them all. Header rows (no amount) keep their one-character columns
	 * (类, 款, 项).
	 */
	static LayoutLine letterSpacingJoined(LayoutLine row) {
		if (!row.positional() || row.cells().stream().noneMatch(Amounts::isNumber)) {
			return row;
		}
		List<String> cells = new ArrayList<>();
		List<CellSpan> spans = new ArrayList<>();
		boolean joined = false;
		boolean inLabel = true;
		for (int i = 0; i < row.cells().size(); i++) {
			String cell = row.cells().get(i);
			CellSpan span = row.spans().get(i);
			inLabel &= !Amounts.isNumber(cell);
			if (inLabel && i > 0 && oneCharacter(cell) && oneCharacter(row.cells().get(i - 1))) {
				int last = cells.size() - 1;
				cells.set(last, cells.get(last).strip() + cell.strip());
				spans.set(last, new CellSpan(spans.get(last).left(), span.right()));
				joined = true;
			}
			else {
				cells.add(cell);
				spans.add(span);
			}
		}
		return joined ? row.withCells(cells, spans) : row;
	}

	/** A cell of one Chinese character. */
	private static boolean oneCharacter(String cell) {
		String text = cell.strip();
		return text.length() == 1 && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN;
	}

	private static float[] edges(List<LayoutLine> rows, int block) {
		List<Float> all = new ArrayList<>();
		for (LayoutLine row : rows) {
			if (row.ruled() && row.block() == block) {
				for (CellSpan span : row.spans()) {
					all.add(span.left());
					all.add(span.right());
				}
			}
		}
		all.sort(Float::compare);
		List<Float> snapped = new ArrayList<>();
		for (float edge : all) {
			if (snapped.isEmpty() || edge - snapped.get(snapped.size() - 1) > EDGE_SNAP) {
				snapped.add(edge);
			}
		}
		float[] edges = new float[snapped.size()];
		for (int i = 0; i < edges.length; i++) {
			edges[i] = snapped.get(i);
		}
		return edges;
	}

	private static LayoutLine alignRuled(LayoutLine row, float[] edges) {
		int columns = Math.max(edges.length - 1, 1);
		if (edges.length < 2 || row.spans().size() != row.cells().size()) {
			return row;
		}
		List<String> cells = new ArrayList<>();
		List<CellSpan> spans = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			cells.add("");
			spans.add(new CellSpan(edges[c], edges[c + 1]));
		}
		for (int c = 0; c < row.cells().size(); c++) {
			CellSpan span = row.spans().get(c);
			boolean first = true;
			for (int column = 0; column < columns; column++) {
				float middle = (edges[column] + edges[column + 1]) / 2;
				if (middle > span.left() && middle < span.right()) {
					if (first) {
						String text = row.cells().get(c);
						cells.set(column, cells.get(column).isEmpty() ? text : cells.get(column) + text);
					}
					spans.set(column, span);
					first = false;
				}
			}
		}
		return row.withCells(cells, spans);
	}

	/**
	 * A positioned row placed in a grid's columns: each cell in the column it overlaps
	 * most.
	 */
	private static LayoutLine alignToGrid(LayoutLine row, float[] edges) {
		List<float[]> columns = new ArrayList<>();
		for (int c = 0; c + 1 < edges.length; c++) {
			columns.add(new float[] { edges[c], edges[c + 1] });
		}
		LayoutLine placed = alignPositioned(row, columns);
		List<CellSpan> spans = columns.stream().map((column) -> new CellSpan(column[0], column[1])).toList();
		return new LayoutLine(placed.index(), placed.kind(), placed.cells(), placed.block(), spans, placed.page(),
				true);
	}

	/**
	 * The cells of {@code row} with the text of a merged cell in every column it covers
	 * (a header over several columns names each of them).
	 */
	static List<String> mergedCellsFilled(LayoutLine row) {
		List<String> cells = new ArrayList<>(row.cells());
		if (!row.ruled() || row.spans().size() != cells.size()) {
			return cells;
		}
		for (int c = 1; c < cells.size(); c++) {
			if (cells.get(c).isEmpty() && row.spans().get(c).equals(row.spans().get(c - 1))) {
				cells.set(c, cells.get(c - 1));
			}
		}
		return cells;
	}

	private static LayoutLine alignPositioned(LayoutLine row, List<float[]> bands) {
		List<StringBuilder> cells = new ArrayList<>();
		for (int b = 0; b < bands.size(); b++) {
			cells.add(new StringBuilder());
		}
		for (int c = 0; c < row.cells().size(); c++) {
			int band = bestBand(bands, row.spans().get(c));
			if (cells.get(band).length() > 0) {
				cells.get(band).append(' ');
			}
			cells.get(band).append(row.cells().get(c));
		}
		return row.withCells(cells.stream().map(StringBuilder::toString).toList(), row.spans());
	}

	/** The column bands of the positioned rows that hold an amount. */
	static List<float[]> bands(List<LayoutLine> rows) {
		List<float[]> spans = new ArrayList<>();
		for (LayoutLine row : rows) {
			if (!row.positional() || row.cells().size() < 2) {
				continue;
			}
			boolean amount = false;
			for (String cell : row.cells()) {
				amount |= Amounts.isNumber(cell);
			}
			if (!amount) {
				continue;
			}
			for (CellSpan span : row.spans()) {
				spans.add(new float[] { span.left(), span.right() });
			}
		}
		spans.sort(Comparator.comparingDouble((float[] span) -> span[0]));
		List<float[]> bands = new ArrayList<>();
		for (float[] span : spans) {
			float[] last = bands.isEmpty() ? null : bands.get(bands.size() - 1);
			if (last != null && span[0] <= last[1] + TOLERANCE) {
				last[1] = Math.max(last[1], span[1]);
			}
			else {
				bands.add(new float[] { span[0], span[1] });
			}
		}
		return bands;
	}

	private static int bestBand(List<float[]> bands, CellSpan span) {
		int best = 0;
		float bestScore = -Float.MAX_VALUE;
		for (int b = 0; b < bands.size(); b++) {
			float[] band = bands.get(b);
			float overlap = Math.min(band[1], span.right()) - Math.max(band[0], span.left());
			float score = (overlap > 0) ? overlap : -Math.abs((band[0] + band[1]) / 2 - span.centre());
			if (score > bestScore) {
				bestScore = score;
				best = b;
			}
		}
		return best;
	}

}
