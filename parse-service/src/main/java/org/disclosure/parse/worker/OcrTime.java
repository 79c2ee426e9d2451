package org.disclosure.parse.worker;

import java.time.Duration;

/**
 * The time a document's parse gets for its pages read by OCR: each page adds
 * {@code perPage} to the document's time limit, up to {@code longest} in all, so a scan
 * of many pages cannot hold its consumer past the broker's poll interval (and out of its
 * group).
 *
 * @param perPage time added for each page OCR starts on
 * @param longest the most a document may take, OCR included; its time limit when shorter
 */
public record OcrTime(Duration perPage, Duration longest) {

	/** No time for OCR: a parse keeps its time limit. */
	public static final OcrTime NONE = new OcrTime(Duration.ZERO, Duration.ZERO);

	/**
	 * The time to add for one more page to a parse {@code allowed} so much so far: the
	 * page's time, or what is left below {@link #longest()}, or nothing.
	 */
	Duration extension(Duration allowed) {
		Duration room = this.longest.minus(allowed);
		if (room.isNegative() || room.isZero()) {
			return Duration.ZERO;
		}
		return (this.perPage.compareTo(room) < 0) ? this.perPage : room;
	}

}
