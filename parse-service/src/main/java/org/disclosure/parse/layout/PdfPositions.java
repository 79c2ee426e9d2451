package org.disclosure.parse.layout;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.disclosure.parse.text.TextExtractor;

/**
 * The layout of a PDF read from the document Tika loaded, and the document's text from
 * it: each page's content is read once, for positions and text alike (Tika extracts no
 * text of its own). A table row's cells are separated by TAB, as in the text of the other
 * formats; page numbers are left out. One per document; when the layout cannot be read
 * there is no text from it, and the extractor takes Tika's.
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
			// The extractor then takes Tika's text, and the plain text is laid out.
			this.failed = true;
		}
	}

	@Override
	public boolean readsText() {
		return true;
	}

	/** The text of the layout read, one line per layout line; null when none was read. */
	@Override
	public String text() {
		return (this.layout != null) ? this.layout.text() : null;
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
