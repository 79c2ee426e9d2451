package org.disclosure.parse.layout;

/**
 * One character drawn on a PDF page, in points from the page's top-left corner (or a
 * character read by OCR from the page's image, placed the same way).
 *
 * @param text the character(s)
 * @param x left edge
 * @param baseline baseline, from the top
 * @param width advance width
 * @param size font size
 */
public record Glyph(String text, float x, float baseline, float width, float size) {

	float right() {
		return this.x + this.width;
	}

	float centreX() {
		return this.x + this.width / 2;
	}

	/** The vertical middle of the character body. */
	float centreY() {
		return this.baseline - this.size * 0.35f;
	}

	float top() {
		return this.baseline - this.size * 0.8f;
	}

}
