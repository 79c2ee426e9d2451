package org.disclosure.validate.rules.completeness;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Publication;
import org.disclosure.contracts.TotalValue;

/**
 * The tables a disclosure must publish: the national core (DOMAIN.md, "Across
 * provinces"). A final account FA01–FA09; a budget BU01–BU06, BU08, BU09, and BU11 where
 * the 国有资本经营预算 table is part of its set (its 目录 lists it or it prints it). A province's
 * extra tables are recorded, never required. When the set cannot be told (no table read
 * and none listed, or one file of a split publication read alone) nothing is reported
 * missing.
 */
final class RequiredTables {

	static final List<String> FINAL_ACCOUNT = codes("FA", 9);

	/** The budget core without BU11, which only some sets include. */
	static final List<String> BUDGET = List.of("BU01", "BU02", "BU03", "BU04", "BU05", "BU06", "BU08", "BU09");

	/** The state-capital budget table, core where the document's set includes it. */
	static final String STATE_CAPITAL_BUDGET = "BU11";

	/**
	 * Performance tables (PERF_DEPT, PERF_PROJECT) say nothing of the set: they travel
	 * alone.
	 */
	private static final String PERFORMANCE = "PERF_";

	/** The budget core of {@code document}: with BU11 where its set includes it. */
	static List<String> budget(DocumentParsed document) {
		boolean stateCapital = document.tables().contains(STATE_CAPITAL_BUDGET)
				|| listedOnly(document).contains(STATE_CAPITAL_BUDGET);
		if (!stateCapital) {
			return BUDGET;
		}
		List<String> core = new ArrayList<>(BUDGET);
		core.add(STATE_CAPITAL_BUDGET);
		return core;
	}

	/**
	 * Why the set of {@code document} cannot be told, null when it can: the narrative
	 * file of a split publication read without its tables file, or no numbered table read
	 * and none listed (performance tables alone). (A tables file holds every table of its
	 * publication: it can be told.)
	 */
	static String setUnknown(DocumentParsed document) {
		if (document.publication() != null && Publication.NARRATIVE.equals(document.publication().part())) {
			return "set unknown: the narrative file of a split publication, its tables file not yet read";
		}
		boolean numbered = java.util.stream.Stream.concat(document.tables().stream(), listedOnly(document).stream())
			.anyMatch((code) -> !code.startsWith(PERFORMANCE));
		if (!numbered) {
			return "set unknown: no numbered table read and none listed in a table of contents";
		}
		return null;
	}

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
