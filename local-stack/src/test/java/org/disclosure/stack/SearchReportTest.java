package org.disclosure.stack;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchReportTest {

	private static final String RESPONSE = """
			{"total": 2,
			 "hits": [
			   {"doc_id": "3f2a", "title": "许昌市卫生健康委员会2024年部门决算", "department": "许昌市卫生健康委员会",
			    "region": {"province": "河南省", "city": "许昌市"}, "fiscal_year": 2024, "doc_kind": "final_account",
			    "validation": {"status": "passed"}, "score": 7.3125,
			    "highlights": ["…用于<em>城乡医疗救助</em>支出 120.5 万元…", "第二段\\n<em>城乡医疗救助</em>"]},
			   {"doc_id": "9b1c"}
			 ],
			 "facets": {"province": [{"value": "河南省", "count": 2}],
			            "doc_kind": [{"value": "final_account", "count": 1}, {"value": "budget", "count": 1}],
			            "county": []}}
			""";

	@Test
	void printsHitsWithTheirMetadataAndMarkedSnippets() {
		String report = SearchReport.format(Json.parseObject(RESPONSE), "城乡医疗救助", Map.of(), false);
		assertThat(report).startsWith("2 documents match \"城乡医疗救助\"\n");
		assertThat(report).contains(" 1. 许昌市卫生健康委员会2024年部门决算\n");
		assertThat(report).contains("    河南省 / 许昌市 · 2024 · final_account (决算) · validation passed · score 7.31\n");
		assertThat(report).contains("    … …用于【城乡医疗救助】支出 120.5 万元… …\n");
		assertThat(report).contains("    … 第二段 【城乡医疗救助】 …\n");
		assertThat(report).contains("    doc 3f2a\n");
	}

	@Test
	void aHitWithoutFieldsStillPrints() {
		String report = SearchReport.format(Json.parseObject(RESPONSE), "x", Map.of(), false);
		assertThat(report).contains(" 2. (untitled)\n    doc 9b1c\n");
	}

	@Test
	void printsFacetCounts() {
		String report = SearchReport.format(Json.parseObject(RESPONSE), "x", Map.of(), false);
		assertThat(report).contains("\nFacets\n");
		assertThat(report).contains("  province  河南省 2\n");
		assertThat(report).contains("  doc_kind  final_account 1 · budget 1\n");
		assertThat(report).contains("  county    -\n");
	}

	@Test
	void namesTheFiltersInTheHeading() {
		String report = SearchReport.format(Json.parseObject("{\"total\": 0, \"hits\": []}"), "救助",
				Map.of("province", "河南省"), false);
		assertThat(report).isEqualTo("0 documents match \"救助\"  (province=河南省)\n");
	}

	@Test
	void toleratesElasticsearchShapes() {
		String response = """
				{"total": {"value": 1}, "hits": [{"title": "T", "department": "D",
				  "highlights": {"content": ["a <em>b</em>"]}}],
				 "facets": {"fiscal_year": [{"key": 2024, "doc_count": 1}]}}
				""";
		String report = SearchReport.format(Json.parseObject(response), "b", Map.of(), false);
		assertThat(report).startsWith("1 document matches \"b\"");
		assertThat(report).contains(" 1. T — D\n");
		assertThat(report).contains("… a 【b】 …");
		assertThat(report).contains("fiscal_year  2024 1");
	}

	@Test
	void showsErrorsRulesAndTablesOfAHit() {
		String response = """
				{"total": 1, "hits": [{"doc_id": "a", "title": "T",
				  "validation": {"status": "failed", "errors": 3, "warnings": 1, "finding_rules": ["NR-DETAIL", "NR-STRUCT"]},
				  "tables": ["FA01", "FA02"]}],
				 "facets": {"rule": [{"value": "NR-DETAIL", "count": 1}], "severity": [{"value": "error", "count": 1}]}}
				""";
		String report = SearchReport.format(Json.parseObject(response), "T", Map.of(), false);
		assertThat(report).contains("    validation failed (3 errors, 1 warning)\n")
			.contains("    rules NR-DETAIL, NR-STRUCT · 2 tables FA01 FA02\n")
			.contains("  rule      NR-DETAIL 1\n")
			.contains("  severity  error 1\n");
	}

	@Test
	void showsAnIncompleteVerdictWithTheShareOfRulesThatRanAndTheNewFacets() {
		String response = """
				{"total": 1, "hits": [{"doc_id": "a", "title": "T",
				  "validation": {"status": "incomplete", "warnings": 1, "coverage": 0.42}}],
				 "facets": {"coverage": [{"value": "<0.5", "count": 1}],
				            "skipped_rule": [{"value": "FA05-ROW", "count": 1}]}}
				""";
		String report = SearchReport.format(Json.parseObject(response), null, Map.of("coverage", "<0.5"), false);
		assertThat(report).startsWith("1 document matches  (coverage=<0.5)\n")
			.contains("    validation incomplete (1 warning) · rules run 42 %\n")
			.contains("  coverage      <0.5 1\n")
			.contains("  skipped_rule  FA05-ROW 1\n");
	}

	@Test
	void aSearchByFiltersAloneHasNoQuotedQuery() {
		String report = SearchReport.format(Json.parseObject("{\"total\": 3, \"hits\": []}"), null,
				Map.of("rule", "NR-DETAIL"), false);
		assertThat(report).startsWith("3 documents match  (rule=NR-DETAIL)\n");
	}

	@Test
	void marksMatchesWithColourOnATerminal() {
		assertThat(SearchReport.mark("x<em>y</em>z", true)).isEqualTo("x\u001b[1;33my\u001b[0mz");
	}

	@Test
	void saysWhenOnlySomeHitsAreShown() {
		String report = SearchReport.format(Json.parseObject("{\"total\": 40, \"hits\": [{\"doc_id\": \"a\"}]}"), "q",
				Map.of(), false);
		assertThat(report).contains("showing 1 (more with --size N or --page N)\n");
	}

}
