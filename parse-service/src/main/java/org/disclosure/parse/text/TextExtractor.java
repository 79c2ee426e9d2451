package org.disclosure.parse.text;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.TeeContentHandler;
import org.apache.tika.sax.ToTextContentHandler;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.disclosure.support.media.DocumentEncodingDetector;
import org.disclosure.support.media.DocumentTypeDetector;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts the text of a document of any format Tika reads (txt, html, doc/docx,
 * xls/xlsx, pdf) with Apache Tika's {@link AutoDetectParser}. Thread-safe: one instance
 * serves all documents.
 *
 * <p>
 * Settings that give clean text: a PDF's text from the {@link PdfPass} that reads its
 * positions when there is one (else Tika's, sorted by position: a table row stays on one
 * line), no OCR by Tika (scanned pages are read by our own OCR pass), no Office headers
 * and footers (page numbers, spreadsheet print titles). The format comes from the bytes
 * as ingest judges it ({@link DocumentTypeDetector}: Chinese text in GBK, GB18030 or Big5
 * is text even without a name), and a text's charset is one its bytes decode in
 * ({@link DocumentEncodingDetector}: a GBK page declaring UTF-8 reads as GBK).
 */
public class TextExtractor {

	/**
	 * Tika's default configuration with {@link OneLoadPdfParser} for PDF, read once for
	 * all extractors.
	 */
	private static final TikaConfig CONFIG = loadConfig();

	/**
	 * Where {@link #extract} leaves the type it detected for the parser's detector, so
	 * Tika's parser does not detect the document a second time (for a ZIP, reading its
	 * entries again).
	 */
	private static final String DETECTED = "X-Disclosure-Detected-Type";

	/** Characters kept by default: far above a 60-page disclosure (about 60,000). */
	public static final int DEFAULT_WRITE_LIMIT = 5_000_000;

	private final AutoDetectParser parser;

	private final int writeLimit;

	private final boolean keepXhtml;

	private final EncodingDetector encoding;

	/** An extractor with the default write limit that returns text only. */
	public TextExtractor() {
		this(DEFAULT_WRITE_LIMIT, false);
	}

	/**
	 * @param writeLimit the most characters extracted; the text is cut there and marked
	 * truncated
	 * @param keepXhtml whether to return Tika's XHTML as well, for the formats whose
	 * tables are read from it (HTML, office documents; not PDF, whose tables are read
	 * from the positions of its characters, nor plain text) (tables as {@code <table>}
	 * elements)
	 */
	public TextExtractor(int writeLimit, boolean keepXhtml) {
		TikaConfig tika = CONFIG;
		this.parser = new AutoDetectParser(tika);
		this.parser.setDetector(new Detected(new DocumentTypeDetector(tika.getDetector())));
		this.encoding = new DocumentEncodingDetector(tika.getEncodingDetector());
		this.writeLimit = writeLimit;
		this.keepXhtml = keepXhtml;
	}

	/**
	 * Extracts the text of {@code bytes}.
	 * @param bytes the document
	 * @param fileName the file name if known (a hint for type detection), or null
	 * @return the text, or why there is none
	 */
	public Extraction extract(byte[] bytes, String fileName) {
		return extract(bytes, fileName, null);
	}

	/**
	 * Extracts the text of {@code bytes}; a PDF, once loaded, is first shown to
	 * {@code pdfPass}.
	 * @param bytes the document
	 * @param fileName the file name if known (a hint for type detection), or null
	 * @param pdfPass what else reads a PDF from the document Tika loads, or null
	 * @return the text, or why there is none
	 */
	public Extraction extract(byte[] bytes, String fileName, PdfPass pdfPass) {
		if (bytes == null || bytes.length == 0) {
			return new Extraction.Unreadable(Extraction.Problem.EMPTY, "The document has no bytes", null);
		}
		Metadata metadata = new Metadata();
		if (fileName != null && !fileName.isBlank()) {
			metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		}
		String mediaType = detect(bytes, metadata);
		if (MediaType.OCTET_STREAM.toString().equals(mediaType)) {
			return new Extraction.Unreadable(Extraction.Problem.UNSUPPORTED_FORMAT,
					"The bytes are not a document format the parser reads (detected " + mediaType + ")", mediaType);
		}
		metadata.set(DETECTED, mediaType);
		ToTextContentHandler text = new ToTextContentHandler();
		ToXMLContentHandler xhtml = (this.keepXhtml && tablesFromXhtml(mediaType)) ? new ToXMLContentHandler() : null;
		ParseContext context = context();
		if (pdfPass != null) {
			context.set(PdfPass.class, pdfPass);
		}
		ContentHandler body = new BodyContentHandler(text);
		ContentHandler handler = (xhtml != null) ? new TeeContentHandler(body, xhtml) : body;
		WriteOutContentHandler limited = new WriteOutContentHandler(handler, this.writeLimit);
		boolean truncated = false;
		try (InputStream in = TikaInputStream.get(bytes)) {
			this.parser.parse(in, limited, metadata, context);
		}
		catch (EncryptedDocumentException ex) {
			return new Extraction.Unreadable(Extraction.Problem.ENCRYPTED,
					"The document is encrypted or password protected: " + ex.getMessage(), mediaType);
		}
		catch (TikaException | SAXException | IOException | RuntimeException ex) {
			// Parsers throw all kinds of runtime exceptions on malformed input: the
			// document is the cause, not the infrastructure.
			if (WriteLimitReachedException.isWriteLimitReached(ex)) {
				truncated = true;
			}
			else {
				return new Extraction.Unreadable(Extraction.Problem.CORRUPT,
						"Tika could not read the " + describe(mediaType) + ": " + rootMessage(ex), mediaType);
			}
		}
		String extracted = text.toString();
		if (pdfPass != null && pdfPass.readsText() && mediaType.startsWith("application/pdf")) {
			String read = pdfPass.text();
			if (read == null) {
				// The pass could not lay the pages out: Tika's text, from a second load.
				return extract(bytes, fileName, null);
			}
			truncated = read.length() > this.writeLimit;
			extracted = truncated ? read.substring(0, this.writeLimit) : read;
		}
		return new Extraction.Text(extracted, (xhtml != null) ? xhtml.toString() : null, mediaType, truncated);
	}

