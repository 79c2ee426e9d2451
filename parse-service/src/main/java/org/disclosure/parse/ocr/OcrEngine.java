package org.disclosure.parse.ocr;

/**
 * Whether OCR can run here: the engine and its language, or why not (Tesseract not
 * installed, its Chinese language data missing, OCR switched off).
 *
 * @param available true when pages can be read
 * @param engine e.g. {@code tesseract 5.3.0}; null when unavailable
 * @param language the language data read, e.g. {@code chi_sim}
 * @param message why OCR is unavailable; null when it is
 */
public record OcrEngine(boolean available, String engine, String language, String message) {

	static OcrEngine available(String engine, String language) {
		return new OcrEngine(true, engine, language, null);
	}

	static OcrEngine unavailable(String message) {
		return new OcrEngine(false, null, null, message);
	}

}
