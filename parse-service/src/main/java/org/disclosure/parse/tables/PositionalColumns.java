package org.disclosure.parse.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.disclosure.parse.layout.CellSpan;
import org.disclosure.parse.layout.LayoutLine;
import org.disclosure.parse.layout.LineKind;

/**
 * Aligns rows whose cells only have positions (PDF text without ruling lines, columns
 * separated by runs of space) into columns: the columns are the bands where the cells of
 * the rows holding amounts overlap; every cell goes to the band it overlaps most, so a
 * blank cell keeps its place. Rows with a table structure pass unchanged.
 */
final class PositionalColumns {

	/** Points two cells may be apart and still share a column. */
	private static final float TOLERANCE = 2f;

	private PositionalColumns() {
	}

	static List<LayoutLine> align(List<LayoutLine> rows) {
		List<float[]> bands = bands(rows);
		if (bands.isEmpty()) {
			return rows;
		}
		List<LayoutLine> aligned = new ArrayList<>(rows.size());
		for (LayoutLine row : rows) {
			if (!row.positional()) {
				aligned.add(row);
				continue;
			}
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
			aligned.add(new LayoutLine(row.index(), LineKind.ROW, cells.stream().map(StringBuilder::toString).toList(),
					row.block(), row.spans()));
		}
		return aligned;
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
