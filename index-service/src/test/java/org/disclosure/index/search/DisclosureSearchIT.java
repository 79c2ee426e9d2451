package org.disclosure.index.search;

import java.io.IOException;
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
import org.disclosure.contracts.Validation;
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
 * {@code expected/*.json}) and five made-up ones that test the edges of phrase matching,
 * ranking and the facets. Expected counts are computed from what was indexed, never
 * written down.
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
		DisclosureIndexer indexer = new DisclosureIndexer(new BulkWriter(client, true),
				new PartsIndexer(client, new BulkWriter(client, true)), blobs, Clock.systemUTC());
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
					Validation.of(40, findings));
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

		assertThat(facets.keySet()).containsExactly("province", "city", "county", "fiscal_year", "doc_kind",
				"validation_status", "tables", "rule", "severity");
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
			.containsEntry("FA01", 5L)
			.doesNotContainKey("BU01");
	}

	@Test
	void everythingIsFoundWithoutText() throws IOException {
		SearchResult result = search.search(query(null));

		assertThat(result.total()).isEqualTo(CORPUS.size());
		assertThat(result.hits()).allSatisfy((hit) -> assertThat(hit.highlights()).isEmpty());
		assertThat(counts(result.facets().get("province"))).isEqualTo(Map.of("河南省", 6L, "四川省", 1L));
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
				id("scattered"));
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
		assertThat(byYear.get(0).fiscalYear()).isEqualTo(2023);
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
		for (int page = 1; page <= 3; page++) {
			SearchResult result = search.search(SearchQuery.builder().page(page, 3).build());
			assertThat(result.total()).isEqualTo(CORPUS.size());
			assertThat(result.page()).isEqualTo(page);
			result.hits().forEach((hit) -> all.add(hit.docId()));
		}
		assertThat(all).hasSize(CORPUS.size()).doesNotHaveDuplicates();
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
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		String docId = BlobStore.sha256Hex((name + ":" + text).getBytes(StandardCharsets.UTF_8));
		String textKey = blobs.put(bytes).key();
		Instant now = Instant.now();
		DocumentParsed parsed = new DocumentParsed(1, docId,
				new DocumentSource(null, name + ".txt", "text/plain", bytes.length, null), now, now, "0.1.0", metadata,
				textKey, text.length(), tables, null, null, null, null, null, null);
		indexer.index(new DocumentValidated(1, docId, parsed, validation, now));
		CORPUS.put(name, new Indexed(docId, text, metadata, tables, validation));
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
			Validation validation) {

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
