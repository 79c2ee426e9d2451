package org.disclosure.parse.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A table drawn with ruling lines on a PDF page: its rows are the bands between
 * horizontal lines; each band's cells lie between the vertical lines crossing it, so a
 * merged cell is one cell. Characters are placed into cells by their centre.
 */
final class RuledGrid {

	/** Points within which two lines count as one. */
	private static final float SNAP = 2f;

	/** Bands lower than this (points) are double lines, not rows. */
	private static final float MIN_BAND = 3f;

	private final float left;

	private final float right;

	private final float top;

	private final float bottom;

	private final float[] rowEdges;

	private final List<float[]> cellEdges;

	private final List<List<List<Glyph>>> cells;

	private RuledGrid(float[] rowEdges, List<float[]> cellEdges, float left, float right) {
		this.rowEdges = rowEdges;
		this.cellEdges = cellEdges;
		this.left = left;
		this.right = right;
		this.top = rowEdges[0];
		this.bottom = rowEdges[rowEdges.length - 1];
		this.cells = new ArrayList<>();
		for (float[] edges : cellEdges) {
			List<List<Glyph>> band = new ArrayList<>();
			for (int i = 0; i < edges.length - 1; i++) {
				band.add(new ArrayList<>());
			}
			this.cells.add(band);
		}
	}

	/**
	 * The grids drawn by {@code rulings}: groups of crossing lines, two of each kind at
	 * least.
	 */
	static List<RuledGrid> find(List<Ruling> rulings) {
		List<Ruling> lines = merge(rulings);
		int[] parent = new int[lines.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int i = 0; i < lines.size(); i++) {
			for (int j = i + 1; j < lines.size(); j++) {
				Ruling a = lines.get(i);
				Ruling b = lines.get(j);
				if (a.horizontal() != b.horizontal() && a.meets(b, SNAP)) {
					union(parent, i, j);
				}
			}
		}
		List<RuledGrid> grids = new ArrayList<>();
		boolean[] done = new boolean[lines.size()];
		for (int i = 0; i < lines.size(); i++) {
			int root = find(parent, i);
			if (done[root]) {
				continue;
			}
			done[root] = true;
			List<Ruling> horizontal = new ArrayList<>();
			List<Ruling> vertical = new ArrayList<>();
			for (int j = 0; j < lines.size(); j++) {
				if (find(parent, j) == root) {
					(lines.get(j).horizontal() ? horizontal : vertical).add(lines.get(j));
				}
			}
			RuledGrid grid = build(horizontal, vertical);
			if (grid != null) {
				grids.add(grid);
			}
		}
		grids.sort(Comparator.comparingDouble((RuledGrid grid) -> grid.top));
		return grids;
	}

