package org.disclosure.contracts;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What OCR did on a document whose pages had no usable text layer (scans, images, fonts
 * without a Unicode map). The figures it read carry {@code source: ocr} and their
 * confidence ({@link ParsedTable.ParsedCell}, {@link NarrativeFigure}).
 *
 * @param engine the engine and language data, e.g. {@code tesseract 5.3.0 (chi_sim)};
 * null when none was available
 * @param pagesRead pages read by OCR
 * @param millis time spent on OCR
 * @param corrections figures corrected by a sum identity
 * @param pages each page that needed OCR
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OcrReport(String engine, int pagesRead, long millis, int corrections, List<Page> pages) {

	/**
	 * One page that needed OCR.
	 *
	 * @param page the page, from 1
	 * @param reason why its text layer was not read: {@code no_text},
	 * {@code not_language}, {@code image}
	 * @param status {@code read}, {@code failed}, {@code timed_out}, {@code unavailable},
	 * {@code skipped}
	 * @param millis time spent on it
	 * @param confidence the mean confidence of its words (0–1); null unless read
	 * @param words words read
	 * @param cells table cells found
	 * @param message why it was not read, for a person
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Page(int page, String reason, String status, long millis, BigDecimal confidence, int words, int cells,
			String message) {
	}

}
