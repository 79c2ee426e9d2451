package org.disclosure.index.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import org.disclosure.index.documents.DisclosureDocument;
import org.disclosure.index.elasticsearch.IndexDefinition;

/**
 * Turns a {@link SearchQuery} into an Elasticsearch search on {@code disclosures}. Every
 * phrase is a {@code match_phrase}: with one token per CJK character that is an exact
 * substring match, blind to whitespace between characters in the document. Title and
 * department matches rank higher than content matches. Where the cluster has a Chinese
 * word segmenter, the phrases also score against the {@code .words} subfields: a document
 * where the phrase stands as whole words outranks one where it straddles words, but the
 * phrase still decides what matches.
 */
final class SearchRequestFactory {

	static final String CONTENT = "content";

	static final String TITLE = "title";

	static final String DEPARTMENT = "department";

	static final String WORDS = ".words";

	static final float TITLE_BOOST = 3;

	static final float DEPARTMENT_BOOST = 2;

	static final int FRAGMENT_CHARS = 120;

	static final int FRAGMENTS = 3;

	/** Stored for the document API; never sent with a hit. */
	static final List<String> NOT_IN_HITS = List.of(CONTENT, "table_contents", "figures");

	private SearchRequestFactory() {
	}

	/**
	 * @param wordFields whether the index has word-segmented {@code .words} subfields
	 */
	static SearchRequest create(SearchQuery query, boolean wordFields) {
		List<String> phrases = query.phrases();
		return SearchRequest.of((search) -> {
			search.index(IndexDefinition.DISCLOSURES.alias())
				.query(query(query, phrases, wordFields))
				.from(query.from())
				.size(query.size())
				.trackTotalHits((total) -> total.enabled(true))
				.source((source) -> source.filter((filter) -> filter.excludes(NOT_IN_HITS)))
				.aggregations(facets())
				.sort(sort(query, !phrases.isEmpty()));
			if (!phrases.isEmpty()) {
				search.highlight(highlight());
				if (query.sort() != SearchSort.RELEVANCE) {
					search.trackScores(true);
				}
			}
			return search;
		});
	}

	private static Query query(SearchQuery query, List<String> phrases, boolean wordFields) {
		return Query.of((root) -> root.bool((bool) -> {
			for (String phrase : phrases) {
				bool.must((must) -> must.bool((anyField) -> anyField.minimumShouldMatch("1")
					.should(phrase(CONTENT, phrase, 1))
					.should(phrase(TITLE, phrase, TITLE_BOOST))
					.should(phrase(DEPARTMENT, phrase, DEPARTMENT_BOOST))));
				if (wordFields) {
					bool.should(words(CONTENT, phrase, 1));
					bool.should(words(TITLE, phrase, TITLE_BOOST));
					bool.should(words(DEPARTMENT, phrase, DEPARTMENT_BOOST));
				}
			}
			term(bool::filter, "region.province", query.province());
			term(bool::filter, "region.city", query.city());
			term(bool::filter, "region.county", query.county());
			if (query.year() != null) {
				bool.filter((filter) -> filter.term((term) -> term.field("fiscal_year").value(query.year())));
			}
			term(bool::filter, "doc_kind", query.kind());
			term(bool::filter, "scope", query.scope());
			term(bool::filter, "publication.part", query.part());
			term(bool::filter, "validation.status", query.status());
			if (query.coverage() != null) {
				bool.filter(coverage(query.coverage()));
			}
			query.tables().forEach((table) -> term(bool::filter, "tables", table));
			if (query.rule() != null && query.severity() != null) {
				term(bool::filter, "validation.finding_rule_severities",
						DisclosureDocument.Validation.ruleSeverity(query.rule(), query.severity()));
			}
			else {
				term(bool::filter, "validation.finding_rules", query.rule());
				term(bool::filter, "validation.finding_severities", query.severity());
			}
			term(bool::filter, "validation.skipped_rules", query.skippedRule());
			return bool;
		}));
	}

	private static Query phrase(String field, String phrase, float boost) {
		return Query.of((query) -> query.matchPhrase((match) -> match.field(field).query(phrase).boost(boost)));
	}

	private static Query words(String field, String phrase, float boost) {
		return Query.of((query) -> query.match((match) -> match.field(field + WORDS).query(phrase).boost(boost)));
	}

	private static void term(Consumer<Query> filters, String field, String value) {
		if (value != null) {
			filters.accept(Query.of((query) -> query.term((term) -> term.field(field).value(FieldValue.of(value)))));
		}
	}

	/** Coverage within {@code range}: from inclusive, to exclusive. */
	private static Query coverage(CoverageRange range) {
		return Query.of((query) -> query.range((bounds) -> bounds.number((number) -> {
			number.field(Facet.COVERAGE.field());
			if (range.from() != null) {
				number.gte(range.from());
			}
			if (range.to() != null) {
				number.lt(range.to());
			}
			return number;
		})));
	}

	private static Map<String, Aggregation> facets() {
		Map<String, Aggregation> facets = new LinkedHashMap<>();
		for (Facet facet : Facet.values()) {
			facets.put(facet.facetName(), facet.ranges() ? coverageBands(facet) : Aggregation
				.of((aggregation) -> aggregation.terms((terms) -> terms.field(facet.field()).size(facet.size()))));
		}
		return facets;
	}

	/** One bucket per {@link CoverageRange}, keyed by its name in the API. */
	private static Aggregation coverageBands(Facet facet) {
		List<AggregationRange> bands = Arrays.stream(CoverageRange.values())
			.map((range) -> AggregationRange.of((band) -> band.key(range.key()).from(range.from()).to(range.to())))
			.toList();
		return Aggregation
			.of((aggregation) -> aggregation.range((ranges) -> ranges.field(facet.field()).ranges(bands)));
	}

	private static List<SortOptions> sort(SearchQuery query, boolean hasText) {
		List<SortOptions> sort = new ArrayList<>();
		SearchSort by = query.sort();
		if (by == SearchSort.RELEVANCE && hasText) {
			sort.add(SortOptions.of((option) -> option.score((score) -> score.order(SortOrder.Desc))));
		}
		else {
			SearchSort field = (by == SearchSort.RELEVANCE) ? SearchSort.YEAR : by;
			SortOrder order = (by == SearchSort.RELEVANCE || query.order() == null) ? field.defaultOrder()
					: ("asc".equals(query.order()) ? SortOrder.Asc : SortOrder.Desc);
			sort.add(SortOptions.of((option) -> option.field((sortField) -> sortField.field(field.field())
				.order(order)
				.missing("_last")
				.unmappedType(field.type()))));
			if (hasText) {
				sort.add(SortOptions.of((option) -> option.score((score) -> score.order(SortOrder.Desc))));
			}
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
