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
		SearchRequest request = SearchRequestFactory.create(query("城乡医疗救助"));

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
		SearchQuery query = new SearchQuery(null, "河南省", "洛阳市", "洛龙区", 2024, "final_account", "failed", 1, 10);

		JsonNode bool = body(query).at("/query/bool");

		assertThat(bool.has("must")).isFalse();
		assertThat(bool.at("/filter/0/term/region.province/value").asString()).isEqualTo("河南省");
		assertThat(bool.at("/filter/1/term/region.city/value").asString()).isEqualTo("洛阳市");
		assertThat(bool.at("/filter/2/term/region.county/value").asString()).isEqualTo("洛龙区");
		assertThat(bool.at("/filter/3/term/fiscal_year/value").asInt()).isEqualTo(2024);
		assertThat(bool.at("/filter/4/term/doc_kind/value").asString()).isEqualTo("final_account");
		assertThat(bool.at("/filter/5/term/validation.status/value").asString()).isEqualTo("failed");
	}

	@Test
	void everySearchCountsTheFacets() {
		JsonNode aggregations = body(query(null)).get("aggregations");

		assertThat(aggregations.propertyNames()).containsExactly("province", "city", "county", "fiscal_year",
				"doc_kind", "validation_status");
		assertThat(aggregations.at("/province/terms/field").asString()).isEqualTo("region.province");
		assertThat(aggregations.at("/validation_status/terms/field").asString()).isEqualTo("validation.status");
	}

	@Test
	void hitsLeaveTheTextBehindButHighlightIt() {
		JsonNode body = body(query("城乡医疗救助"));

		assertThat(body.at("/_source/excludes/0").asString()).isEqualTo("content");
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
	}

	@Test
	void pagesBecomeFromAndSize() {
		JsonNode body = body(new SearchQuery(null, null, null, null, null, null, null, 3, 20));

		assertThat(body.get("from").asInt()).isEqualTo(40);
		assertThat(body.get("size").asInt()).isEqualTo(20);
	}

	private static SearchQuery query(String text) {
		return new SearchQuery(text, null, null, null, null, null, null, 1, 10);
	}

	private static JsonNode body(SearchQuery query) {
		return JSON.readTree(JsonpUtils.toJsonString(SearchRequestFactory.create(query), new Jackson3JsonpMapper()));
	}

}
