package org.disclosure.parse.ocr;

/**
 * The record of one page that needed OCR: why, what became of it, how long it took and
 * how much was read.
 *
 * @param page the page, from 1
 * @param reason why its text layer was not read: {@code no_text}, {@code not_language}
 * (characters of no language: a missing or wrong ToUnicode map) or {@code image} (an
 * image file, or a page an image covers)
 * @param status {@code read}, {@code failed}, {@code timed_out}, {@code unavailable} (no
 * OCR engine) or {@code skipped} (beyond the most pages read in one document)
 * @param millis time spent on it: rendering and OCR
 * @param confidence the mean confidence (0–1) of the words read; null unless read
 * @param words words read
 * @param cells table cells found
 * @param figures cells and words read again as figures
 * @param unread cells with ink in which nothing could be read
 * @param message why it failed, for a person; null unless it did
 */
public record OcrPage(int page, String reason, String status, long millis, Double confidence, int words, int cells,
		int figures, int unread, String message) {

	/** Status of a page read. */
	public static final String READ = "read";

	/** The page was read by OCR. */
	public boolean read() {
		return READ.equals(this.status);
	}

	static OcrPage read(int page, String reason, long millis, ScannedPage scanned) {
		return new OcrPage(page, reason, READ, millis, Math.round(scanned.confidence() * 100) / 100.0, scanned.words(),
				scanned.cells(), scanned.figures(), scanned.unread(), null);
	}

	static OcrPage notRead(int page, String reason, String status, long millis, String message) {
		return new OcrPage(page, reason, status, millis, null, 0, 0, 0, 0, message);
	}

}
