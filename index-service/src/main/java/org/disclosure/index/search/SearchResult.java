package org.disclosure.index.search;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.disclosure.index.documents.DisclosureDocument;

/**
 * The answer of {@code GET /api/v1/search}: the total, one page of hits and the facet
 * counts of everything matching (province, city, county, fiscal_year, doc_kind,
 * validation_status).
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {

	/** One matching disclosure; a field the document lacks is absent here too. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Hit(@JsonProperty("doc_id") String docId, String title, String department,
			DisclosureDocument.Region region, @JsonProperty("fiscal_year") Integer fiscalYear,
			@JsonProperty("doc_kind") String docKind, DisclosureDocument.Validation validation, Double score,
			List<String> highlights) {
	}

	/** A facet value and how many matching disclosures have it. */
	public record FacetValue(Object value, long count) {
	}

}
