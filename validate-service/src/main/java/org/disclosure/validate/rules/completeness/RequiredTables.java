package org.disclosure.validate.rules.completeness;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.TotalValue;

/** The tables a final account (FA01–FA09) and a budget (BU01–BU12) must publish. */
final class RequiredTables {

	static final List<String> FINAL_ACCOUNT = codes("FA", 9);

	static final List<String> BUDGET = codes("BU", 12);

	private RequiredTables() {
	}

	private static List<String> codes(String prefix, int count) {
		return IntStream.rangeClosed(1, count).mapToObj((n) -> prefix + String.format("%02d", n)).toList();
	}

	/** The required tables the document does not contain, in order. */
	static List<String> missing(DocumentParsed document, List<String> required) {
		return required.stream().filter((code) -> !document.tables().contains(code)).toList();
	}

	/** The tables the table of contents lists but the document lacks. */
	static List<String> listedOnly(DocumentParsed document) {
		return (document.tablesListedOnly() != null) ? document.tablesListedOnly() : List.of();
	}

	/** How a missing table is described: with the table of contents when it lists it. */
	static String describe(List<String> missing, List<String> listedOnly) {
		List<String> parts = new ArrayList<>();
		for (String code : missing) {
			parts.add(code + (listedOnly.contains(code) ? " (listed in the table of contents, 目录)" : ""));
		}
		return String.join(", ", parts);
	}

	/**
	 * True when the document gives none of its tables and takes its totals from the
	 * narrative: the tables are attached elsewhere (附件), as the document states.
	 */
	static boolean attachedElsewhere(DocumentParsed document, List<String> required) {
		boolean none = required.stream().noneMatch((code) -> document.tables().contains(code));
		if (!none || document.totals() == null || document.totals().isEmpty()) {
			return false;
		}
		return document.totals().values().stream().map(TotalValue::source).allMatch("narrative"::equals);
	}

}
