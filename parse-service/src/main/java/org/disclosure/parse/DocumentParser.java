package org.disclosure.parse;

import java.util.List;
import java.util.function.IntConsumer;

import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.parse.attachments.AttachmentLinks;
import org.disclosure.parse.figures.NarrativeFigure;
import org.disclosure.parse.figures.NarrativeReader;
import org.disclosure.parse.layout.Layout;
import org.disclosure.parse.layout.LayoutReader;
import org.disclosure.parse.layout.PdfPositions;
import org.disclosure.parse.metadata.MetadataReader;
import org.disclosure.parse.ocr.OcrReport;
import org.disclosure.parse.ocr.OcrSettings;
import org.disclosure.parse.ocr.PdfScanPass;
import org.disclosure.parse.ocr.Scan;
import org.disclosure.parse.ocr.ScanReader;
import org.disclosure.parse.region.DivisionCatalogue;
import org.disclosure.parse.region.RegionResolver;
import org.disclosure.parse.report.ParseReporter;
import org.disclosure.parse.publication.PublicationReader;
import org.disclosure.parse.sections.SectionOutline;
import org.disclosure.parse.tables.OtherTable;
import org.disclosure.parse.tables.RecognizedTables;
import org.disclosure.parse.tables.TableRecognizer;
import org.disclosure.parse.tables.TableScan;
import org.disclosure.parse.tables.TableTitleScanner;
import org.disclosure.parse.text.DocumentText;
import org.disclosure.parse.text.Extraction;
import org.disclosure.parse.text.TextExtractor;
import org.disclosure.parse.totals.DisclosureTotals;
import org.disclosure.parse.totals.TotalsReader;

/**
 * Reads a disclosure from its bytes: text (Apache Tika), its metadata, its layout (text
 * lines and table rows, the same shape for every format), the canonical tables in it with
 * their rows and cells, the figures its narrative states, its totals and a report of what
 * matched no table or template. Pages without a usable text layer (scans, images, fonts
 * without a Unicode map) are read by OCR. Every document gets an outcome; a document that
 * cannot be read or is no disclosure is a {@link ParseOutcome.Failed}, never an
 * exception; a web page that only links the documents of a disclosure is a landing page
 * that lists them. Thread-safe.
 */
public class DocumentParser {

	/** Version of the parser, recorded in every parsed event. */
	public static final String VERSION = "0.2.0";

	private final TextExtractor extractor;

	private final TableTitleScanner tables;

	private final MetadataReader metadata;

	private final LayoutReader layouts;

	private final TableRecognizer recognizer;

	private final NarrativeReader narrative;

	private final TotalsReader totals;

	private final ParseReporter reporter;

	private final PublicationReader publications;

	private final ScanReader scans;

	private final IntConsumer ocrPageStarted;

	/**
	 * @param extractor extracts text and XHTML (it must keep the XHTML for the tables of
	 * HTML and office documents)
	 * @param tables finds table titles
	 * @param metadata reads the metadata
	 */
	public DocumentParser(TextExtractor extractor, TableTitleScanner tables, MetadataReader metadata) {
		this(extractor, tables, metadata, new ScanReader(OcrSettings.fromSystemProperties()), (page) -> {
		});
	}

	/**
	 * @param extractor extracts text and XHTML (it must keep the XHTML for the tables of
	 * HTML and office documents)
	 * @param tables finds table titles
	 * @param metadata reads the metadata
	 * @param scans reads pages without a usable text layer by OCR
	 * @param ocrPageStarted told the number of each page before OCR starts on it
	 */
	public DocumentParser(TextExtractor extractor, TableTitleScanner tables, MetadataReader metadata, ScanReader scans,
			IntConsumer ocrPageStarted) {
		this.scans = scans;
		this.ocrPageStarted = ocrPageStarted;
		this.extractor = extractor;
		this.tables = tables;
		this.metadata = metadata;
		this.layouts = new LayoutReader();
		this.recognizer = new TableRecognizer(tables);
		this.narrative = new NarrativeReader();
		this.totals = new TotalsReader();
		this.reporter = new ParseReporter();
		this.publications = new PublicationReader();
	}

	/**
	 * A parser with the default extractor, the shipped GB/T 2260 list and OCR as the
	 * system properties set it ({@link OcrSettings#fromSystemProperties()}).
	 */
	public static DocumentParser standard() {
		return standard((page) -> {
		});
	}

	/**
	 * The {@link #standard()} parser, telling {@code ocrPageStarted} of each page OCR
	 * starts on (the parser worker tells its parent, which gives the page its time).
	 */
	public static DocumentParser standard(IntConsumer ocrPageStarted) {
		return new DocumentParser(new TextExtractor(TextExtractor.DEFAULT_WRITE_LIMIT, true), new TableTitleScanner(),
				new MetadataReader(new RegionResolver(DivisionCatalogue.load())),
				new ScanReader(OcrSettings.fromSystemProperties()), ocrPageStarted);
	}

	/** The OCR reader, whose engine says whether OCR can run here. */
	public ScanReader scans() {
		return this.scans;
	}

