package org.disclosure.parse.report;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.parse.figures.NarrativeFigure;
import org.disclosure.parse.layout.Layout;
import org.disclosure.parse.layout.LayoutLine;
import org.disclosure.parse.layout.LineKind;
import org.disclosure.parse.tables.RecognizedTables;
import org.disclosure.parse.tables.Table;
import org.disclosure.parse.tables.TableCode;
import org.disclosure.parse.tables.TableReading;

/** Counts what parsing read and what it could not place. Thread-safe. */
public class ParseReporter {

	/** Samples kept per list. */
	static final int SAMPLES = 5;

	/** Characters kept of a sample line. */
	static final int SAMPLE_LENGTH = 80;

	/**
	 * Reports on one parsed document.
	 * @param layout its layout
	 * @param tables the tables recognised in it
	 * @param figures the narrative figures read
	 * @return the report
	 */
	public ParseReport report(Layout layout, RecognizedTables tables, List<NarrativeFigure> figures) {
		boolean[] inTable = new boolean[layout.size()];
		List<TableReport> reports = new ArrayList<>();
		int rows = 0;
		int cells = 0;
		int unmatched = 0;
		List<String> samples = new ArrayList<>();
		for (TableReading reading : tables.readings()) {
			Table table = reading.table();
			for (int i = table.firstLine(); i <= table.lastLine() && i < inTable.length; i++) {
				inTable[i] = true;
			}
			List<String> unread = new ArrayList<>();
			for (LayoutLine line : reading.unread()) {
				if (!line.isBlank()) {
					unread.add(sample(line));
				}
			}
			rows += table.rows().size();
			cells += table.cellCount();
			unmatched += unread.size();
			addSamples(samples, unread);
			reports.add(new TableReport(table.code().name(), table.firstLine(), table.rows().size(), table.cellCount(),
					table.columnSource(), table.empty(), table.explanation() != null, unread.size(),
					unread.subList(0, Math.min(SAMPLES, unread.size()))));
		}
		int text = 0;
		int rowLines = 0;
		List<String> outside = new ArrayList<>();
		for (LayoutLine line : layout.lines()) {
			if (line.kind() == LineKind.TEXT) {
				text++;
			}
			else if (line.kind() == LineKind.ROW) {
				rowLines++;
				if (!inTable[line.index()] && !line.isBlank()) {
					outside.add(sample(line));
				}
			}
		}
		unmatched += outside.size();
		addSamples(samples, outside);
		return new ParseReport(layout.reader(), layout.size(), text, rowLines, reports.size(), rows, cells, reports,
				tables.listedOnly().stream().map(TableCode::name).toList(), unmatched, samples, figures.size());
	}

	private static void addSamples(List<String> samples, List<String> more) {
		for (String sample : more) {
			if (samples.size() >= SAMPLES) {
				return;
			}
			samples.add(sample);
		}
	}

	private static String sample(LayoutLine line) {
		String text = line.text().replace('\t', '|').replace('\n', ' ');
		if (text.length() > SAMPLE_LENGTH) {
			text = text.substring(0, SAMPLE_LENGTH) + "…";
		}
		return "line " + line.index() + ": " + text;
	}

}
