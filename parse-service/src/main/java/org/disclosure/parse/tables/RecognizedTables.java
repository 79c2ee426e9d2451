package org.disclosure.parse.tables;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.disclosure.contracts.TableEntry;

/**
 * The tables found in a document.
 *
 * @param readings the tables read, in document order, with what could not be read
 * @param listedOnly tables the document lists (table of contents) but does not contain
 * @param scan every table title found, tables and listings
 * @param others the tables that are none of the canonical ones, in document order
 */
public record RecognizedTables(List<TableReading> readings, List<TableCode> listedOnly, TableScan scan,
		List<OtherTable> others) {

	/** Lines a 目录's entries lie apart at most. */
	private static final int TOC_GAP = 3;

	public RecognizedTables {
		readings = List.copyOf(readings);
		listedOnly = List.copyOf(listedOnly);
		others = List.copyOf(others);
	}

	/**
	 * The tables the table of contents lists, in its order: listed titles that stand in a
	 * run of listed titles (a single title named in the text is no 目录).
	 */
	public List<TableEntry> tableOfContents() {
		List<TableTitle> listed = this.scan.titles().stream().filter((title) -> !title.table()).toList();
		List<TableEntry> entries = new ArrayList<>();
		for (int i = 0; i < listed.size(); i++) {
			boolean inRun = (i > 0 && listed.get(i).line() - listed.get(i - 1).lastLine() <= TOC_GAP)
					|| (i + 1 < listed.size() && listed.get(i + 1).line() - listed.get(i).lastLine() <= TOC_GAP);
			if (inRun) {
				entries.add(entry(listed.get(i)));
			}
		}
		return entries;
	}

	/** The tables of the body, canonical or not, in the order they are printed. */
	public List<TableEntry> tablesInOrder() {
		return this.scan.titles().stream().filter(TableTitle::table).map(this::entry).toList();
	}

	private TableEntry entry(TableTitle title) {
		String code = (title.code() == TableCode.FA13 && !this.scan.present().contains(TableCode.FA08)
				&& presentCodes().contains(TableCode.FA08.name())) ? TableCode.FA08.name()
						: (title.code() != null) ? title.code().name() : null;
		return new TableEntry(code, title.title());
	}

	/** The tables read, in document order. */
	public List<Table> tables() {
		return this.readings.stream().map(TableReading::table).toList();
	}

	/** The codes of the tables present, each once, in document order. */
	public List<String> presentCodes() {
		Set<String> codes = new LinkedHashSet<>();
		for (TableReading reading : this.readings) {
			codes.add(reading.table().code().name());
		}
		return List.copyOf(codes);
	}

	/** The first table of {@code code}, or null. */
	public Table first(TableCode code) {
		for (TableReading reading : this.readings) {
			if (reading.table().code() == code) {
				return reading.table();
			}
		}
		return null;
	}

}
