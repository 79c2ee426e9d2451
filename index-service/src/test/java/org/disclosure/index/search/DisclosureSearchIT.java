package org.disclosure.index.search;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.Region;
import org.disclosure.contracts.Severity;
import org.disclosure.contracts.Publication;
import org.disclosure.contracts.Validation;
import org.disclosure.contracts.Validation.SkippedRule;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;
import org.disclosure.index.RealElasticsearch;
import org.disclosure.index.elasticsearch.BulkWriter;
import org.disclosure.index.elasticsearch.ChineseAnalysis;
import org.disclosure.index.elasticsearch.DisclosureIndexer;
import org.disclosure.index.elasticsearch.PartsIndexer;
import org.disclosure.support.blob.BlobStore;
import org.disclosure.support.blob.FileSystemBlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching a real cluster holding the three fixture disclosures (their text as the
 * parser extracts it from the .txt files; their metadata, tables and findings from
 * {@code expected/*.json}), five made-up ones that test the edges of phrase matching,
 * ranking and the facets, and three that test scope, split publications and verdicts
 * earned on real documents (a Jiangsu unit budget published as a narrative file and a
 * tables file, a Shanghai district final account). Expected counts are computed from what
 * was indexed where they can be.
 */
class DisclosureSearchIT {

	private static final String PHRASE = "城乡医疗救助";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> FIXTURES = List.of("luolong-2024-final", "xuchang-2024-final",
			"lushi-2024-budget");

	/** Each indexed disclosure by name, in the order indexed. */
	private static final Map<String, Indexed> CORPUS = new LinkedHashMap<>();

	@TempDir
	static Path blobRoot;

	private static ElasticsearchClient client;

	private static DisclosureSearch search;

	@BeforeAll
	static void indexCorpus() {
		client = RealElasticsearch.client();
		RealElasticsearch.freshIndices(client);
		search = new DisclosureSearch(client, ChineseAnalysis.NONE);
		BlobStore blobs = new FileSystemBlobStore(blobRoot);
		DisclosureIndexer indexer = new DisclosureIndexer(new BulkWriter(client, true), new PartsIndexer(client), blobs,
				Clock.systemUTC());
		for (String name : FIXTURES) {
			FixtureDocument txt = Fixtures.documents()
				.stream()
				.filter((fixture) -> fixture.document().equals(name) && fixture.format().equals("txt"))
				.findFirst()
				.orElseThrow();
			JsonNode expected = JSON.readTree(Fixtures.expectedJson(name));
			List<Finding> findings = new ArrayList<>();
			expected.get("findings_expected")
				.forEach((finding) -> findings
					.add(new Finding(finding.get("rule").asString(), null, severity(finding.get("severity").asString()),
							finding.get("what").asString(), null, null, null, null)));
			index(indexer, blobs, name, new String(txt.bytes(), StandardCharsets.UTF_8),
					fixtureMetadata(expected.get("metadata")), strings(expected.get("tables_present")),
					strings(expected.get("tables_missing")), null, Validation.of(40, findings));
		}
		index(indexer, blobs, "split", "2023年度城乡 医疗\n救助支出12.00万元。",
				metadata("洛阳市洛龙区医疗保障局", "河南省", "洛阳市", "洛龙区", 2023, DocKind.FINAL_ACCOUNT), List.of("FA01", "FA03"),
				Validation.of(40,
						List.of(finding("NR-DETAIL", Severity.WARNING), finding("FA01-INC-SUM", Severity.INFO))));
		index(indexer, blobs, "scattered", "城乡居民医疗保险和医疗救助",
				metadata("洛阳市医疗保障局", "河南省", "洛阳市", null, 2023, DocKind.BUDGET), List.of("BU01"),
				Validation.of(40, List.of()));
		index(indexer, blobs, "reversed", "医疗救助与城乡统筹",
				metadata("成都市武侯区医疗保障局", "四川省", "成都市", "武侯区", 2024, DocKind.FINAL_ACCOUNT), List.of("FA01"),
				Validation.of(40, List.of(finding("FA01-BALANCE", Severity.ERROR))));
		index(indexer, blobs, "bare", "三公经费支出情况说明",
				new DisclosureMetadata("某单位情况说明", null, null, null, null, null, null, null, null), List.of(), null);
		index(indexer, blobs, "titled", "城乡医疗救助资金当年支出50.00万元。",
				new DisclosureMetadata("2024年度城乡医疗救助资金使用情况", "开封市医疗保障局", new Region("河南省", "开封市", null, null), "city",
						2024, DocKind.FINAL_ACCOUNT, null, "万元", null),
				List.of("FA01", "FA09"), Validation.of(40, List.of()));
		indexSplitPublicationAndShanghai(indexer, blobs);
	}

	/**
	 * A unit budget published as two files that the validator read together, and a
	 * district final account of a municipality (no city level) printed in 元. Their
	 * coverages sit on the bands' edges: 0.42, 0.50 and 0.90.
	 */
	private static void indexSplitPublicationAndShanghai(DisclosureIndexer indexer, BlobStore blobs) {
		String narrativeText = "2019年江苏省财政厅单位预算说明：收入预算16497.86万元，比上年增加3.2%。";
		String tablesText = "2019年江苏省财政厅单位预算表 收支预算总表 单位：元";
		String narrativeId = docId("jiangsu-narrative", narrativeText);
		String tablesId = docId("jiangsu-tables", tablesText);
		String key = "江苏省财政厅|2019|budget";
		DisclosureMetadata jiangsu = new DisclosureMetadata("2019年江苏省财政厅单位预算", "江苏省财政厅",
				new Region("江苏省", null, null, null), "province", 2019, DocKind.BUDGET, null, "万元", null, "unit");
		index(indexer, blobs, "jiangsu-narrative", narrativeText, jiangsu, List.of(), List.of(),
				new Publication(Publication.NARRATIVE, key),
				Validation.of(12, List.of(finding("NR-YOY", Severity.WARNING)), new BigDecimal("0.42"),
						List.of(new SkippedRule("BU05-ROW", "table BU05 not read"),
								new SkippedRule("BU08", "table BU08 not read")),
						true, List.of(tablesId)));
		Finding rounding = new Finding("BU01", "收支平衡", Severity.INFO, "收入总计与支出总计相差尾数", new BigDecimal("16497.86"),
				new BigDecimal("16497.87"), new BigDecimal("0.01"), "收支预算总表 收入总计", 2, "万元", "±0.015 (n = 2)",
				List.of(tablesId, narrativeId));
		index(indexer, blobs, "jiangsu-tables", tablesText, jiangsu,
				List.of("BU01", "BU03", "BU04", "BU05", "BU06", "BU08", "BU09", "BU12", "BU15"), List.of(),
				new Publication(Publication.TABLES, key), Validation.of(20, List.of(rounding), new BigDecimal("0.50"),
						List.of(new SkippedRule("BU-NR", "no narrative in this file")), false, List.of(narrativeId)));
		index(indexer, blobs, "shanghai", "上海市普陀区卫生健康委员会2023年度部门决算 收入决算16497864.00元。",
				new DisclosureMetadata("上海市普陀区卫生健康委员会2023年度部门决算", "上海市普陀区卫生健康委员会", new Region("上海市", null, "普陀区", null),
						"district", 2023, DocKind.FINAL_ACCOUNT, null, "元", null, "department"),
				List.of("FA01", "FA02", "FA03", "FA04", "FA05", "FA06", "FA07", "FA08", "FA09"), List.of(),
				new Publication(Publication.WHOLE, null), Validation.of(40, List.of(), new BigDecimal("0.90"),
						List.of(new SkippedRule("NR-PERF", "figure absent")), false, List.of()));
	}

	@AfterAll
	static void disconnect() throws IOException {
		client.close();
	}

	@Test
	void aChinesePhraseMatchesExactlyTheDocumentsContainingIt() throws IOException {
		SearchResult result = search.search(query(PHRASE));

		Set<String> containing = ids((document) -> document.text().replaceAll("\\s", "").contains(PHRASE));
		assertThat(containing).hasSize(5);
		assertThat(result.total()).isEqualTo(containing.size());
		assertThat(result.hits()).extracting(SearchResult.Hit::docId).containsExactlyInAnyOrderElementsOf(containing);
		assertThat(result.hits()).extracting(SearchResult.Hit::docId)
			.doesNotContain(id("scattered"), id("reversed"), id("bare"));
	}

	@Test
	void aPhraseInTheTitleRanksFirstAndEveryHitContainsThePhrase() throws IOException {
		SearchResult result = search.search(query(PHRASE));

		assertThat(result.hits().get(0).docId()).isEqualTo(id("titled"));
		assertThat(result.hits()).allSatisfy((hit) -> assertThat(hit.score()).isPositive());
		assertThat(result.hits()).extracting(SearchResult.Hit::score).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(result.hits().get(0).score()).isGreaterThan(result.hits().get(1).score());
		assertThat(result.hits())
			.allSatisfy((hit) -> assertThat(document(hit.docId()).text().replaceAll("\\s", "")).contains(PHRASE));
	}

	@Test
	void highlightsMarkThePhraseOnce() throws IOException {
		SearchResult result = search.search(query(PHRASE));

		SearchResult.Hit luolong = hit(result, "luolong-2024-final");
		assertThat(luolong.highlights()).isNotEmpty()
			.allSatisfy((fragment) -> assertThat(fragment).contains("<em>" + PHRASE + "</em>"));
		assertThat(luolong.department()).isEqualTo("洛阳市洛龙区医疗保障局");
		assertThat(luolong.region().county()).isEqualTo("洛龙区");
		assertThat(luolong.fiscalYear()).isEqualTo(2024);
		assertThat(luolong.docKind()).isEqualTo("final_account");
		assertThat(luolong.validation().status()).isEqualTo("failed");
		assertThat(luolong.validation().findingRules()).containsExactly("NR-DETAIL", "NR-STRUCT");
		assertThat(luolong.tables()).containsExactlyElementsOf(CORPUS.get("luolong-2024-final").tables());
		assertThat(hit(result, "split").highlights()).containsExactly("2023年度<em>城乡 医疗 救助</em>支出12.00万元。");
	}

	@Test
	void facetsCountTheMatchingDocuments() throws IOException {
		Map<String, List<SearchResult.FacetValue>> facets = search.search(query(PHRASE)).facets();
		List<Indexed> matching = CORPUS.values()
			.stream()
			.filter((document) -> document.text().replaceAll("\\s", "").contains(PHRASE))
			.toList();

		assertThat(facets.keySet()).containsExactly("province", "city", "county", "fiscal_year", "doc_kind", "scope",
				"part", "validation_status", "coverage", "tables", "rule", "severity", "skipped_rule");
		assertThat(List.of("scope", "part", "coverage", "skipped_rule"))
			.as("none of the disclosures containing the phrase has them")
			.allSatisfy((facet) -> assertThat(facets.get(facet)).isEmpty());
		assertThat(counts(facets.get("province"))).isEqualTo(Map.of("河南省", 5L));
		assertThat(counts(facets.get("city"))).isEqualTo(Map.of("洛阳市", 2L, "许昌市", 1L, "三门峡市", 1L, "开封市", 1L));
		assertThat(counts(facets.get("county"))).isEqualTo(Map.of("洛龙区", 2L, "卢氏县", 1L));
		assertThat(counts(facets.get("fiscal_year"))).isEqualTo(Map.of("2024", 4L, "2023", 1L));
		assertThat(counts(facets.get("doc_kind"))).isEqualTo(Map.of("final_account", 4L, "budget", 1L));
		assertThat(counts(facets.get("validation_status")))
			.isEqualTo(expectedCounts(matching, (document) -> List.of(document.validation().status().value())));
		assertThat(counts(facets.get("tables"))).isEqualTo(expectedCounts(matching, Indexed::tables));
		assertThat(counts(facets.get("rule"))).isEqualTo(expectedCounts(matching, Indexed::rules))
			.containsEntry("NR-DETAIL", 3L)
			.containsEntry("BU-CP", 1L);
		assertThat(counts(facets.get("severity"))).isEqualTo(expectedCounts(matching, Indexed::severities))
			.containsEntry("error", 3L)
			.containsEntry("warning", 4L)
			.containsEntry("info", 1L);
	}

	@Test
	void facetsFollowTheFilters() throws IOException {
		SearchQuery finalAccounts = SearchQuery.builder().kind("final_account").build();
		List<Indexed> matching = CORPUS.values()
			.stream()
			.filter((document) -> document.metadata().docKind() == DocKind.FINAL_ACCOUNT)
			.toList();

		Map<String, List<SearchResult.FacetValue>> facets = search.search(finalAccounts).facets();

		assertThat(counts(facets.get("rule"))).isEqualTo(expectedCounts(matching, Indexed::rules))
			.doesNotContainKey("BU-CP");
		assertThat(counts(facets.get("tables"))).isEqualTo(expectedCounts(matching, Indexed::tables))
			.containsEntry("FA01", 6L)
			.doesNotContainKey("BU01");
	}

	@Test
	void everythingIsFoundWithoutText() throws IOException {
		SearchResult result = search.search(SearchQuery.builder().page(1, 20).build());

		assertThat(result.total()).isEqualTo(CORPUS.size());
		assertThat(result.hits()).allSatisfy((hit) -> assertThat(hit.highlights()).isEmpty());
		assertThat(counts(result.facets().get("province")))
			.isEqualTo(Map.of("河南省", 6L, "四川省", 1L, "江苏省", 2L, "上海市", 1L));
		SearchResult.Hit last = result.hits().get(CORPUS.size() - 1);
		assertThat(last.docId()).isEqualTo(id("bare"));
		assertThat(last.region()).isNull();
		assertThat(last.validation()).isNull();
	}

	@Test
	void filtersNarrowTheResult() throws IOException {
		assertThat(ids(SearchQuery.builder().text(PHRASE).city("洛阳市").build()))
			.containsExactlyInAnyOrder(id("luolong-2024-final"), id("split"));
		assertThat(ids(SearchQuery.builder().text(PHRASE).province("河南省").city("洛阳市").county("洛龙区").year(2023).build()))
			.containsExactly(id("split"));
		assertThat(ids(SearchQuery.builder().kind("budget").build())).containsExactlyInAnyOrder(id("lushi-2024-budget"),
				id("scattered"), id("jiangsu-narrative"), id("jiangsu-tables"));
		assertThat(ids(SearchQuery.builder().status("passed").build()))
			.containsExactlyInAnyOrderElementsOf(ids((document) -> document.validation() != null
					&& document.validation().status().value().equals("passed")));
		assertThat(ids(SearchQuery.builder().province("四川省").build())).containsExactly(id("reversed"));
		assertThat(ids(SearchQuery.builder().text(PHRASE).province("四川省").build())).isEmpty();
	}

	@Test
	void tableFiltersAskForEveryTableListed() throws IOException {
		assertThat(ids(SearchQuery.builder().tables("FA09").page(1, 20).build()))
			.containsExactlyInAnyOrderElementsOf(ids((document) -> document.tables().contains("FA09")));
		assertThat(ids(SearchQuery.builder().tables("FA01", "PERF_DEPT").build()))
			.containsExactly(id("luolong-2024-final"));
		assertThat(ids(SearchQuery.builder().tables("bu13").build())).containsExactly(id("lushi-2024-budget"));
		assertThat(ids(SearchQuery.builder().tables("FA01", "BU01").build())).isEmpty();
	}

	@Test
	void ruleAndSeverityFiltersAskForAFindingWithThem() throws IOException {
		assertThat(ids(SearchQuery.builder().rule("NR-DETAIL").build()))
			.containsExactlyInAnyOrder(id("luolong-2024-final"), id("xuchang-2024-final"), id("split"));
		assertThat(ids(SearchQuery.builder().severity("warning").build()))
			.containsExactlyInAnyOrderElementsOf(ids((document) -> document.severities().contains("warning")));
		assertThat(ids(SearchQuery.builder().rule("NR-DETAIL").severity("error").build()))
			.containsExactlyInAnyOrder(id("luolong-2024-final"), id("xuchang-2024-final"));
		assertThat(ids(SearchQuery.builder().rule("BU06").build())).containsExactly(id("lushi-2024-budget"));
		assertThat(ids(SearchQuery.builder().severity("warning").build())).contains(id("lushi-2024-budget"));
		assertThat(ids(SearchQuery.builder().rule("BU06").severity("warning").build()))
			.as("lushi has a BU06 error and a warning of another rule, but no BU06 warning")
			.isEmpty();
	}

	@Test
	void hitsSortByErrorsYearOrDepartment() throws IOException {
		List<SearchResult.Hit> byErrors = search
			.search(SearchQuery.builder().sort(SearchSort.ERRORS, null).page(1, 20).build())
			.hits();
		List<SearchResult.Hit> byYear = search
			.search(SearchQuery.builder().sort(SearchSort.YEAR, "asc").page(1, 20).build())
			.hits();
		List<SearchResult.Hit> byDepartment = search
			.search(SearchQuery.builder().text(PHRASE).sort(SearchSort.DEPARTMENT, null).build())
			.hits();

		assertThat(byErrors).hasSize(CORPUS.size());
		assertThat(byErrors.subList(0, CORPUS.size() - 1)).extracting((hit) -> hit.validation().errors())
			.isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(byErrors.subList(0, 2)).extracting(SearchResult.Hit::docId)
			.as("three errors each, in doc_id order")
			.containsExactlyElementsOf(
					List.of(id("luolong-2024-final"), id("lushi-2024-budget")).stream().sorted().toList());
		assertThat(byErrors.get(CORPUS.size() - 1).docId()).as("no validation: last").isEqualTo(id("bare"));
		assertThat(byYear.subList(0, CORPUS.size() - 1)).extracting(SearchResult.Hit::fiscalYear).isSorted();
		assertThat(byYear.get(0).fiscalYear()).isEqualTo(2019);
		assertThat(byDepartment).hasSize(5)
			.extracting(SearchResult.Hit::department)
			.isSortedAccordingTo(Comparator.naturalOrder());
		assertThat(byDepartment).allSatisfy((hit) -> assertThat(hit.score()).isPositive());
	}

	@Test
	void everyPhraseMustMatch() throws IOException {
		assertThat(ids(query("医疗救助 城乡"))).hasSize(7);
		assertThat(ids(query("城乡统筹 医疗救助"))).containsExactly(id("reversed"));
		assertThat(ids(query("三公经费"))).contains(id("bare"));
	}

	@Test
	void pagesDoNotOverlap() throws IOException {
		List<String> all = new ArrayList<>();
		for (int page = 1; page <= (CORPUS.size() + 2) / 3; page++) {
			SearchResult result = search.search(SearchQuery.builder().page(page, 3).build());
			assertThat(result.total()).isEqualTo(CORPUS.size());
			assertThat(result.page()).isEqualTo(page);
			result.hits().forEach((hit) -> all.add(hit.docId()));
		}
		assertThat(all).hasSize(CORPUS.size()).doesNotHaveDuplicates();
	}

	@Test
	void scopePartStatusCoverageAndSkippedRuleFiltersNarrowTheResult() throws IOException {
		assertThat(ids(SearchQuery.builder().scope("unit").build()))
			.containsExactlyInAnyOrderElementsOf(ids((document) -> "unit".equals(document.metadata().scope())))
			.containsExactlyInAnyOrder(id("jiangsu-narrative"), id("jiangsu-tables"));
		assertThat(ids(SearchQuery.builder().scope("department").build())).containsExactly(id("shanghai"));
		assertThat(ids(SearchQuery.builder().part("narrative").build())).containsExactly(id("jiangsu-narrative"));
		assertThat(ids(SearchQuery.builder().part("whole").build())).containsExactly(id("shanghai"));
		assertThat(ids(SearchQuery.builder().status("incomplete").build())).containsExactly(id("jiangsu-narrative"));
		assertThat(ids(SearchQuery.builder().skippedRule("BU05-ROW").build())).containsExactly(id("jiangsu-narrative"));
		assertThat(ids(SearchQuery.builder().skippedRule("BU-NR").build())).containsExactly(id("jiangsu-tables"));
		assertThat(ids(SearchQuery.builder().skippedRule("FA01-BALANCE").build())).isEmpty();
		assertThat(ids(SearchQuery.builder().scope("unit").skippedRule("NR-PERF").build())).isEmpty();
	}

	@Test
	void coverageBandsIncludeTheirLowerEdgeAndExcludeTheirUpperOne() throws IOException {
		assertThat(ids(SearchQuery.builder().coverage(CoverageRange.LOW).build()))
			.containsExactly(id("jiangsu-narrative"));
		assertThat(ids(SearchQuery.builder().coverage(CoverageRange.PARTIAL).build()))
			.as("0.50 is in 0.5-0.9, 0.90 is not")
			.containsExactly(id("jiangsu-tables"));
		assertThat(ids(SearchQuery.builder().coverage(CoverageRange.HIGH).build())).as("0.90 is in >=0.9")
			.containsExactly(id("shanghai"));
		for (CoverageRange range : CoverageRange.values()) {
			assertThat(ids(SearchQuery.builder().coverage(range).page(1, 20).build())).as(range.key())
				.containsExactlyInAnyOrderElementsOf(ids((document) -> range == band(document)));
		}
	}

	@Test
	void theNewFacetsCountScopePartStatusCoverageAndSkippedRules() throws IOException {
		Map<String, List<SearchResult.FacetValue>> facets = search.search(query(null)).facets();
		List<Indexed> all = List.copyOf(CORPUS.values());

		assertThat(counts(facets.get("scope")))
			.isEqualTo(expectedCounts(all, (document) -> optional(document.metadata().scope())))
			.isEqualTo(Map.of("unit", 2L, "department", 1L));
		assertThat(counts(facets.get("part"))).isEqualTo(expectedCounts(all,
				(document) -> (document.publication() != null) ? List.of(document.publication().part()) : List.of()))
			.isEqualTo(Map.of("narrative", 1L, "tables", 1L, "whole", 1L));
		assertThat(counts(facets.get("validation_status"))).containsEntry("incomplete", 1L);
		assertThat(counts(facets.get("skipped_rule"))).isEqualTo(expectedCounts(all, Indexed::skippedRules))
			.isEqualTo(Map.of("BU05-ROW", 1L, "BU08", 1L, "BU-NR", 1L, "NR-PERF", 1L));
		assertThat(facets.get("coverage")).as("in the order of the bands")
			.extracting(SearchResult.FacetValue::value)
			.containsExactly("<0.5", "0.5-0.9", ">=0.9");
		assertThat(counts(facets.get("coverage"))).isEqualTo(expectedCounts(all,
				(document) -> (band(document) != null) ? List.of(band(document).key()) : List.of()));

		Map<String, List<SearchResult.FacetValue>> units = search.search(SearchQuery.builder().scope("unit").build())
			.facets();
		assertThat(counts(units.get("part"))).isEqualTo(Map.of("narrative", 1L, "tables", 1L));
		assertThat(units.get("coverage")).as("empty bands are left out")
			.extracting(SearchResult.FacetValue::value)
			.containsExactly("<0.5", "0.5-0.9");
	}

	@Test
	void hitsCarryTheShareOfRulesThatRan() throws IOException {
		List<SearchResult.Hit> hits = search.search(SearchQuery.builder().scope("unit").build()).hits();

		assertThat(hits).extracting((hit) -> hit.validation().coverage().doubleValue())
			.containsExactlyInAnyOrder(0.42, 0.5);
		assertThat(hit(search.search(query("卫生健康委员会")), "shanghai").validation().status()).isEqualTo("passed");
	}

	@Test
	void aSplitPublicationsFileNamesTheOtherAndItsFindingsTheirPageUnitToleranceAndFiles() throws IOException {
		ObjectNode tables = search.document(id("jiangsu-tables")).orElseThrow();

		assertThat(tables.at("/publication/part").asString()).isEqualTo("tables");
		assertThat(tables.at("/publication/link_key").asString()).isEqualTo("江苏省财政厅|2019|budget");
		assertThat(tables.at("/publication/linked")).extracting(JsonNode::asString)
			.containsExactly(id("jiangsu-narrative"));
		assertThat(tables.at("/completeness/status").asString())
			.as("the tables file of a split publication shows the set")
			.isEqualTo("incomplete");
		assertThat(tables.at("/completeness/missing")).extracting(JsonNode::asString).containsExactly("BU02");
		assertThat(tables.at("/completeness/extra")).extracting(JsonNode::asString).containsExactly("BU12", "BU15");
		assertThat(tables.at("/validation/skipped/0/rule_id").asString()).isEqualTo("BU-NR");
		assertThat(tables.at("/validation/skipped/0/reason").asString()).isEqualTo("no narrative in this file");
		JsonNode finding = tables.at("/findings/0");
		assertThat(finding.get("page").asInt()).isEqualTo(2);
		assertThat(finding.get("unit").asString()).isEqualTo("万元");
		assertThat(finding.get("tolerance").asString()).isEqualTo("±0.015 (n = 2)");
		assertThat(finding.get("documents")).extracting(JsonNode::asString)
			.containsExactly(id("jiangsu-tables"), id("jiangsu-narrative"));
		ObjectNode narrative = search.document(id("jiangsu-narrative")).orElseThrow();
		assertThat(narrative.at("/publication/linked/0").asString()).isEqualTo(id("jiangsu-tables"));
		assertThat(narrative.at("/validation/status").asString()).isEqualTo("incomplete");
		assertThat(narrative.at("/validation/rules_skipped").asInt()).isEqualTo(2);
	}

	@Test
	void theFixtureBudgetLacksBu02OfTheCoreAndKeepsItsHenanTablesAsExtras() throws IOException {
		ObjectNode lushi = search.document(id("lushi-2024-budget")).orElseThrow();

		assertThat(lushi.at("/completeness/status").asString()).isEqualTo("incomplete");
		assertThat(lushi.at("/completeness/set").asString()).isEqualTo("national_core");
		assertThat(lushi.at("/completeness/missing")).extracting(JsonNode::asString).containsExactly("BU02");
		assertThat(lushi.at("/completeness/extra")).extracting(JsonNode::asString)
			.contains("BU10", "BU12", "BU13", "BU14")
			.doesNotContain("BU07", "BU11");
		assertThat(lushi.get("tables_listed_only")).extracting(JsonNode::asString)
			.containsExactlyInAnyOrder("BU02", "BU07");
	}

	@Test
	void aDocumentIsReturnedWithItsTextCutAndItsFindingsInOrder() throws IOException {
		String text = document("luolong-2024-final").text();
		JsonNode expected = JSON.readTree(Fixtures.expectedJson("luolong-2024-final")).get("findings_expected");

		ObjectNode document = search.document(id("luolong-2024-final")).orElseThrow();

		assertThat(document.get("doc_id").asString()).isEqualTo(id("luolong-2024-final"));
		assertThat(document.get("content").asString()).hasSize(DisclosureSearch.CONTENT_PREVIEW_CHARS)
			.isEqualTo(text.substring(0, DisclosureSearch.CONTENT_PREVIEW_CHARS));
		assertThat(document.get("content_chars").asInt()).isEqualTo(text.length());
		assertThat(document.get("content_truncated").asBoolean()).isTrue();
		assertThat(document.at("/region/city").asString()).isEqualTo("洛阳市");
		assertThat(document.at("/completeness/status").asString()).isEqualTo("complete");
		JsonNode findings = document.get("findings");
		assertThat(findings).hasSize(expected.size());
		for (int i = 0; i < expected.size(); i++) {
			assertThat(findings.get(i).get("finding_id").asString()).isEqualTo(id("luolong-2024-final") + ":" + i);
			assertThat(findings.get(i).get("rule_id").asString()).isEqualTo(expected.get(i).get("rule").asString());
			assertThat(findings.get(i).get("severity").asString())
				.isEqualTo(expected.get(i).get("severity").asString());
			assertThat(findings.get(i).get("message").asString()).isEqualTo(expected.get(i).get("what").asString());
			assertThat(findings.get(i).has("department")).isFalse();
		}
		ObjectNode bare = search.document(id("bare")).orElseThrow();
		assertThat(bare.get("content_truncated").asBoolean()).isFalse();
		assertThat(bare.get("findings")).isEmpty();
	}

	@Test
	void anUnknownDocumentIsAbsent() throws IOException {
		assertThat(search.document("ff".repeat(32))).isEmpty();
	}

	private static void index(DisclosureIndexer indexer, BlobStore blobs, String name, String text,
			DisclosureMetadata metadata, List<String> tables, Validation validation) {
		index(indexer, blobs, name, text, metadata, tables, null, null, validation);
	}

	private static void index(DisclosureIndexer indexer, BlobStore blobs, String name, String text,
			DisclosureMetadata metadata, List<String> tables, List<String> listedOnly, Publication publication,
			Validation validation) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		String docId = docId(name, text);
		String textKey = blobs.put(bytes).key();
		Instant now = Instant.now();
		DocumentParsed parsed = new DocumentParsed(1, docId,
				new DocumentSource(null, name + ".txt", "text/plain", bytes.length, null), now, now, "0.1.0", metadata,
				textKey, text.length(), tables, listedOnly, null, null, null, null, null, null, publication);
		indexer.index(new DocumentValidated(1, docId, parsed, validation, now));
		CORPUS.put(name, new Indexed(docId, text, metadata, tables, publication, validation));
	}

	private static String docId(String name, String text) {
		return BlobStore.sha256Hex((name + ":" + text).getBytes(StandardCharsets.UTF_8));
	}

	/** The coverage band a document's verdict falls in; null without a coverage. */
	private static CoverageRange band(Indexed document) {
		if (document.validation() == null || document.validation().coverage() == null) {
			return null;
		}
		double coverage = document.validation().coverage().doubleValue();
		for (CoverageRange range : CoverageRange.values()) {
			boolean above = range.from() == null || coverage >= range.from();
			boolean below = range.to() == null || coverage < range.to();
			if (above && below) {
				return range;
			}
		}
		throw new IllegalStateException("No band holds " + coverage);
	}

	private static List<String> optional(String value) {
		return (value != null) ? List.of(value) : List.of();
	}

	private static DisclosureMetadata fixtureMetadata(JsonNode expected) {
		JsonNode region = expected.get("region");
		return new DisclosureMetadata(null, expected.get("department").asString(),
				new Region(text(region, "province"), text(region, "city"), text(region, "county"), null),
				text(expected, "admin_level"), expected.get("fiscal_year").asInt(),
				"budget".equals(text(expected, "doc_kind")) ? DocKind.BUDGET : DocKind.FINAL_ACCOUNT,
				text(expected, "published"), text(expected, "unit"), strings(expected.path("covered_units")));
	}

	private static DisclosureMetadata metadata(String department, String province, String city, String county, int year,
			DocKind kind) {
		return new DisclosureMetadata(department + "部门决算", department, new Region(province, city, county, null), null,
				year, kind, null, "万元", null);
	}

	private static Finding finding(String rule, Severity severity) {
		return new Finding(rule, null, severity, rule + " " + severity.value(), null, null, null, null);
	}

	private static Severity severity(String value) {
		for (Severity severity : Severity.values()) {
			if (severity.value().equals(value)) {
				return severity;
			}
		}
		throw new IllegalArgumentException("Unknown severity " + value);
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static SearchQuery query(String text) {
		return SearchQuery.builder().text(text).build();
	}

	private static List<String> ids(SearchQuery query) throws IOException {
		return search.search(query).hits().stream().map(SearchResult.Hit::docId).toList();
	}

	private static Set<String> ids(Predicate<Indexed> condition) {
		return CORPUS.values().stream().filter(condition).map(Indexed::docId).collect(Collectors.toSet());
	}

	private static String id(String name) {
		return CORPUS.get(name).docId();
	}

	private static Indexed document(String nameOrId) {
		return CORPUS.containsKey(nameOrId) ? CORPUS.get(nameOrId)
				: CORPUS.values()
					.stream()
					.filter((document) -> document.docId().equals(nameOrId))
					.findFirst()
					.orElseThrow();
	}

	private static SearchResult.Hit hit(SearchResult result, String name) {
		return result.hits().stream().filter((hit) -> hit.docId().equals(id(name))).findFirst().orElseThrow();
	}

	private static Map<String, Long> counts(List<SearchResult.FacetValue> values) {
		return values.stream()
			.collect(Collectors.toMap((value) -> String.valueOf(value.value()), SearchResult.FacetValue::count));
	}

	/** Per value, how many of {@code documents} have it at least once. */
	private static Map<String, Long> expectedCounts(List<Indexed> documents,
			java.util.function.Function<Indexed, List<String>> values) {
		return documents.stream()
			.flatMap((document) -> values.apply(document).stream().distinct())
			.collect(Collectors.groupingBy((value) -> value, Collectors.counting()));
	}

	/** A disclosure as it was indexed. */
	private record Indexed(String docId, String text, DisclosureMetadata metadata, List<String> tables,
			Publication publication, Validation validation) {

		List<String> skippedRules() {
			return (this.validation != null && this.validation.skipped() != null)
					? this.validation.skipped().stream().map(SkippedRule::ruleId).toList() : List.of();
		}

		List<String> rules() {
			return (this.validation != null) ? this.validation.findings().stream().map(Finding::ruleId).toList()
					: List.of();
		}

		List<String> severities() {
			return (this.validation != null)
					? this.validation.findings().stream().map((finding) -> finding.severity().value()).toList()
					: List.of();
		}

	}

}
