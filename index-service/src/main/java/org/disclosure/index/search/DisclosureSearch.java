package org.disclosure.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.disclosure.index.documents.DisclosureDocument;
import org.disclosure.index.elasticsearch.ChineseAnalysis;
import org.disclosure.index.elasticsearch.IndexDefinition;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers searches from the {@code disclosures} index, and document look-ups from it and
 * {@code disclosure-findings}.
 */
public class DisclosureSearch {

	/** How much of a document's text a look-up returns. */
	public static final int CONTENT_PREVIEW_CHARS = 2000;

	/** Findings read per request for a document look-up. */
	private static final int FINDINGS_PAGE = 1000;

	private static final List<String> FINDING_FIELDS = List.of("finding_id", "rule_id", "rule_title", "severity",
			"message", "expected", "actual", "difference", "unit", "tolerance", "location", "page", "documents");

	private final ElasticsearchClient client;

	private final boolean wordFields;

	/**
	 * @param analysis the Chinese analysis plugin the indices were built with: with one,
	 * phrases also score on the word-segmented subfields
	 */
	public DisclosureSearch(ElasticsearchClient client, ChineseAnalysis analysis) {
		this.client = client;
		this.wordFields = analysis.analyzer() != null;
	}

	public SearchResult search(SearchQuery query) throws IOException {
		SearchResponse<DisclosureDocument> response = this.client
			.search(SearchRequestFactory.create(query, this.wordFields), DisclosureDocument.class);
		List<SearchResult.Hit> hits = response.hits().hits().stream().map(DisclosureSearch::hit).toList();
		long total = (response.hits().total() != null) ? response.hits().total().value() : hits.size();
		Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
		for (Facet facet : Facet.values()) {
			facets.put(facet.facetName(), facetValues(response.aggregations().get(facet.facetName())));
		}
		return new SearchResult(total, query.page(), query.size(), query.sort().value(), hits, facets);
	}

	/**
	 * The indexed document under {@code docId} with its parsed tables
	 * ({@code table_contents}), narrative figures ({@code figures}) and the findings of
	 * the rule catalogue ({@code findings}, from {@code disclosure-findings}, in the
	 * order the catalogue gave them). Its {@code content} is cut to
	 * {@link #CONTENT_PREVIEW_CHARS} characters ({@code content_chars} tells the full
	 * length, {@code content_truncated} whether it was cut).
	 */
	public Optional<ObjectNode> document(String docId) throws IOException {
		GetResponse<ObjectNode> response = this.client
			.get((get) -> get.index(IndexDefinition.DISCLOSURES.alias()).id(docId), ObjectNode.class);
		if (!response.found() || response.source() == null) {
			return Optional.empty();
		}
		ObjectNode document = response.source();
		if (document.hasNonNull("content")) {
			String content = document.get("content").asString();
			boolean truncated = content.length() > CONTENT_PREVIEW_CHARS;
			document.put("content", truncated ? content.substring(0, CONTENT_PREVIEW_CHARS) : content);
			document.put("content_chars", content.length());
			document.put("content_truncated", truncated);
		}
		ArrayNode findings = document.putArray("findings");
		findings(docId).forEach(findings::add);
		return Optional.of(document);
	}

	/** The findings on {@code docId}, in the order the rule catalogue gave them. */
	private List<ObjectNode> findings(String docId) throws IOException {
		List<Hit<ObjectNode>> hits = new ArrayList<>();
		List<FieldValue> after = null;
		while (true) {
			List<FieldValue> from = after;
			SearchResponse<ObjectNode> page = this.client.search((search) -> {
				search.index(IndexDefinition.FINDINGS.alias())
					.size(FINDINGS_PAGE)
					.source((source) -> source.filter((filter) -> filter.includes(FINDING_FIELDS)))
					.query((query) -> query.term((term) -> term.field("doc_id").value(docId)))
					.sort((sort) -> sort.field((field) -> field.field("finding_id").order(SortOrder.Asc)));
				if (from != null) {
					search.searchAfter(from);
				}
				return search;
			}, ObjectNode.class);
			hits.addAll(page.hits().hits());
			if (page.hits().hits().size() < FINDINGS_PAGE) {
				break;
			}
			after = hits.get(hits.size() - 1).sort();
		}
		return hits.stream()
			.sorted(Comparator.comparingLong((Hit<ObjectNode> hit) -> ordinal(hit.id())))
			.map(Hit::source)
			.filter(Objects::nonNull)
			.toList();
	}

	/** The n of a finding id {@code doc_id:n}. */
	private static long ordinal(String findingId) {
		String n = findingId.substring(findingId.lastIndexOf(':') + 1);
		return n.matches("\\d{1,18}") ? Long.parseLong(n) : Long.MAX_VALUE;
	}

	private static SearchResult.Hit hit(Hit<DisclosureDocument> hit) {
		DisclosureDocument document = hit.source();
		List<String> highlights = new ArrayList<>();
		for (String field : List.of(SearchRequestFactory.CONTENT, SearchRequestFactory.TITLE)) {
			hit.highlight()
				.getOrDefault(field, List.of())
				.stream()
				.map(Highlights::merge)
				.filter((fragment) -> !highlights.contains(fragment))
				.forEach(highlights::add);
			if (!highlights.isEmpty()) {
				break;
			}
		}
		if (document == null) {
			return new SearchResult.Hit(hit.id(), null, null, null, null, null, null, null, hit.score(), highlights);
		}
		return new SearchResult.Hit(document.docId(), document.title(), document.department(), document.region(),
				document.fiscalYear(), document.docKind(), document.tables(),
				SearchResult.Validation.of(document.validation()), hit.score(), highlights);
	}

	private static List<SearchResult.FacetValue> facetValues(Aggregate aggregate) {
		if (aggregate == null) {
			return List.of();
		}
		if (aggregate.isSterms()) {
			return aggregate.sterms()
				.buckets()
				.array()
				.stream()
				.map((bucket) -> new SearchResult.FacetValue(bucket.key().stringValue(), bucket.docCount()))
				.toList();
		}
		if (aggregate.isRange()) {
			return aggregate.range()
				.buckets()
				.array()
				.stream()
				.filter((bucket) -> bucket.docCount() > 0)
				.map((bucket) -> new SearchResult.FacetValue(bucket.key(), bucket.docCount()))
				.toList();
		}
		if (aggregate.isLterms()) {
			return aggregate.lterms()
				.buckets()
				.array()
				.stream()
				.map((bucket) -> new SearchResult.FacetValue(bucket.key(), bucket.docCount()))
				.toList();
		}
		return List.of();
	}

}
