package org.disclosure.index.search;

/**
 * The facets every search answers with: name in the response, field counted, most values
 * returned. Each counts the disclosures matching the whole search, filters included: a
 * keyword field by its values, most frequent first, {@code validation.coverage} by the
 * bands of {@link CoverageRange}, in their order.
 */
enum Facet {

	PROVINCE("province", "region.province", 50), CITY("city", "region.city", 200),
	COUNTY("county", "region.county", 500), FISCAL_YEAR("fiscal_year", "fiscal_year", 50),
	DOC_KIND("doc_kind", "doc_kind", 10), SCOPE("scope", "scope", 10), PART("part", "publication.part", 10),
	VALIDATION_STATUS("validation_status", "validation.status", 10),
	COVERAGE("coverage", "validation.coverage", CoverageRange.values().length), TABLES("tables", "tables", 100),
	RULE("rule", "validation.finding_rules", 200), SEVERITY("severity", "validation.finding_severities", 10),
	SKIPPED_RULE("skipped_rule", "validation.skipped_rules", 200);

	private final String facetName;

	private final String field;

	private final int size;

	Facet(String facetName, String field, int size) {
		this.facetName = facetName;
		this.field = field;
		this.size = size;
	}

	String facetName() {
		return this.facetName;
	}

	String field() {
		return this.field;
	}

	int size() {
		return this.size;
	}

	/**
	 * True when the facet counts bands of a number rather than the values of a keyword.
	 */
	boolean ranges() {
		return this == COVERAGE;
	}

}
