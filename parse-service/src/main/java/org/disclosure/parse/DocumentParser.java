package org.disclosure.parse;

import java.util.List;

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
 * matched no table or template. Every document gets an outcome; a document that cannot be
 * read or is no disclosure is a {@link ParseOutcome.Failed}, never an exception; a web
 * page that only links the documents of a disclosure is a landing page that lists them.
 * Thread-safe.
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

	/**
	 * @param extractor extracts text and XHTML (it must keep the XHTML for the tables of
	 * HTML and office documents)
	 * @param tables finds table titles
	 * @param metadata reads the metadata
	 */
	public DocumentParser(TextExtractor extractor, TableTitleScanner tables, MetadataReader metadata) {
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

	/** A parser with the default extractor and the shipped GB/T 2260 list. */
	public static DocumentParser standard() {
		return new DocumentParser(new TextExtractor(TextExtractor.DEFAULT_WRITE_LIMIT, true), new TableTitleScanner(),
				new MetadataReader(new RegionResolver(DivisionCatalogue.load())));
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
		Extraction extraction = this.extractor.extract(bytes, fileName, positions);
		if (extraction instanceof Extraction.Unreadable unreadable) {
			return ParseOutcome.failed(failure(unreadable.problem()), unreadable.message());
		}
		Extraction.Text extracted = (Extraction.Text) extraction;
		if (extracted.text().isBlank()) {
			return ParseOutcome.failed(ParseFailure.NO_TEXT,
					"The document (" + extracted.mediaType() + ") contains no text; a scanned document needs OCR");
		}
		DocumentText text = DocumentText.of(extracted.text());
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
		Layout layout = this.layouts.read(bytes, extracted, positions);
		RecognizedTables recognized = this.recognizer.recognize(layout);
		List<NarrativeFigure> figures = this.narrative.read(layout, recognized.tables(), read.department());
		if (!attachments.isEmpty() && recognized.tables().isEmpty() && figures.isEmpty()) {
			// A page titled 2024年部门决算公开 that states no figure and prints no table.
			return landingPage(attachments);
		}
		Boolean budget = (read.docKind() == DocKind.BUDGET) ? Boolean.TRUE
				: (read.docKind() == DocKind.FINAL_ACCOUNT) ? Boolean.FALSE : null;
		DisclosureTotals totals = this.totals.read(recognized.tables(), figures, budget);
		List<String> sections = SectionOutline.read(layout, recognized.tables());
		return new ParseOutcome.Parsed(read, extracted.text(), recognized.presentCodes(), extracted.mediaType(),
				extracted.truncated(), recognized.tables(), figures, totals,
				this.reporter.report(layout, recognized, figures), sections,
				recognized.others().stream().map(OtherTable::title).toList(),
				this.publications.read(read, recognized, figures, sections), recognized.tableOfContents(),
				recognized.tablesInOrder());
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
