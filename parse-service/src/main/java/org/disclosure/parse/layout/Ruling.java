package org.disclosure.parse.layout;

/**
 * A horizontal or vertical line drawn on a PDF page (a table border), in points from the
 * top-left corner: {@code position} is its y for a horizontal line, its x for a vertical
 * one; {@code from}–{@code to} its extent along the other axis. Drawn by the page's
 * content, or found on its image by OCR.
 */
public record Ruling(boolean horizontal, float position, float from, float to) {

	static Ruling of(float x1, float y1, float x2, float y2) {
		if (Math.abs(y1 - y2) <= Math.abs(x1 - x2)) {
			return new Ruling(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2));
		}
		return new Ruling(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2));
	}

	float length() {
		return this.to - this.from;
	}

	/** True when {@code other} (perpendicular) crosses or touches this line. */
	boolean meets(Ruling other, float tolerance) {
		return other.position >= this.from - tolerance && other.position <= this.to + tolerance
				&& this.position >= other.from - tolerance && this.position <= other.to + tolerance;
	}

}
