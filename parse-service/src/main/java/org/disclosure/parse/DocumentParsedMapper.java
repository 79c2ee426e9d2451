package org.disclosure.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.OcrCorrection;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.ParsedTable.ParsedCell;
import org.disclosure.contracts.ParsedTable.ParsedColumn;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.TotalValue;
import org.disclosure.parse.figures.Measure;
import org.disclosure.parse.figures.NarrativeFigure;
import org.disclosure.parse.ocr.OcrReport;
import org.disclosure.parse.report.ParseReport;
import org.disclosure.parse.report.TableReport;
import org.disclosure.parse.tables.Table;
import org.disclosure.parse.tables.TableCell;
import org.disclosure.parse.tables.TableRow;
import org.disclosure.parse.totals.DisclosureTotals;
import org.disclosure.parse.totals.Total;
import org.disclosure.parse.totals.TotalSource;

/**
 * Turns a parsed disclosure into the {@code DocumentParsed} event the next stages read.
 */
public final class DocumentParsedMapper {

	private DocumentParsedMapper() {
	}

	/** The event for {@code parsed}, whose text is stored under {@code textBlobKey}. */
	public static DocumentParsed event(DocumentFetched fetched, ParseOutcome.Parsed parsed, String textBlobKey,
			Instant parsedAt) {
		ParseReport report = parsed.report();
		return new DocumentParsed(DocumentParsed.SCHEMA_VERSION, fetched.docId(), fetched.source(), fetched.fetchedAt(),
				parsedAt, DocumentParser.VERSION, parsed.metadata(), textBlobKey,
				parsed.text().codePointCount(0, parsed.text().length()), parsed.tables(),
				(report != null) ? report.listedOnly() : null, parsed.sections(),
				tables(parsed.tableContents(), parsed.ocr()), figures(parsed.figures(), parsed.ocr()),
				totals(parsed.totals()), report(report, parsed.ocr()),
				parsed.tablesOther().isEmpty() ? null : parsed.tablesOther(), parsed.publication(),
				parsed.tableOfContents().isEmpty() ? null : parsed.tableOfContents(),
				parsed.tablesInOrder().isEmpty() ? null : parsed.tablesInOrder(), ocr(parsed.ocr()));
	}

	/** The tables, each cell of a page read by OCR with its provenance. */
	static List<ParsedTable> tables(List<Table> tables, OcrReport ocr) {
		Map<String, OcrReport.CellReading> read = new HashMap<>();
		if (ocr != null) {
			ocr.cells().forEach((cell) -> read.put(cell.table() + "/" + cell.row() + "/" + cell.column(), cell));
		}
		List<ParsedTable> mapped = new ArrayList<>();
		for (int t = 0; t < tables.size(); t++) {
			Table table = tables.get(t);
			List<ParsedRow> rows = new ArrayList<>();
			for (int r = 0; r < table.rows().size(); r++) {
				rows.add(row(table.rows().get(r), t + "/" + r + "/", read));
			}
			mapped.add(new ParsedTable(table.code().name(), table.title(), table.printedNumber(), table.unit(),
					table.columns().stream().map((c) -> new ParsedColumn(c.name(), c.header(), c.numeric())).toList(),
					rows, table.notes(), table.explanation(), table.recognition(),
					(table.page() > 0) ? table.page() : null));
		}
		return mapped;
	}

	static ParsedTable table(Table table) {
		return tables(List.of(table), null).get(0);
	}

	private static ParsedRow row(TableRow row, String key, Map<String, OcrReport.CellReading> read) {
		List<ParsedCell> cells = new ArrayList<>();
		for (TableCell cell : row.cells()) {
			OcrReport.CellReading reading = read.get(key + cell.column());
			if (reading == null) {
				cells.add(new ParsedCell(cell.column(), cell.text(), cell.amount(), cell.percent()));
				continue;
			}
			OcrReport.Correction correction = reading.correction();
			cells.add(new ParsedCell(cell.column(), cell.text(), cell.amount(), cell.percent(), ParsedCell.OCR,
					confidence(reading.confidence()),
					(correction != null)
							? new OcrCorrection(correction.read(), correction.corrected(), correction.identity())
							: null));
		}
		return new ParsedRow(lower(row.kind()), row.group(), row.label(), row.name(), row.code(), lower(row.codeKind()),
				(row.level() != null) ? row.level().printed() : null, row.parentCode(), cells);
	}

	/** What OCR did, for the event; null when no page needed it. */
	static org.disclosure.contracts.OcrReport ocr(OcrReport ocr) {
		if (ocr == null) {
			return null;
		}
		return new org.disclosure.contracts.OcrReport(ocr.engine(), ocr.pagesRead(), ocr.millis(), ocr.corrections(),
				ocr.pages()
					.stream()
					.map((page) -> new org.disclosure.contracts.OcrReport.Page(page.page(), page.reason(),
							page.status(), page.millis(), confidence(page.confidence()), page.words(), page.cells(),
							page.message()))
					.toList());
	}

