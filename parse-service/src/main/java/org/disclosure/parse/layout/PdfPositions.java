package org.disclosure.parse.layout;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.disclosure.parse.text.TextExtractor;

/**
 * The layout of a PDF read from the document Tika loaded for its text, so the PDF is
 * loaded once for both. One per document; a layout that cannot be read leaves the text
 * alone (the plain text is laid out instead).
 */
public final class PdfPositions implements TextExtractor.PdfPass {

	private Layout layout;

	private boolean failed;

	@Override
	public void read(PDDocument document) {
		try {
			this.layout = PdfLayout.read(document);
		}
		catch (IOException | RuntimeException ex) {
			// Tika reads the text all the same; positions are a refinement.
			this.failed = true;
		}
	}

	/** The layout read, or null when none was read. */
	public Layout layout() {
		return this.layout;
	}

	/** Whether the document was shown but its positions could not be read. */
	boolean failed() {
		return this.failed;
	}

}
