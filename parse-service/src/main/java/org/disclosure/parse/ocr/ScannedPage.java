package org.disclosure.parse.ocr;

import java.util.List;

import org.disclosure.parse.layout.PageContent;

/**
 * One page read by OCR: its characters and ruling lines for the layout, what was read
 * where with which confidence, and counts for the page's record.
 *
 * @param content the characters and rulings, in points
 * @param texts what was read in each cell and each word with figures, with confidence
 * @param words words read on the page
 * @param confidence the mean confidence of the words
 * @param cells table cells found
 * @param figures cells and words read again as figures (digits and punctuation only)
 * @param unread cells with ink in which nothing could be read
 */
record ScannedPage(PageContent content, List<OcrText> texts, int words, double confidence, int cells, int figures,
		int unread) {

	ScannedPage {
		texts = List.copyOf(texts);
	}

}
