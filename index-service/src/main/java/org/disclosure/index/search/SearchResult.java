package org.disclosure.index.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.disclosure.index.documents.DisclosureDocument;

/**
 * The answer of {@code GET /api/v1/search}: the total, one page of hits and the facet
 * counts of everything matching (province, city, county, fiscal_year, doc_kind, scope,
 * part, validation_status, coverage, tables, rule, severity, skipped_rule).
 */
public record SearchResult(long total, int page, int size, String sort, List<Hit> hits,
		Map<String, List<FacetValue>> facets) {

	/** One matching disclosure; a field the document lacks is absent here too. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Hit(@JsonProperty("doc_id") String docId, String title, String department,
			DisclosureDocument.Region region, @JsonProperty("fiscal_year") Integer fiscalYear,
			@JsonProperty("doc_kind") String docKind, List<String> tables, Validation validation, Double score,
			List<String> highlights) {
	}

	/**
	 * The verdict on a hit: its status, error and warning counts, the rules its findings
	 * have, and the share of the applicable rules that ran.
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Validation(String status, Integer errors, Integer warnings,
			@JsonProperty("finding_rules") List<String> findingRules, BigDecimal coverage) {

		static Validation of(DisclosureDocument.Validation validation) {
			return (validation != null) ? new Validation(validation.status(), validation.errors(),
					validation.warnings(), validation.findingRules(), validation.coverage()) : null;
		}

	}

	/** A facet value and how many matching disclosures have it. */
	public record FacetValue(Object value, long count) {
	}

}
