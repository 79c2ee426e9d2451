package org.disclosure.index.documents;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tables a disclosure must contain: the national core of its kind (DOMAIN.md, "Across
 * provinces"). A final account FA01–FA09; a budget BU01–BU06, BU08, BU09, and BU11
 * (国有资本经营 预算支出表) where the document's own table set includes it, as its contents or its
 * 目录 show. A province's extra tables (BU07, BU10, BU12–BU15, FA10–FA13, the performance
 * tables) are never required.
 */
final class RequiredTables {

	static final List<String> FINAL_ACCOUNT = List.of("FA01", "FA02", "FA03", "FA04", "FA05", "FA06", "FA07", "FA08",
			"FA09");

	static final List<String> BUDGET = List.of("BU01", "BU02", "BU03", "BU04", "BU05", "BU06", "BU08", "BU09");

	/** The 国有资本经营 table of a budget: core where the set includes it. */
	static final String BUDGET_STATE_CAPITAL = "BU11";

	private static final List<String> BUDGET_WITH_STATE_CAPITAL = Stream
		.concat(BUDGET.stream(), Stream.of(BUDGET_STATE_CAPITAL))
		.toList();

	/** Codes of the performance self-evaluation tables, appended to either kind. */
	private static final String PERFORMANCE = "PERF_";

	private RequiredTables() {
	}

	/**
	 * The required tables of {@code docKind}, none for an unknown kind.
	 * @param inventory the tables the document contains and those its 目录 lists
	 */
	static List<String> of(String docKind, Collection<String> inventory) {
		if (docKind == null) {
			return List.of();
		}
		return switch (docKind) {
			case "final_account" -> FINAL_ACCOUNT;
			case "budget" -> inventory.contains(BUDGET_STATE_CAPITAL) ? BUDGET_WITH_STATE_CAPITAL : BUDGET;
			default -> List.of();
		};
	}

	/**
	 * Whether the tables a document contains or lists show its table set: at least one
	 * numbered table (FA…, BU…). Performance tables are appended to the narrative and say
	 * nothing about the set.
	 */
	static boolean showsTheSet(Collection<String> inventory) {
		return inventory.stream().anyMatch((code) -> code != null && !code.startsWith(PERFORMANCE));
	}

}
