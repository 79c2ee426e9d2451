package org.disclosure.parse.ocr;

import java.util.List;

/**
 * What OCR did on a document, and the provenance of what it read: the page records, the
 * time, the table cells and narrative figures read from OCR'd pages with their
 * confidence, and the readings corrected by a sum identity.
 *
 * @param engine the OCR engine and language, e.g. {@code tesseract 5.3.0 (chi_sim)}; null
 * when unavailable
 * @param pages each page that needed OCR, in page order
 * @param millis time spent on OCR: judging text layers, rendering, reading
 * @param cells the table cells of OCR'd pages (cells of other pages are read from text)
 * @param figures the narrative figures stated on OCR'd pages
 */
public record OcrReport(String engine, List<OcrPage> pages, long millis, List<CellReading> cells,
		List<FigureReading> figures) {

	public OcrReport {
		pages = List.copyOf(pages);
		cells = List.copyOf(cells);
		figures = List.copyOf(figures);
	}

	/** Pages read by OCR. */
	public int pagesRead() {
		return (int) this.pages.stream().filter(OcrPage::read).count();
	}

	/** Readings corrected by a sum identity. */
	public int corrections() {
		return (int) this.cells.stream().filter((cell) -> cell.correction() != null).count();
	}

	/**
	 * A table cell read by OCR.
	 *
	 * @param table the table's index among the document's tables
	 * @param row the row's index in its table
	 * @param column the column's canonical name
	 * @param confidence Tesseract's confidence in the reading (0–1); null for a cell with
	 * no ink (blank)
	 * @param correction the correction of the reading, when a sum identity made one
	 */
	public record CellReading(int table, int row, String column, Double confidence, Correction correction) {
	}

	/**
	 * A reading OCR gave that a sum identity corrected: exactly one change of one digit
	 * of the figures of the identity satisfies it, and breaks no other identity.
	 *
	 * @param read the figure as OCR read it
	 * @param corrected the figure corrected
	 * @param identity the identity, as a reader reads it
	 */
	public record Correction(String read, String corrected, String identity) {
	}

	/**
	 * A narrative figure read by OCR.
	 *
	 * @param figure the figure's index among the document's narrative figures
	 * @param confidence Tesseract's confidence in the figure's digits (0–1)
	 */
	public record FigureReading(int figure, double confidence) {
	}

}
