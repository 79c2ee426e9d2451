package org.disclosure.parse.layout;

/**
 * Where a cell sits on a PDF line that has no ruled grid, in points from the left edge:
 * the columns of such a line are only its runs of space.
 *
 * @param left the left edge of the cell's first glyph
 * @param right the right edge of its last glyph
 */
public record CellSpan(float left, float right) {

	/** The horizontal middle of the cell. */
	public float centre() {
		return (this.left + this.right) / 2;
	}

}
