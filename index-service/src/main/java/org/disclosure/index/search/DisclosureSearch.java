package org.disclosure.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.disclosure.index.documents.DisclosureDocument;
import org.disclosure.index.elasticsearch.IndexDefinition;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers searches and document look-ups from the {@code disclosures} index.
 */
public class DisclosureSearch {

	/** How much of a document's text a look-up returns. */
	public static final int CONTENT_PREVIEW_CHARS = 2000;

	private final ElasticsearchClient client;

	public DisclosureSearch(ElasticsearchClient client) {
		this.client = client;
	}

	public SearchResult search(SearchQuery query) throws IOException {
		SearchResponse<DisclosureDocument> response = this.client.search(SearchRequestFactory.create(query),
				DisclosureDocument.class);
		List<SearchResult.Hit> hits = response.hits().hits().stream().map(DisclosureSearch::hit).toList();
		long total = (response.hits().total() != null) ? response.hits().total().value() : hits.size();
		Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
		for (Facet facet : Facet.values()) {
			facets.put(facet.facetName(), facetValues(response.aggregations().get(facet.facetName())));
		}
		return new SearchResult(total, hits, facets);
	}

	/**
	 * The indexed document under {@code docId}, its {@code content} cut to
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
		return Optional.of(document);
	}

	private static SearchResult.Hit hit(Hit<DisclosureDocument> hit) {
		DisclosureDocument document = hit.source();
		List<String> highlights = new ArrayList<>();
		for (String field : List.of(SearchRequestFactory.CONTENT, SearchRequestFactory.TITLE)) {
			hit.highlight().getOrDefault(field, List.of()).stream().map(Highlights::merge).forEach(highlights::add);
			if (!highlights.isEmpty()) {
				break;
			}
		}
		if (document == null) {
			return new SearchResult.Hit(hit.id(), null, null, null, null, null, null, hit.score(), highlights);
		}
		var validation = document.validation();
		return new SearchResult.Hit(document.docId(), document.title(), document.department(), document.region(),
				document.fiscalYear(), document.docKind(),
				(validation != null) ? new DisclosureDocument.Validation(validation.status(), validation.errors(),
						validation.warnings(), null) : null,
				hit.score(), highlights);
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
