package org.disclosure.parse.layout;

import java.io.IOException;

import org.disclosure.parse.text.Extraction;

/**
 * Chooses the layout reader for a document by its media type: PDFBox positions for PDF,
 * the TAB and one-cell-per-line layouts for plain text, Tika's XHTML for HTML and the
 * office formats. A reader that fails falls back to the plain text. Thread-safe.
 */
public class LayoutReader {

	/**
	 * Reads the layout of a document.
	 * @param bytes the document's bytes
	 * @param text what Tika extracted from it (text, XHTML, media type)
	 * @return its layout
	 */
	public Layout read(byte[] bytes, Extraction.Text text) {
		return read(bytes, text, null);
	}

	/**
	 * Reads the layout of a document whose PDF positions may have been read while Tika
	 * extracted its text.
	 * @param bytes the document's bytes
	 * @param text what Tika extracted from it (text, XHTML, media type)
	 * @param positions what was read from the PDF Tika loaded, or null
	 * @return its layout
	 */
	public Layout read(byte[] bytes, Extraction.Text text, PdfPositions positions) {
		String mediaType = (text.mediaType() != null) ? text.mediaType() : "";
		if (mediaType.startsWith("application/pdf")) {
			if (positions != null && positions.layout() != null) {
				return positions.layout();
			}
			if (positions != null && positions.failed()) {
				return PlainTextLayout.read(text.text());
			}
			try {
				return PdfLayout.read(bytes);
			}
			catch (IOException | RuntimeException ex) {
				// Tika read the text; positions are a refinement. Fall back to the text.
				return PlainTextLayout.read(text.text());
			}
		}
		if (mediaType.startsWith("text/plain") || text.xhtml() == null) {
			return PlainTextLayout.read(text.text());
		}
		try {
			// Word's merged cells are in its own XML only: Tika writes one cell for them.
			boolean word = mediaType.contains("wordprocessingml");
			return XhtmlLayout.read(text.xhtml(), () -> word ? DocxGrid.read(bytes) : DocxGrid.NONE);
		}
		catch (IllegalArgumentException ex) {
			// A truncated document leaves XHTML without its closing tags.
			return PlainTextLayout.read(text.text());
		}
	}

}