	private static BigDecimal confidence(Double confidence) {
		return (confidence != null) ? BigDecimal.valueOf(confidence).setScale(2, RoundingMode.HALF_UP) : null;
	}

	/** Figures of one sentence share a statement number. */
	static List<org.disclosure.contracts.NarrativeFigure> figures(List<NarrativeFigure> figures) {
		return figures(figures, null);
	}

	/** Figures of one sentence share a statement number; those OCR read say so. */
	static List<org.disclosure.contracts.NarrativeFigure> figures(List<NarrativeFigure> figures, OcrReport ocr) {
		Map<Integer, Double> read = new HashMap<>();
		if (ocr != null) {
			ocr.figures().forEach((figure) -> read.put(figure.figure(), figure.confidence()));
		}
		List<org.disclosure.contracts.NarrativeFigure> mapped = new ArrayList<>();
		int statement = 0;
		NarrativeFigure previous = null;
		for (int i = 0; i < figures.size(); i++) {
			NarrativeFigure figure = figures.get(i);
			if (previous == null || !Objects.equals(previous.sentence(), figure.sentence())
					|| !Objects.equals(previous.section(), figure.section())) {
				statement++;
			}
			previous = figure;
			boolean change = figure.measure() == Measure.CHANGE_AMOUNT || figure.measure() == Measure.CHANGE_RATE;
			mapped.add(new org.disclosure.contracts.NarrativeFigure(figure.section(), figure.subsection(),
					figure.item(), statement, figure.sentence(), lower(figure.topic()), figure.subject(),
					figure.subjectPath(), null, (figure.level() != null) ? figure.level().printed() : null,
					figure.base(), kind(figure.measure()), change ? figure.signedValue() : figure.value(),
					figure.unit(), (figure.page() > 0) ? figure.page() : null,
					read.containsKey(i) ? ParsedCell.OCR : null, confidence(read.get(i))));
		}
		return mapped;
	}

	private static FigureKind kind(Measure measure) {
		return switch (measure) {
			case AMOUNT -> FigureKind.AMOUNT;
			case BUDGET -> FigureKind.BUDGETED;
			case ACTUAL -> FigureKind.ACTUAL;
			case SHARE -> FigureKind.SHARE;
			case COMPLETION_RATE -> FigureKind.COMPLETION;
			case CHANGE_AMOUNT -> FigureKind.CHANGE;
			case CHANGE_RATE -> FigureKind.CHANGE_RATE;
			case RATE -> FigureKind.RATE;
			case COUNT -> FigureKind.COUNT;
			case SCORE -> FigureKind.SCORE;
		};
	}

	static Map<String, TotalValue> totals(DisclosureTotals totals) {
		if (totals == null) {
			return null;
		}
		Map<String, TotalValue> mapped = new LinkedHashMap<>();
		for (Total total : totals.totals()) {
			TotalSource source = total.source();
			boolean table = source.origin() == TotalSource.Origin.TABLE;
			String location = table ? source.table() + " " + String.join("/", source.rows()) + " / "
					+ String.join("/", source.columns()) : source.section() + ": " + source.sentence();
			mapped.put(total.name().key(),
					new TotalValue(total.amount(), table ? "table" : "narrative", location.strip()));
		}
		return mapped;
	}

	static org.disclosure.contracts.ParseReport report(ParseReport report) {
		return report(report, null);
	}

	static org.disclosure.contracts.ParseReport report(ParseReport report, OcrReport ocr) {
		if (report == null) {
			return null;
		}
		List<String> warnings = new ArrayList<>();
		if (ocr != null) {
			ocr.pages()
				.stream()
				.filter((page) -> page.message() != null)
				.forEach((page) -> warnings.add("page " + page.page() + ": " + page.message()));
		}
		for (TableReport table : report.tables()) {
			if (table.unread() > 0) {
				warnings.add(table.code() + ": " + table.unread() + " lines not read");
			}
			if (table.empty() && !table.explained()) {
				warnings.add(table.code() + ": empty without a 说明");
			}
		}
		return new org.disclosure.contracts.ParseReport(report.tablesFound(), report.tableRows(), report.tableCells(),
				report.figures(), report.unmatched(), report.unmatchedSamples(), warnings,
				(ocr != null) ? ocr.pagesRead() : null, (ocr != null) ? ocr.millis() : null);
	}

	private static String lower(Enum<?> value) {
		return (value != null) ? value.name().toLowerCase(Locale.ROOT) : null;
	}

}
