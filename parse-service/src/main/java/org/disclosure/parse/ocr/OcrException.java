package org.disclosure.parse.ocr;

/**
 * OCR of a page failed: Tesseract exited with an error, or overran its time limit. The
 * page's record says so; the rest of the document is read.
 */
final class OcrException extends RuntimeException {

	private final boolean timedOut;

	OcrException(String message, boolean timedOut) {
		super(message);
		this.timedOut = timedOut;
	}

	boolean timedOut() {
		return this.timedOut;
	}

}
