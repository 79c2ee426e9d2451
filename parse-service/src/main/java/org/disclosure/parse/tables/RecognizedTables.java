package org.disclosure.parse.tables;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

	public RecognizedTables {
		readings = List.copyOf(readings);
		listedOnly = List.copyOf(listedOnly);
		others = List.copyOf(others);
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
