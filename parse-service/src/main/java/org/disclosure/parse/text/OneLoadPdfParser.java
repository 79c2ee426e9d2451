package org.disclosure.parse.text;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's PDF parser, which also hands the document it loaded to the
 * {@link TextExtractor.PdfPass} of the parse context before it extracts the text, so a
 * PDF is loaded once for its text and for the positions of its characters. When the pass
 * {@linkplain TextExtractor.PdfPass#readsText() reads the text itself}, Tika extracts
 * none: each page's content is then read once, by the pass. Everything else is Tika's:
 * loading, passwords, encryption, and the text when no pass reads it.
 */
public class OneLoadPdfParser extends PDFParser {

	private static final long serialVersionUID = 1L;

	@Override
	public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
			throws IOException, SAXException, TikaException {
		TextExtractor.PdfPass pass = context.get(TextExtractor.PdfPass.class);
		// Without a handler Tika loads the document, shows it to the pass and reads its
		// metadata, but extracts no text.
		super.parse(stream, (pass != null && pass.readsText()) ? null : handler, metadata, context);
	}

	@Override
	protected PDDocument getPDDocument(InputStream stream, TikaInputStream tikaStream, String password,
			RandomAccessStreamCache.StreamCacheCreateFunction streamCache, Metadata metadata, ParseContext context)
			throws IOException, EncryptedDocumentException {
		PDDocument document = super.getPDDocument(stream, tikaStream, password, streamCache, metadata, context);
		TextExtractor.PdfPass pass = context.get(TextExtractor.PdfPass.class);
		if (pass != null) {
			pass.read(document);
		}
		return document;
	}

}
