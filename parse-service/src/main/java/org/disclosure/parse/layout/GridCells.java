package org.disclosure.parse.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of the ruled tables that ruling lines draw, as {@link PdfLayout} places text
 * into them: so a reader of a page's image (OCR) can read each cell on its own.
 */
public final class GridCells {

	private GridCells() {
	}

	/**
	 * The cells the rulings draw, table by table from the top, each row's cells left to
	 * right; a merged cell is one cell.
	 * @param rulings the ruling lines of a page, in points
	 * @return the cells, in points
	 */
	public static List<Cell> of(List<Ruling> rulings) {
		List<Cell> cells = new ArrayList<>();
		for (RuledGrid grid : RuledGrid.find(rulings)) {
			cells.addAll(grid.cells());
		}
		return cells;
	}

	/** A cell between its ruling lines, in points from the page's top-left corner. */
	public record Cell(float left, float top, float right, float bottom) {

		/** True when the point lies inside the cell. */
		public boolean contains(float x, float y) {
			return x >= this.left && x <= this.right && y >= this.top && y <= this.bottom;
		}

	}

}
