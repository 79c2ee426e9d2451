package org.disclosure.parse.ocr;

/**
 * What OCR read in one place of a page (a table cell, a word of the text), as the layout
 * prints it, with Tesseract's confidence: what a figure read from that place carries.
 *
 * @param text the text, without whitespace
 * @param confidence 0–1
 * @param left the left edge of the place, in points
 * @param right its right edge, in points
 */
record OcrText(String text, double confidence, float left, float right) {

	/** True when the place lies across {@code from}–{@code to} (points). */
	boolean within(float from, float to) {
		float centre = (this.left + this.right) / 2;
		return centre >= from - 2 && centre <= to + 2;
	}

}
