package org.disclosure.parse.ocr;

import java.util.function.IntConsumer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.disclosure.parse.layout.PdfPositions;
import org.disclosure.parse.text.TextExtractor;

/**
 * Reads a PDF's positions and then its pages without a usable text layer (by OCR) from
 * the document Tika loaded for its text, so a PDF is loaded once for text, layout and
 * OCR. One per document.
 */
public final class PdfScanPass implements TextExtractor.PdfPass {

	private final PdfPositions positions;

	private final ScanReader scans;

	private final IntConsumer pageStarted;

	private Scan scan = Scan.NONE;

	/**
	 * @param positions reads the text layer's layout first
	 * @param scans reads the pages that need OCR
	 * @param pageStarted told the number of each page before OCR starts on it
	 */
	public PdfScanPass(PdfPositions positions, ScanReader scans, IntConsumer pageStarted) {
		this.positions = positions;
		this.scans = scans;
		this.pageStarted = pageStarted;
	}

	@Override
	public void read(PDDocument document) {
		this.positions.read(document);
		this.scan = this.scans.readPdf(document, this.positions.layout(), this.pageStarted);
	}

	@Override
	public boolean readsText() {
		return this.positions.readsText();
	}

	@Override
	public String text() {
		return this.positions.text();
	}

	/** What OCR did, or {@link Scan#NONE} when no PDF was read. */
	public Scan scan() {
		return this.scan;
	}

}
