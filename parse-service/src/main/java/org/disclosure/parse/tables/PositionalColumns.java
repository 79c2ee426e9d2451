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
 * covers several; a header cell's text goes to every column it covers, so stacked header
 * rows name each column (收入预算 over 财政拨款收入), a data cell's text to the first.</li>
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

	static List<LayoutLine> align(List<LayoutLine> rows) {
		List<float[]> bands = bands(rows);
		Map<Integer, float[]> gridEdges = new HashMap<>();
		List<LayoutLine> aligned = new ArrayList<>(rows.size());
		for (LayoutLine row : rows) {
			if (row.ruled()) {
				aligned.add(alignRuled(row, gridEdges.computeIfAbsent(row.block(), (block) -> edges(rows, block))));
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
		boolean header = isHeaderLike(row.cells());
		List<String> cells = new ArrayList<>();
		List<CellSpan> spans = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			cells.add("");
			spans.add(new CellSpan(edges[c], edges[c + 1]));
		}
		for (int c = 0; c < row.cells().size(); c++) {
			CellSpan span = row.spans().get(c);
			String text = row.cells().get(c);
			boolean first = true;
			for (int column = 0; column < columns; column++) {
				float middle = (edges[column] + edges[column + 1]) / 2;
				if (middle >= span.left() - EDGE_SNAP && middle <= span.right() + EDGE_SNAP) {
					if (first || header) {
						cells.set(column, cells.get(column).isEmpty() ? text : cells.get(column) + text);
					}
					first = false;
				}
			}
		}
		return row.withCells(cells, spans);
	}

	/** A row of header text: no amount in it. */
	private static boolean isHeaderLike(List<String> cells) {
		for (String cell : cells) {
			if (!cell.isBlank() && Amounts.isNumber(cell)) {
				return false;
			}
		}
		return true;
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