	/**
	 * Parses one document.
	 * @param bytes the document's bytes
	 * @param source where it came from; its file name helps detect the format
	 * @return the disclosure read, or why it could not be
	 */
	public ParseOutcome parse(byte[] bytes, DocumentSource source) {
		String fileName = (source != null) ? source.fileName() : null;
		PdfPositions positions = new PdfPositions();
		PdfScanPass pdf = new PdfScanPass(positions, this.scans, this.ocrPageStarted);
		Extraction extraction = this.extractor.extract(bytes, fileName, pdf);
		if (extraction instanceof Extraction.Unreadable unreadable) {
			return ParseOutcome.failed(failure(unreadable.problem()), unreadable.message());
		}
		Extraction.Text extracted = (Extraction.Text) extraction;
		Scan scanned = ScanReader.isImage(extracted.mediaType()) ? this.scans.readImage(bytes, this.ocrPageStarted)
				: pdf.scan();
		String content = scanned.text(extracted.text());
		if (content.isBlank()) {
			return noText(extracted, scanned);
		}
		DocumentText text = DocumentText.of(content);
		TableScan scan = this.tables.scan(text);
		DisclosureMetadata read = this.metadata.read(text, scan);
		List<String> attachments = isPage(extracted.mediaType())
				? AttachmentLinks.find(extracted.xhtml(), (source != null) ? source.url() : null) : List.of();
		if (read.docKind() == null) {
			return notADisclosure(attachments,
					"No 部门预算/部门决算 title, table or section found: the text is no budget or final account");
		}
		if (read.department() == null && scan.present().isEmpty()) {
			return notADisclosure(attachments,
					"No department named and no budget or final account table found: the text is no disclosure");
		}
		Layout layout = (scanned.layout() != null) ? scanned.layout() : this.layouts.read(bytes, extracted, positions);
		Scan.OcrTables ocrTables = scanned.tables(this.recognizer.recognize(layout));
		RecognizedTables recognized = ocrTables.recognized();
		List<NarrativeFigure> figures = this.narrative.read(layout, recognized.tables(), read.department());
		if (!attachments.isEmpty() && recognized.tables().isEmpty() && figures.isEmpty()) {
			// A page titled 2024年部门决算公开 that states no figure and prints no table.
			return landingPage(attachments);
		}
		OcrReport ocr = scanned.report(ocrTables, figures);
		Boolean budget = (read.docKind() == DocKind.BUDGET) ? Boolean.TRUE
				: (read.docKind() == DocKind.FINAL_ACCOUNT) ? Boolean.FALSE : null;
		DisclosureTotals totals = this.totals.read(recognized.tables(), figures, budget);
		List<String> sections = SectionOutline.read(layout, recognized.tables());
		return new ParseOutcome.Parsed(read, content, recognized.presentCodes(), extracted.mediaType(),
				extracted.truncated(), recognized.tables(), figures, totals,
				this.reporter.report(layout, recognized, figures), sections,
				recognized.others().stream().map(OtherTable::title).toList(),
				this.publications.read(read, recognized, figures, sections), recognized.tableOfContents(),
				recognized.tablesInOrder(), ocr);
	}

	/** Why a document without text could not be read, OCR's part in it included. */
	private static ParseOutcome noText(Extraction.Text extracted, Scan scan) {
		String document = "The document (" + extracted.mediaType() + ")";
		if (!scan.needed()) {
			return ParseOutcome.failed(ParseFailure.NO_TEXT, document + " contains no text");
		}
		if (scan.unavailable()) {
			return ParseOutcome.failed(ParseFailure.OCR_UNAVAILABLE,
					document + " has no usable text layer and OCR is unavailable: " + scan.describe());
		}
		return ParseOutcome.failed(scan.failed() ? ParseFailure.OCR_FAILED : ParseFailure.NO_TEXT,
				document + " has no usable text layer and OCR read no text: " + scan.describe());
	}

	private static ParseOutcome notADisclosure(List<String> attachments, String message) {
		return attachments.isEmpty() ? ParseOutcome.failed(ParseFailure.NOT_A_DISCLOSURE, message)
				: landingPage(attachments);
	}

	/** A page that only links its attachments: no disclosure, and not lost either. */
	private static ParseOutcome landingPage(List<String> attachments) {
		return new ParseOutcome.Failed(ParseFailure.LANDING_PAGE, "A landing page, no disclosure: it links "
				+ attachments.size() + " attachment(s): " + String.join(" ", attachments), attachments);
	}

	private static boolean isPage(String mediaType) {
		return mediaType != null && (mediaType.startsWith("text/html") || mediaType.startsWith("application/xhtml"));
	}

	private static ParseFailure failure(Extraction.Problem problem) {
		return switch (problem) {
			case EMPTY -> ParseFailure.EMPTY_DOCUMENT;
			case UNSUPPORTED_FORMAT -> ParseFailure.UNSUPPORTED_FORMAT;
			case ENCRYPTED -> ParseFailure.ENCRYPTED_DOCUMENT;
			case CORRUPT -> ParseFailure.UNREADABLE_DOCUMENT;
		};
	}

}
