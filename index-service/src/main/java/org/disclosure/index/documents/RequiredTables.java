package org.disclosure.index.documents;

import java.util.List;

/**
 * The tables a disclosure of each kind must contain (DOMAIN.md, "Canonical table codes"):
 * a final account FA01–FA09, a budget BU01–BU12. BU13/BU14 and the performance tables are
 * asked for by some provinces only, so they are not required here.
 */
final class RequiredTables {

	static final List<String> FINAL_ACCOUNT = List.of("FA01", "FA02", "FA03", "FA04", "FA05", "FA06", "FA07", "FA08",
			"FA09");

	static final List<String> BUDGET = List.of("BU01", "BU02", "BU03", "BU04", "BU05", "BU06", "BU07", "BU08", "BU09",
			"BU10", "BU11", "BU12");

	private RequiredTables() {
	}

	/** The required tables of {@code docKind}, none for an unknown kind. */
	static List<String> of(String docKind) {
		if (docKind == null) {
			return List.of();
		}
		return switch (docKind) {
			case "final_account" -> FINAL_ACCOUNT;
			case "budget" -> BUDGET;
			default -> List.of();
		};
	}

}
