package org.disclosure.parse.ocr;

/**
 * A word Tesseract read, in pixels of the image it read, with its line.
 *
 * @param text the word
 * @param left left edge
 * @param top top edge
 * @param width width
 * @param height height
 * @param confidence Tesseract's confidence, 0–1
 * @param line the box of its text line (top and height are what a line's characters
 * share)
 */
record OcrWord(String text, int left, int top, int width, int height, double confidence, GrayImage.Box line) {

	/** This word moved by ({@code dx}, {@code dy}) pixels, its line with it. */
	OcrWord moved(int dx, int dy) {
		return new OcrWord(this.text, this.left + dx, this.top + dy, this.width, this.height, this.confidence,
				new GrayImage.Box(this.line.left() + dx, this.line.top() + dy, this.line.right() + dx,
						this.line.bottom() + dy));
	}

	double centreX() {
		return this.left + this.width / 2.0;
	}

	double centreY() {
		return this.top + this.height / 2.0;
	}

}
