package org.disclosure.parse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.ParsedTable.ParsedCell;
import org.disclosure.contracts.ParsedTable.ParsedColumn;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.TotalValue;
import org.disclosure.parse.figures.Measure;
import org.disclosure.parse.figures.NarrativeFigure;
import org.disclosure.parse.report.ParseReport;
import org.disclosure.parse.report.TableReport;
import org.disclosure.parse.tables.Table;
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
				parsed.tableContents().stream().map(DocumentParsedMapper::table).toList(), figures(parsed.figures()),
				totals(parsed.totals()), report(report), parsed.tablesOther().isEmpty() ? null : parsed.tablesOther(),
				parsed.publication(), parsed.tableOfContents().isEmpty() ? null : parsed.tableOfContents(),
				parsed.tablesInOrder().isEmpty() ? null : parsed.tablesInOrder());
	}

	static ParsedTable table(Table table) {
		return new ParsedTable(table.code().name(), table.title(), table.printedNumber(), table.unit(),
				table.columns().stream().map((c) -> new ParsedColumn(c.name(), c.header(), c.numeric())).toList(),
				table.rows().stream().map(DocumentParsedMapper::row).toList(), table.notes(), table.explanation(),
				table.recognition(), (table.page() > 0) ? table.page() : null);
	}

	private static ParsedRow row(TableRow row) {
		return new ParsedRow(lower(row.kind()), row.group(), row.label(), row.name(), row.code(), lower(row.codeKind()),
				(row.level() != null) ? row.level().printed() : null, row.parentCode(),
				row.cells()
					.stream()
					.map((cell) -> new ParsedCell(cell.column(), cell.text(), cell.amount(), cell.percent()))
					.toList());
	}

	/** Figures of one sentence share a statement number. */
	static List<org.disclosure.contracts.NarrativeFigure> figures(List<NarrativeFigure> figures) {
		List<org.disclosure.contracts.NarrativeFigure> mapped = new ArrayList<>();
		int statement = 0;
		NarrativeFigure previous = null;
		for (NarrativeFigure figure : figures) {
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
					figure.unit(), (figure.page() > 0) ? figure.page() : null));
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
		if (report == null) {
			return null;
		}
		List<String> warnings = new ArrayList<>();
		for (TableReport table : report.tables()) {
			if (table.unread() > 0) {
				warnings.add(table.code() + ": " + table.unread() + " lines not read");
			}
			if (table.empty() && !table.explained()) {
				warnings.add(table.code() + ": empty without a 说明");
			}
		}
		return new org.disclosure.contracts.ParseReport(report.tablesFound(), report.tableRows(), report.tableCells(),
				report.figures(), report.unmatched(), report.unmatchedSamples(), warnings);
	}

	private static String lower(Enum<?> value) {
		return (value != null) ? value.name().toLowerCase(Locale.ROOT) : null;
	}

}
