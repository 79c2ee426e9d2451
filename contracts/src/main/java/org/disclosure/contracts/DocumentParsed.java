package org.disclosure.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A disclosure read into structure. Its extracted text is a claim check too:
 * {@code textBlobKey} names the UTF-8 text in the blob store.
 *
 * @param tables canonical codes of the tables found (FA01…, BU01…), in document order
 * @param tablesListedOnly tables the table of contents lists but the document does not
 * contain
 * @param sections the section headings, in document order
 * @param tableContents the tables with their rows and cells
 * @param figures the figures the narrative states
 * @param totals the document's totals by key ({@code revenue}, {@code expenditure}, …)
 * @param report how much of the document was understood
 * @param tablesOther the titles of the tables that are none of the canonical ones (a
 * province's extra tables), as printed
 * @param publication which part of a disclosure the file is (the whole, or the narrative
 * or the tables of a split publication) and the key its parts share
 * @param tableOfContents the tables its 目录 lists, in the 目录's order
 * @param tablesInOrder the tables of its body, canonical or not, in the order printed
 * @param ocr what OCR did on its pages without a usable text layer; null when no page
 * needed OCR
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentParsed(int schemaVersion, String docId, DocumentSource source, Instant fetchedAt,
		Instant parsedAt, String parserVersion, DisclosureMetadata metadata, String textBlobKey, int textChars,
		List<String> tables, List<String> tablesListedOnly, List<String> sections, List<ParsedTable> tableContents,
		List<NarrativeFigure> figures, Map<String, TotalValue> totals, ParseReport report, List<String> tablesOther,
		Publication publication, List<TableEntry> tableOfContents, List<TableEntry> tablesInOrder,
		OcrReport ocr) implements PipelineEvent {

	/** A parsed document no page of which needed OCR (events before OCR was read). */
	public DocumentParsed(int schemaVersion, String docId, DocumentSource source, Instant fetchedAt, Instant parsedAt,
			String parserVersion, DisclosureMetadata metadata, String textBlobKey, int textChars, List<String> tables,
			List<String> tablesListedOnly, List<String> sections, List<ParsedTable> tableContents,
			List<NarrativeFigure> figures, Map<String, TotalValue> totals, ParseReport report, List<String> tablesOther,
			Publication publication, List<TableEntry> tableOfContents, List<TableEntry> tablesInOrder) {
		this(schemaVersion, docId, source, fetchedAt, parsedAt, parserVersion, metadata, textBlobKey, textChars, tables,
				tablesListedOnly, sections, tableContents, figures, totals, report, tablesOther, publication,
				tableOfContents, tablesInOrder, null);
	}

	/**
	 * A parsed document without other tables or publication (events before they were
	 * read).
	 */
	public DocumentParsed(int schemaVersion, String docId, DocumentSource source, Instant fetchedAt, Instant parsedAt,
			String parserVersion, DisclosureMetadata metadata, String textBlobKey, int textChars, List<String> tables,
			List<String> tablesListedOnly, List<String> sections, List<ParsedTable> tableContents,
			List<NarrativeFigure> figures, Map<String, TotalValue> totals, ParseReport report) {
		this(schemaVersion, docId, source, fetchedAt, parsedAt, parserVersion, metadata, textBlobKey, textChars, tables,
				tablesListedOnly, sections, tableContents, figures, totals, report, null, null, null, null, null);
	}

	/**
	 * A parsed document without the lists of its tables (events before they were read).
	 */
	public DocumentParsed(int schemaVersion, String docId, DocumentSource source, Instant fetchedAt, Instant parsedAt,
			String parserVersion, DisclosureMetadata metadata, String textBlobKey, int textChars, List<String> tables,
			List<String> tablesListedOnly, List<String> sections, List<ParsedTable> tableContents,
			List<NarrativeFigure> figures, Map<String, TotalValue> totals, ParseReport report, List<String> tablesOther,
			Publication publication) {
		this(schemaVersion, docId, source, fetchedAt, parsedAt, parserVersion, metadata, textBlobKey, textChars, tables,
				tablesListedOnly, sections, tableContents, figures, totals, report, tablesOther, publication, null,
				null, null);
	}

	public static final int SCHEMA_VERSION = 1;

	public static final String TYPE = "org.disclosure.document.parsed.v1";

	@Override
	public String key() {
		return this.docId;
	}

	@Override
	public String cloudEventType() {
		return TYPE;
	}

}
