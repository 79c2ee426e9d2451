package org.disclosure.index.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import org.disclosure.index.elasticsearch.IndexDefinition;

/**
 * Turns a {@link SearchQuery} into an Elasticsearch search on {@code disclosures}. Every
 * phrase is a {@code match_phrase}: with one token per CJK character that is an exact
 * substring match, blind to whitespace between characters in the document. Title and
 * department matches rank higher than content matches.
 */
final class SearchRequestFactory {

	static final String CONTENT = "content";

	static final String TITLE = "title";

	static final String DEPARTMENT = "department";

	static final float TITLE_BOOST = 3;

	static final float DEPARTMENT_BOOST = 2;

	static final int FRAGMENT_CHARS = 120;

	static final int FRAGMENTS = 3;

	private SearchRequestFactory() {
	}

	static SearchRequest create(SearchQuery query) {
		List<String> phrases = query.phrases();
		return SearchRequest.of((search) -> {
			search.index(IndexDefinition.DISCLOSURES.alias())
				.query(query(query, phrases))
				.from(query.from())
				.size(query.size())
				.trackTotalHits((total) -> total.enabled(true))
				.source((source) -> source.filter((filter) -> filter.excludes(CONTENT)))
				.aggregations(facets())
				.sort(sort(phrases));
			if (!phrases.isEmpty()) {
				search.highlight(highlight());
			}
			return search;
		});
	}

	private static Query query(SearchQuery query, List<String> phrases) {
		return Query.of((root) -> root.bool((bool) -> {
			for (String phrase : phrases) {
				bool.must((must) -> must.bool((anyField) -> anyField.minimumShouldMatch("1")
					.should(phrase(CONTENT, phrase, 1))
					.should(phrase(TITLE, phrase, TITLE_BOOST))
					.should(phrase(DEPARTMENT, phrase, DEPARTMENT_BOOST))));
			}
			term(bool::filter, "region.province", query.province());
			term(bool::filter, "region.city", query.city());
			term(bool::filter, "region.county", query.county());
			if (query.year() != null) {
				bool.filter((filter) -> filter.term((term) -> term.field("fiscal_year").value(query.year())));
			}
			term(bool::filter, "doc_kind", query.kind());
			term(bool::filter, "validation.status", query.status());
			return bool;
		}));
	}

	private static Query phrase(String field, String phrase, float boost) {
		return Query.of((query) -> query.matchPhrase((match) -> match.field(field).query(phrase).boost(boost)));
	}

	private static void term(Consumer<Query> filters, String field, String value) {
		if (value != null) {
			filters.accept(Query.of((query) -> query.term((term) -> term.field(field).value(FieldValue.of(value)))));
		}
	}

	private static Map<String, Aggregation> facets() {
		Map<String, Aggregation> facets = new LinkedHashMap<>();
		for (Facet facet : Facet.values()) {
			facets.put(facet.facetName(), Aggregation
				.of((aggregation) -> aggregation.terms((terms) -> terms.field(facet.field()).size(facet.size()))));
		}
		return facets;
	}

	private static List<SortOptions> sort(List<String> phrases) {
		List<SortOptions> sort = new ArrayList<>();
		if (!phrases.isEmpty()) {
			sort.add(SortOptions.of((option) -> option.score((score) -> score.order(SortOrder.Desc))));
		}
		else {
			sort.add(SortOptions.of((option) -> option
				.field((field) -> field.field("fiscal_year").order(SortOrder.Desc).missing("_last"))));
		}
		sort.add(SortOptions.of((option) -> option.field((field) -> field.field("doc_id").order(SortOrder.Asc))));
		return sort;
	}

	private static Highlight highlight() {
		return Highlight.of((highlight) -> highlight.preTags("<em>")
			.postTags("</em>")
			.fields(CONTENT, (field) -> field.fragmentSize(FRAGMENT_CHARS).numberOfFragments(FRAGMENTS))
			.fields(TITLE, (field) -> field.numberOfFragments(0)));
	}

}
