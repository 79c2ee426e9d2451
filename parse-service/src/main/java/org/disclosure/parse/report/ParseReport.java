package org.disclosure.parse.report;

import java.util.List;

/**
 * What parsing made of a document, so an unknown layout shows up as a number, not as
 * silence.
 *
 * @param reader the layout reader used ({@code tab-text}, {@code xhtml}, {@code pdf})
 * @param lines layout lines in all
 * @param textLines lines of text
 * @param rowLines table rows (in tables or not)
 * @param tablesFound canonical tables read
 * @param tableRows rows read into tables
 * @param tableCells cells read into tables
 * @param tables how each table was read
 * @param listedOnly tables listed (table of contents) but not found
 * @param unmatched lines that matched no table or template: rows outside every table, and
 * table lines no template placed
 * @param unmatchedSamples a few of them, with their line numbers
 * @param figures narrative figures read
 */
public record ParseReport(String reader, int lines, int textLines, int rowLines, int tablesFound, int tableRows,
		int tableCells, List<TableReport> tables, List<String> listedOnly, int unmatched, List<String> unmatchedSamples,
		int figures) {

	public ParseReport {
		tables = List.copyOf(tables);
		listedOnly = List.copyOf(listedOnly);
		unmatchedSamples = List.copyOf(unmatchedSamples);
	}

}
