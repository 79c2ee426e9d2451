package org.disclosure.validate.rules;

import java.util.List;
import java.util.Set;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.ParsedTable;

/**
 * Whether the tables the checks of a disclosure depend on were read. A document with no
 * table read (a narrative whose tables file has not arrived, a layout the parser does not
 * know), or with a table of the national core whose title was found but whose rows were
 * not read, cannot earn a verdict of passed: nothing of it was checked.
 */
final class CoreTables {

	/** The national core of both kinds (DOMAIN.md, "Across provinces"). */
	private static final Set<String> CORE = Set.of("FA01", "FA02", "FA03", "FA04", "FA05", "FA06", "FA07", "FA08",
			"FA09", "BU01", "BU02", "BU03", "BU04", "BU05", "BU06", "BU08", "BU09", "BU11");

	private CoreTables() {
	}

	/** True when the document's core tables were not read. */
	static boolean unread(DocumentParsed document) {
		List<ParsedTable> tables = document.tableContents();
		if (tables == null || tables.isEmpty()) {
			return true;
		}
		for (ParsedTable table : tables) {
			if (CORE.contains(table.code()) && (table.rows() == null || table.rows().isEmpty())) {
				return true;
			}
		}
		return false;
	}

}