	private static RuledGrid build(List<Ruling> horizontal, List<Ruling> vertical) {
		if (horizontal.size() < 2 || vertical.size() < 2) {
			return null;
		}
		float[] ys = snap(horizontal.stream().map(Ruling::position).toList());
		if (ys.length < 2) {
			return null;
		}
		List<Float> rowEdges = new ArrayList<>();
		List<float[]> cellEdges = new ArrayList<>();
		float left = Float.MAX_VALUE;
		float right = -Float.MAX_VALUE;
		for (Ruling line : horizontal) {
			left = Math.min(left, line.from());
			right = Math.max(right, line.to());
		}
		rowEdges.add(ys[0]);
		for (int i = 0; i < ys.length - 1; i++) {
			if (ys[i + 1] - ys[i] < MIN_BAND) {
				continue;
			}
			float middle = (ys[i] + ys[i + 1]) / 2;
			List<Float> xs = new ArrayList<>();
			for (Ruling line : vertical) {
				if (line.from() - SNAP <= middle && middle <= line.to() + SNAP) {
					xs.add(line.position());
				}
			}
			float[] edges = snap(xs);
			if (edges.length < 2) {
				edges = new float[] { left, right };
			}
			rowEdges.add(ys[i + 1]);
			cellEdges.add(edges);
		}
		if (cellEdges.isEmpty()) {
			return null;
		}
		float[] rows = new float[rowEdges.size()];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = rowEdges.get(i);
		}
		return new RuledGrid(rows, cellEdges, left, right);
	}

	float top() {
		return this.top;
	}

	/** Places {@code glyph} into its cell; false when it lies outside the grid. */
	boolean place(Glyph glyph) {
		float x = glyph.centreX();
		float y = glyph.centreY();
		if (x < this.left - SNAP || x > this.right + SNAP || y < this.top || y > this.bottom) {
			return false;
		}
		for (int band = 0; band < this.rowEdges.length - 1; band++) {
			if (y >= this.rowEdges[band] && y <= this.rowEdges[band + 1]) {
				float[] edges = this.cellEdges.get(band);
				for (int cell = 0; cell < edges.length - 1; cell++) {
					if (x >= edges[cell] - SNAP && x <= edges[cell + 1] + SNAP) {
						this.cells.get(band).get(cell).add(glyph);
						return true;
					}
				}
				return false;
			}
		}
		return false;
	}

	/** The rows of the grid, top to bottom, with the top of each. */
	List<PlacedRow> rows() {
		List<PlacedRow> rows = new ArrayList<>();
		for (int band = 0; band < this.cells.size(); band++) {
			List<String> texts = new ArrayList<>();
			List<CellSpan> edges = new ArrayList<>();
			float[] x = this.cellEdges.get(band);
			for (int cell = 0; cell < this.cells.get(band).size(); cell++) {
				texts.add(PdfText.cellText(this.cells.get(band).get(cell)));
				edges.add(new CellSpan(x[cell], x[cell + 1]));
			}
			rows.add(new PlacedRow(this.rowEdges[band], texts, edges));
		}
		return rows;
	}

	/** The grid's cells, row by row, each between its edges. */
	List<GridCells.Cell> cells() {
		List<GridCells.Cell> boxes = new ArrayList<>();
		for (int band = 0; band < this.cellEdges.size(); band++) {
			float[] x = this.cellEdges.get(band);
			for (int cell = 0; cell < x.length - 1; cell++) {
				boxes.add(new GridCells.Cell(x[cell], this.rowEdges[band], x[cell + 1], this.rowEdges[band + 1]));
			}
		}
		return boxes;
	}

	/** A row of a grid, the y of its top edge and the edges of each of its cells. */
	record PlacedRow(float top, List<String> cells, List<CellSpan> edges) {
	}

	/** Joins lines on the same axis position whose extents touch. */
	private static List<Ruling> merge(List<Ruling> rulings) {
		List<Ruling> sorted = new ArrayList<>(rulings);
		sorted.sort(Comparator.comparing(Ruling::horizontal).thenComparingDouble(Ruling::position));
		List<Ruling> merged = new ArrayList<>();
		int start = 0;
		while (start < sorted.size()) {
			int end = start + 1;
			while (end < sorted.size() && sorted.get(end).horizontal() == sorted.get(start).horizontal()
					&& sorted.get(end).position() - sorted.get(end - 1).position() <= SNAP) {
				end++;
			}
			List<Ruling> group = new ArrayList<>(sorted.subList(start, end));
			group.sort(Comparator.comparingDouble(Ruling::from));
			Ruling current = group.get(0);
			for (Ruling next : group.subList(1, group.size())) {
				if (next.from() <= current.to() + SNAP) {
					current = new Ruling(current.horizontal(), current.position(), current.from(),
							Math.max(current.to(), next.to()));
				}
				else {
					merged.add(current);
					current = next;
				}
			}
			merged.add(current);
			start = end;
		}
		return merged;
	}

	private static float[] snap(List<Float> values) {
		List<Float> sorted = new ArrayList<>(values);
		sorted.sort(Float::compare);
		List<Float> snapped = new ArrayList<>();
		for (float value : sorted) {
			if (snapped.isEmpty() || value - snapped.get(snapped.size() - 1) > SNAP) {
				snapped.add(value);
			}
		}
		float[] result = new float[snapped.size()];
		for (int i = 0; i < result.length; i++) {
			result[i] = snapped.get(i);
		}
		return result;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static void union(int[] parent, int a, int b) {
		parent[find(parent, a)] = find(parent, b);
	}

}
