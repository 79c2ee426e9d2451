package org.disclosure.parse.text;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;

/**
 * Tika's PDF parser, which also hands the document it loaded to the
 * {@link TextExtractor.PdfPass} of the parse context before it extracts the text, so a
 * PDF is loaded once for its text and for the positions of its characters. Everything
 * else is Tika's: loading, passwords, encryption, the text itself.
 */
public class OneLoadPdfParser extends PDFParser {

	private static final long serialVersionUID = 1L;

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
