package org.disclosure.parse.ocr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.disclosure.parse.figures.NarrativeFigure;
import org.disclosure.parse.layout.CellSpan;
import org.disclosure.parse.layout.Layout;
import org.disclosure.parse.layout.LayoutLine;
import org.disclosure.parse.tables.RecognizedTables;
import org.disclosure.parse.tables.Table;
import org.disclosure.parse.tables.TableCell;
import org.disclosure.parse.tables.TableReading;
import org.disclosure.parse.tables.TableRow;

/**
 * A PDF or image laid out with its unusable pages read by OCR, and what OCR did: the
 * layout, each page's record, and what was read where, to give each table cell and
 * narrative figure of an OCR'd page its provenance and confidence.
 */
public final class Scan {

	/** A document of another format, or one that needed no layout of ours. */
	public static final Scan NONE = new Scan(null, null, List.of(), 0, Map.of());

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern DIGIT = Pattern.compile("[0-9]");

	private final Layout layout;

	private final OcrEngine engine;

	private final List<OcrPage> pages;

	private final long millis;

	private final Map<Integer, List<OcrText>> texts;

	Scan(Layout layout, OcrEngine engine, List<OcrPage> pages, long millis, Map<Integer, List<OcrText>> texts) {
		this.layout = layout;
		this.engine = engine;
		this.pages = List.copyOf(pages);
		this.millis = millis;
		this.texts = Map.copyOf(texts);
	}

	/** The document's layout, null when it is to be read another way. */
	public Layout layout() {
		return this.layout;
	}

	/** True when a page needed OCR. */
	public boolean needed() {
		return !this.pages.isEmpty();
	}

	/** True when OCR read a page. */
	public boolean read() {
		return this.pages.stream().anyMatch(OcrPage::read);
	}

	/** The document's text: the layout's where OCR read a page, else Tika's. */
	public String text(String extracted) {
		return (read() && this.layout != null) ? this.layout.text() : extracted;
	}

	/** True when every page that needed OCR found no engine. */
	public boolean unavailable() {
		return needed() && this.pages.stream().allMatch((page) -> "unavailable".equals(page.status()));
	}

	/** True when OCR failed or overran on a page. */
	public boolean failed() {
		return this.pages.stream()
			.anyMatch((page) -> page.status().equals("failed") || page.status().equals("timed_out"));
	}

	/** What became of the pages that needed OCR, for a person. */
	public String describe() {
		List<String> parts = new ArrayList<>();
		for (OcrPage page : this.pages) {
			parts.add("page " + page.page() + " (" + page.reason() + "): " + page.status()
					+ ((page.message() != null) ? " — " + page.message() : ""));
		}
		return String.join("; ", parts);
	}

	/**
	 * The tables with the readings of OCR'd pages corrected where a sum identity allows
	 * exactly one correction, and the provenance of their cells.
	 * @param recognized the tables read from {@link #layout()}
	 * @return the tables corrected, with the cells' provenance
	 */
	public OcrTables tables(RecognizedTables recognized) {
		if (!read()) {
			return new OcrTables(recognized, List.of());
		}
		List<Table> tables = recognized.tables();
		List<OcrReport.CellReading> cells = new ArrayList<>();
		for (int t = 0; t < tables.size(); t++) {
			List<TableRow> rows = tables.get(t).rows();
			for (int r = 0; r < rows.size(); r++) {
				TableRow row = rows.get(r);
				int page = (row.line() >= 0 && row.line() < this.layout.size()) ? this.layout.line(row.line()).page()
						: 0;
				List<OcrText> read = this.texts.get(page);
				if (read == null) {
					continue;
				}
				LayoutLine line = this.layout.line(row.line());
				for (TableCell cell : row.cells()) {
					cells.add(new OcrReport.CellReading(t, r, cell.column(), confidence(cell, line, read), null));
				}
			}
		}
		DigitCorrections.Corrected corrected = DigitCorrections.correct(tables, cells);
		List<TableReading> readings = new ArrayList<>();
		for (int t = 0; t < tables.size(); t++) {
			readings.add(new TableReading(corrected.tables().get(t), recognized.readings().get(t).unread()));
		}
		return new OcrTables(
				new RecognizedTables(readings, recognized.listedOnly(), recognized.scan(), recognized.others()),
				corrected.cells());
	}

	/**
	 * The record of what OCR did, with the provenance of the cells and of the narrative
	 * figures; null when no page needed OCR.
	 */
	public OcrReport report(OcrTables tables, List<NarrativeFigure> figures) {
		if (!needed()) {
			return null;
		}
		List<OcrReport.FigureReading> read = new ArrayList<>();
		for (int i = 0; i < figures.size(); i++) {
			List<OcrText> onPage = this.texts.get(figures.get(i).page());
			if (onPage != null) {
				read.add(new OcrReport.FigureReading(i, figureConfidence(figures.get(i).value(), onPage)));
			}
		}
		String name = (this.engine != null && this.engine.available())
				? this.engine.engine() + " (" + this.engine.language() + ")" : null;
		return new OcrReport(name, this.pages, this.millis, tables.cells(), read);
	}

	/**
	 * The confidence of a cell: of what was read in its place (same text, in its column's
	 * span), else anywhere on its page; null for a blank cell (no ink).
	 */
	private static Double confidence(TableCell cell, LayoutLine line, List<OcrText> read) {
		String text = compact(cell.text());
		if (text.isEmpty()) {
			return null;
		}
		CellSpan span = null;
		for (int i = 0; i < line.cells().size() && i < line.spans().size(); i++) {
			if (compact(line.cells().get(i)).equals(text)) {
				span = line.spans().get(i);
				break;
			}
		}
		double inSpan = 2;
		double onPage = 2;
		double within = 2;
		for (OcrText place : read) {
			if (place.text().equals(text)) {
				onPage = Math.min(onPage, place.confidence());
				if (span != null && place.within(span.left(), span.right())) {
					inSpan = Math.min(inSpan, place.confidence());
				}
			}
			else if (!place.text().isEmpty() && text.contains(place.text())) {
				within = Math.min(within, place.confidence());
			}
		}
		double found = (inSpan <= 1) ? inSpan : (onPage <= 1) ? onPage : within;
		return round((found <= 1) ? found : lowestWithDigits(read));
	}

	/**
	 * The confidence of a narrative figure: of the words of its page that print its
	 * digits, else the lowest of the page's figures (a figure found nowhere as read is
	 * doubtful).
	 */
	private static double figureConfidence(BigDecimal value, List<OcrText> read) {
		String digits = value.abs().toPlainString();
		double found = 2;
		for (OcrText place : read) {
			if (place.text().replace(",", "").replace("，", "").contains(digits)) {
				found = Math.min(found, place.confidence());
			}
		}
		return round((found <= 1) ? found : lowestWithDigits(read));
	}

	private static double lowestWithDigits(List<OcrText> read) {
		return read.stream()
			.filter((place) -> DIGIT.matcher(place.text()).find())
			.mapToDouble(OcrText::confidence)
			.min()
			.orElse(0);
	}

	private static double round(double confidence) {
		return Math.round(confidence * 100) / 100.0;
	}

	private static String compact(String text) {
		return (text != null) ? WHITESPACE.matcher(text).replaceAll("") : "";
	}

	/**
	 * The tables of a document with OCR'd pages, corrected, and the provenance of their
	 * cells.
	 */
	public record OcrTables(RecognizedTables recognized, List<OcrReport.CellReading> cells) {
	}

}
