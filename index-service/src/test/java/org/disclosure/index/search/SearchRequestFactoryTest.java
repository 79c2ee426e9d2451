package org.disclosure.index.search;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SearchRequestFactoryTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void searchesTheDisclosuresAlias() {
		SearchRequest request = SearchRequestFactory.create(query("城乡医疗救助"), false);

		assertThat(request.index()).containsExactly("disclosures");
	}

	@Test
	void eachPhraseMustMatchContentTitleOrDepartmentAsAPhrase() {
		JsonNode must = body(query("城乡医疗救助 三公经费")).at("/query/bool/must");

		assertThat(must).hasSize(2);
		JsonNode first = must.get(0).at("/bool");
		assertThat(first.get("minimum_should_match").asString()).isEqualTo("1");
		assertThat(first.at("/should/0/match_phrase/content/query").asString()).isEqualTo("城乡医疗救助");
		assertThat(first.at("/should/1/match_phrase/title/query").asString()).isEqualTo("城乡医疗救助");
		assertThat(first.at("/should/1/match_phrase/title/boost").asDouble()).isEqualTo(3.0);
		assertThat(first.at("/should/2/match_phrase/department/query").asString()).isEqualTo("城乡医疗救助");
		assertThat(must.get(1).at("/bool/should/0/match_phrase/content/query").asString()).isEqualTo("三公经费");
	}

	@Test
	void filtersAreExactTermsOutsideTheScore() {
		SearchQuery query = SearchQuery.builder()
			.province("河南省")
			.city("洛阳市")
			.county("洛龙区")
			.year(2024)
			.kind("final_account")
			.status("failed")
			.tables("FA01", "FA09")
			.build();

		JsonNode bool = body(query).at("/query/bool");

		assertThat(bool.has("must")).isFalse();
		assertThat(bool.at("/filter/0/term/region.province/value").asString()).isEqualTo("河南省");
		assertThat(bool.at("/filter/1/term/region.city/value").asString()).isEqualTo("洛阳市");
		assertThat(bool.at("/filter/2/term/region.county/value").asString()).isEqualTo("洛龙区");
		assertThat(bool.at("/filter/3/term/fiscal_year/value").asInt()).isEqualTo(2024);
		assertThat(bool.at("/filter/4/term/doc_kind/value").asString()).isEqualTo("final_account");
		assertThat(bool.at("/filter/5/term/validation.status/value").asString()).isEqualTo("failed");
		assertThat(bool.at("/filter/6/term/tables/value").asString()).isEqualTo("FA01");
		assertThat(bool.at("/filter/7/term/tables/value").asString()).isEqualTo("FA09");
		assertThat(bool.get("filter")).hasSize(8);
	}

	@Test
	void aRuleOrASeverityAloneAsksForAnyFindingWithIt() {
		JsonNode rule = body(SearchQuery.builder().rule("NR-DETAIL").build()).at("/query/bool/filter");
		JsonNode severity = body(SearchQuery.builder().severity("warning").build()).at("/query/bool/filter");

		assertThat(rule).hasSize(1);
		assertThat(rule.at("/0/term/validation.finding_rules/value").asString()).isEqualTo("NR-DETAIL");
		assertThat(severity).hasSize(1);
		assertThat(severity.at("/0/term/validation.finding_severities/value").asString()).isEqualTo("warning");
	}

	@Test
	void aRuleWithASeverityAsksForOneFindingWithBoth() {
		JsonNode filter = body(SearchQuery.builder().rule("NR-DETAIL").severity("warning").build())
			.at("/query/bool/filter");

		assertThat(filter).hasSize(1);
		assertThat(filter.at("/0/term/validation.finding_rule_severities/value").asString())
			.isEqualTo("NR-DETAIL:warning");
	}

	@Test
	void withoutAWordSegmenterOnlyPhrasesAreAsked() {
		assertThat(body(query("城乡医疗救助")).at("/query/bool").has("should")).isFalse();
	}

	@Test
	void withAWordSegmenterPhrasesAlsoScoreOnTheWordsSubfields() {
		JsonNode bool = body(query("城乡医疗救助"), true).at("/query/bool");

		assertThat(bool.get("must")).hasSize(1);
		assertThat(bool.at("/must/0/bool/should/0/match_phrase/content/query").asString()).isEqualTo("城乡医疗救助");
		assertThat(bool.get("should")).hasSize(3);
		assertThat(bool.at("/should/0/match/content.words/query").asString()).isEqualTo("城乡医疗救助");
		assertThat(bool.at("/should/1/match/title.words/boost").asDouble()).isEqualTo(3.0);
		assertThat(bool.at("/should/2/match/department.words/query").asString()).isEqualTo("城乡医疗救助");
		assertThat(bool.has("minimum_should_match")).isFalse();
	}

	@Test
	void everySearchCountsTheFacets() {
		JsonNode aggregations = body(query(null)).get("aggregations");

		assertThat(aggregations.propertyNames()).containsExactly("province", "city", "county", "fiscal_year",
				"doc_kind", "scope", "part", "validation_status", "coverage", "tables", "rule", "severity",
				"skipped_rule");
		assertThat(aggregations.at("/province/terms/field").asString()).isEqualTo("region.province");
		assertThat(aggregations.at("/validation_status/terms/field").asString()).isEqualTo("validation.status");
		assertThat(aggregations.at("/tables/terms/field").asString()).isEqualTo("tables");
		assertThat(aggregations.at("/rule/terms/field").asString()).isEqualTo("validation.finding_rules");
		assertThat(aggregations.at("/severity/terms/field").asString()).isEqualTo("validation.finding_severities");
		assertThat(aggregations.at("/scope/terms/field").asString()).isEqualTo("scope");
		assertThat(aggregations.at("/part/terms/field").asString()).isEqualTo("publication.part");
		assertThat(aggregations.at("/skipped_rule/terms/field").asString()).isEqualTo("validation.skipped_rules");
	}

	@Test
	void coverageIsCountedInBandsFromInclusiveToExclusive() {
		JsonNode coverage = body(query(null)).at("/aggregations/coverage/range");

		assertThat(coverage.get("field").asString()).isEqualTo("validation.coverage");
		assertThat(coverage.get("ranges")).hasSize(3);
		assertThat(coverage.at("/ranges/0/key").asString()).isEqualTo("<0.5");
		assertThat(coverage.at("/ranges/0").has("from")).isFalse();
		assertThat(coverage.at("/ranges/0/to").asDouble()).isEqualTo(0.5);
		assertThat(coverage.at("/ranges/1/key").asString()).isEqualTo("0.5-0.9");
		assertThat(coverage.at("/ranges/1/from").asDouble()).isEqualTo(0.5);
		assertThat(coverage.at("/ranges/1/to").asDouble()).isEqualTo(0.9);
		assertThat(coverage.at("/ranges/2/key").asString()).isEqualTo(">=0.9");
		assertThat(coverage.at("/ranges/2/from").asDouble()).isEqualTo(0.9);
		assertThat(coverage.at("/ranges/2").has("to")).isFalse();
	}

	@Test
	void scopePartCoverageAndASkippedRuleAreFilters() {
		SearchQuery query = SearchQuery.builder()
			.scope("unit")
			.part("tables")
			.coverage(CoverageRange.PARTIAL)
			.skippedRule("BU05-ROW")
			.build();

		JsonNode filter = body(query).at("/query/bool/filter");

		assertThat(filter).hasSize(4);
		assertThat(filter.at("/0/term/scope/value").asString()).isEqualTo("unit");
		assertThat(filter.at("/1/term/publication.part/value").asString()).isEqualTo("tables");
		assertThat(filter.at("/2/range/validation.coverage/gte").asDouble()).isEqualTo(0.5);
		assertThat(filter.at("/2/range/validation.coverage/lt").asDouble()).isEqualTo(0.9);
		assertThat(filter.at("/3/term/validation.skipped_rules/value").asString()).isEqualTo("BU05-ROW");
		JsonNode low = body(SearchQuery.builder().coverage(CoverageRange.LOW).build()).at("/query/bool/filter/0/range");
		assertThat(low.at("/validation.coverage/lt").asDouble()).isEqualTo(0.5);
		assertThat(low.at("/validation.coverage").has("gte")).isFalse();
	}

	@Test
	void hitsLeaveTheTextBehindButHighlightIt() {
		JsonNode body = body(query("城乡医疗救助"));

		assertThat(body.at("/_source/excludes")).extracting(JsonNode::asString)
			.containsExactly("content", "table_contents", "figures");
		assertThat(body.at("/highlight/pre_tags/0").asString()).isEqualTo("<em>");
		assertThat(body.at("/highlight/fields/content/number_of_fragments").asInt()).isEqualTo(3);
		assertThat(body.at("/track_total_hits").asBoolean()).isTrue();
	}

	@Test
	void withoutTextNothingIsHighlightedAndNewestYearsComeFirst() {
		JsonNode body = body(query(null));

		assertThat(body.has("highlight")).isFalse();
		assertThat(body.at("/sort/0/fiscal_year/order").asString()).isEqualTo("desc");
		assertThat(body.at("/sort/1/doc_id/order").asString()).isEqualTo("asc");
	}

	@Test
	void withTextTheBestMatchesComeFirst() {
		JsonNode body = body(query("城乡医疗救助"));

		assertThat(body.at("/sort/0/_score/order").asString()).isEqualTo("desc");
		assertThat(body.at("/sort/1/doc_id/order").asString()).isEqualTo("asc");
		assertThat(body.has("track_scores")).isFalse();
	}

	@Test
	void fieldSortsUseTheirOwnDirectionThenRelevanceAndSurviveAnUnmappedField() {
		JsonNode errors = body(SearchQuery.builder().text("城乡医疗救助").sort(SearchSort.ERRORS, null).build());
		JsonNode department = body(SearchQuery.builder().sort(SearchSort.DEPARTMENT, null).build());
		JsonNode oldestFirst = body(SearchQuery.builder().sort(SearchSort.YEAR, "asc").build());

		assertThat(errors.at("/sort/0/validation.errors/order").asString()).isEqualTo("desc");
		assertThat(errors.at("/sort/0/validation.errors/missing").asString()).isEqualTo("_last");
		assertThat(errors.at("/sort/0/validation.errors/unmapped_type").asString()).isEqualTo("integer");
		assertThat(errors.at("/sort/1/_score/order").asString()).isEqualTo("desc");
		assertThat(errors.at("/track_scores").asBoolean()).isTrue();
		assertThat(department.at("/sort/0/department.keyword/order").asString()).isEqualTo("asc");
		assertThat(department.at("/sort/1/doc_id/order").asString()).isEqualTo("asc");
		assertThat(oldestFirst.at("/sort/0/fiscal_year/order").asString()).isEqualTo("asc");
	}

	@Test
	void pagesBecomeFromAndSize() {
		JsonNode body = body(SearchQuery.builder().page(3, 20).build());

		assertThat(body.get("from").asInt()).isEqualTo(40);
		assertThat(body.get("size").asInt()).isEqualTo(20);
	}

	private static SearchQuery query(String text) {
		return SearchQuery.builder().text(text).build();
	}

	private static JsonNode body(SearchQuery query) {
		return body(query, false);
	}

	private static JsonNode body(SearchQuery query, boolean wordFields) {
		return JSON.readTree(
				JsonpUtils.toJsonString(SearchRequestFactory.create(query, wordFields), new Jackson3JsonpMapper()));
	}

}