	/** Whether the tables of {@code mediaType} are read from Tika's XHTML. */
	private static boolean tablesFromXhtml(String mediaType) {
		return !mediaType.startsWith("application/pdf") && !mediaType.startsWith("text/plain");
	}

	private static TikaConfig loadConfig() {
		try (InputStream xml = TextExtractor.class.getResourceAsStream("tika-config.xml")) {
			return new TikaConfig(xml);
		}
		catch (TikaException | IOException | SAXException ex) {
			throw new IllegalStateException("Cannot read the Tika configuration tika-config.xml", ex);
		}
	}

	private String detect(byte[] bytes, Metadata metadata) {
		try (InputStream in = TikaInputStream.get(bytes)) {
			return this.parser.getDetector().detect(in, metadata).toString();
		}
		catch (IOException ex) {
			return MediaType.OCTET_STREAM.toString();
		}
	}

	/**
	 * The type {@link #extract} detected, where the metadata carries it (the document
	 * itself); {@code detector}'s detection for anything else (embedded documents).
	 */
	private record Detected(Detector detector) implements Detector {

		@Override
		public MediaType detect(InputStream input, Metadata metadata) throws IOException {
			String detected = metadata.get(DETECTED);
			return (detected != null) ? MediaType.parse(detected) : this.detector.detect(input, metadata);
		}

	}

	private ParseContext context() {
		ParseContext context = new ParseContext();
		context.set(EncodingDetector.class, this.encoding);
		context.set(HtmlMapper.class, TableSpansHtmlMapper.INSTANCE);
		PDFParserConfig pdf = new PDFParserConfig();
		pdf.setSortByPosition(true);
		pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
		pdf.setExtractInlineImages(false);
		context.set(PDFParserConfig.class, pdf);
		OfficeParserConfig office = new OfficeParserConfig();
		office.setIncludeHeadersAndFooters(false);
		office.setIncludeDeletedContent(false);
		office.setIncludeMoveFromContent(false);
		context.set(OfficeParserConfig.class, office);
		TesseractOCRConfig ocr = new TesseractOCRConfig();
		ocr.setSkipOcr(true);
		context.set(TesseractOCRConfig.class, ocr);
		return context;
	}

	private static String describe(String mediaType) {
		return switch (mediaType) {
			case "application/pdf" -> "PDF";
			case "text/html", "application/xhtml+xml" -> "HTML page";
			default -> "document (" + mediaType + ")";
		};
	}

	/**
	 * A second reader of a PDF, given the document Tika loaded before Tika reads its text
	 * (e.g. the positions of its characters), so the PDF is loaded once. A pass that
	 * {@linkplain #readsText() reads the text itself} spares Tika its own pass over the
	 * pages: the PDF's content streams are then read once.
	 */
	@FunctionalInterface
	public interface PdfPass {

		/**
		 * Reads what it needs from {@code document}, which stays open for Tika; it keeps
		 * its own result and failures (an exception here fails the extraction).
		 */
		void read(PDDocument document);

		/**
		 * Whether the pass gives the document's text itself ({@link #text()}), so Tika
		 * extracts none.
		 */
		default boolean readsText() {
			return false;
		}

		/**
		 * The document's text as the pass read it, one line per line of text or table
		 * row; null when it reads none or could not read the document's (the extractor
		 * then takes Tika's).
		 */
		default String text() {
			return null;
		}

	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return (message != null) ? cause.getClass().getSimpleName() + ": " + message : cause.getClass().getSimpleName();
	}

}
