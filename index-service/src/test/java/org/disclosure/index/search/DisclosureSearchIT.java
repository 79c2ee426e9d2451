package org.disclosure.index.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.disclosure.index.elasticsearch.DisclosureIndexer;
import org.disclosure.index.elasticsearch.PartsIndexer;
import org.disclosure.support.blob.BlobStore;
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
 * parser extracts it from the .txt files, their metadata from {@code expected/*.json})
 * and four made-up ones that test the edges of phrase matching and the facets.
 */
class DisclosureSearchIT {

	private static final String PHRASE = "城乡医疗救助";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Name of each indexed disclosure → its text. */
	private static final Map<String, String> TEXTS = new LinkedHashMap<>();

	/** Name of each indexed disclosure → its document id. */
	private static final Map<String, String> IDS = new LinkedHashMap<>();

	@TempDir
	static Path blobRoot;

	private static ElasticsearchClient client;

	private static DisclosureSearch search;

	@BeforeAll
	static void indexCorpus() {
		client = RealElasticsearch.client();
		RealElasticsearch.freshIndices(client);
		search = new DisclosureSearch(client);
		BlobStore blobs = new BlobStore(blobRoot);
		DisclosureIndexer indexer = new DisclosureIndexer(new BulkWriter(client, true),
				new PartsIndexer(client, new BulkWriter(client, true)), blobs, Clock.systemUTC());
		for (String name : List.of("luolong-2024-final", "xuchang-2024-final", "lushi-2024-budget")) {
			FixtureDocument txt = Fixtures.documents()
				.stream()
				.filter((fixture) -> fixture.document().equals(name) && fixture.format().equals("txt"))
				.findFirst()
				.orElseThrow();
			JsonNode expected = JSON.readTree(Fixtures.expectedJson(name)).get("metadata");
			Validation validation = switch (name) {
				case "luolong-2024-final" -> validation(Severity.ERROR);
				case "lushi-2024-budget" -> validation(Severity.WARNING);
				default -> validation(null);
			};
			index(indexer, blobs, name, new String(txt.bytes(), StandardCharsets.UTF_8), fixtureMetadata(expected),
					validation);
		}
		index(indexer, blobs, "split", "2023年度城乡 医疗\n救助支出12.00万元。",
				metadata("洛阳市洛龙区医疗保障局", "河南省", "洛阳市", "洛龙区", 2023, DocKind.FINAL_ACCOUNT), validation(null));
		index(indexer, blobs, "scattered", "城乡居民医疗保险和医疗救助",
				metadata("洛阳市医疗保障局", "河南省", "洛阳市", null, 2023, DocKind.BUDGET), validation(null));
		index(indexer, blobs, "reversed", "医疗救助与城乡统筹",
				metadata("成都市武侯区医疗保障局", "四川省", "成都市", "武侯区", 2024, DocKind.FINAL_ACCOUNT), validation(null));
		index(indexer, blobs, "bare", "三公经费支出情况说明",
				new DisclosureMetadata("某单位情况说明", null, null, null, null, null, null, null, null), null);
	}

	@AfterAll
	static void disconnect() throws IOException {
		client.close();
	}

	@Test
	void aChinesePhraseMatchesExactlyTheDocumentsContainingIt() throws IOException {
		SearchResult result = search.search(query(PHRASE));

		Set<String> containing = TEXTS.entrySet()
			.stream()
			.filter((text) -> text.getValue().replaceAll("\\s", "").contains(PHRASE))
			.map((text) -> IDS.get(text.getKey()))
			.collect(Collectors.toSet());
		assertThat(containing).hasSize(4);
		assertThat(result.total()).isEqualTo(4);
		assertThat(result.hits()).extracting(SearchResult.Hit::docId).containsExactlyInAnyOrderElementsOf(containing);
		assertThat(result.hits()).extracting(SearchResult.Hit::docId)
			.doesNotContain(IDS.get("scattered"), IDS.get("reversed"), IDS.get("bare"));
	}

	@Test
	void highlightsMarkThePhraseOnce() throws IOException {
		SearchResult result = search.search(query(PHRASE));

		SearchResult.Hit luolong = hit(result, "luolong-2024-final");
		assertThat(luolong.highlights()).isNotEmpty()
			.allSatisfy((fragment) -> assertThat(fragment).contains("<em>" + PHRASE + "</em>"));
		assertThat(luolong.score()).isPositive();
		assertThat(luolong.department()).isEqualTo("洛阳市洛龙区医疗保障局");
		assertThat(luolong.region().county()).isEqualTo("洛龙区");
		assertThat(luolong.fiscalYear()).isEqualTo(2024);
		assertThat(luolong.docKind()).isEqualTo("final_account");
		assertThat(luolong.validation().status()).isEqualTo("failed");
		assertThat(hit(result, "split").highlights()).containsExactly("2023年度<em>城乡 医疗\n救助</em>支出12.00万元。");
	}

	@Test
	void facetsCountTheMatchingDocuments() throws IOException {
		Map<String, List<SearchResult.FacetValue>> facets = search.search(query(PHRASE)).facets();

		assertThat(facets.keySet()).containsExactly("province", "city", "county", "fiscal_year", "doc_kind",
				"validation_status");
		assertThat(counts(facets.get("province"))).isEqualTo(Map.of("河南省", 4L));
		assertThat(counts(facets.get("city"))).isEqualTo(Map.of("洛阳市", 2L, "许昌市", 1L, "三门峡市", 1L));
		assertThat(counts(facets.get("county"))).isEqualTo(Map.of("洛龙区", 2L, "卢氏县", 1L));
		assertThat(counts(facets.get("fiscal_year"))).isEqualTo(Map.of("2024", 3L, "2023", 1L));
		assertThat(counts(facets.get("doc_kind"))).isEqualTo(Map.of("final_account", 3L, "budget", 1L));
		assertThat(counts(facets.get("validation_status")))
			.isEqualTo(Map.of("passed", 2L, "failed", 1L, "warnings", 1L));
	}

	@Test
	void everythingIsFoundWithoutText() throws IOException {
		SearchResult result = search.search(query(null));

		assertThat(result.total()).isEqualTo(7);
		assertThat(result.hits()).allSatisfy((hit) -> assertThat(hit.highlights()).isEmpty());
		assertThat(counts(result.facets().get("province"))).isEqualTo(Map.of("河南省", 5L, "四川省", 1L));
		assertThat(result.hits().get(6).docId()).isEqualTo(IDS.get("bare"));
		assertThat(result.hits().get(6).region()).isNull();
		assertThat(result.hits().get(6).validation()).isNull();
	}

	@Test
	void filtersNarrowTheResult() throws IOException {
		assertThat(ids(new SearchQuery(PHRASE, null, "洛阳市", null, null, null, null, 1, 10)))
			.containsExactlyInAnyOrder(IDS.get("luolong-2024-final"), IDS.get("split"));
		assertThat(ids(new SearchQuery(PHRASE, "河南省", "洛阳市", "洛龙区", 2023, null, null, 1, 10)))
			.containsExactly(IDS.get("split"));
		assertThat(ids(new SearchQuery(null, null, null, null, null, "budget", null, 1, 10)))
			.containsExactlyInAnyOrder(IDS.get("lushi-2024-budget"), IDS.get("scattered"));
		assertThat(ids(new SearchQuery(null, null, null, null, null, null, "passed", 1, 10))).containsExactlyInAnyOrder(
				IDS.get("xuchang-2024-final"), IDS.get("split"), IDS.get("scattered"), IDS.get("reversed"));
		assertThat(ids(new SearchQuery(null, "四川省", null, null, null, null, null, 1, 10)))
			.containsExactly(IDS.get("reversed"));
		assertThat(ids(new SearchQuery(PHRASE, "四川省", null, null, null, null, null, 1, 10))).isEmpty();
	}

	@Test
	void everyPhraseMustMatch() throws IOException {
		assertThat(ids(query("医疗救助 城乡"))).hasSize(6);
		assertThat(ids(query("城乡统筹 医疗救助"))).containsExactly(IDS.get("reversed"));
		assertThat(ids(query("三公经费"))).contains(IDS.get("bare"));
	}

	@Test
	void pagesDoNotOverlap() throws IOException {
		List<String> all = new ArrayList<>();
		for (int page = 1; page <= 3; page++) {
			SearchResult result = search.search(new SearchQuery(null, null, null, null, null, null, null, page, 3));
			assertThat(result.total()).isEqualTo(7);
			result.hits().forEach((hit) -> all.add(hit.docId()));
		}
		assertThat(all).hasSize(7).doesNotHaveDuplicates();
	}

	@Test
	void aDocumentIsReturnedWithItsTextCut() throws IOException {
		String text = TEXTS.get("luolong-2024-final");

		ObjectNode document = search.document(IDS.get("luolong-2024-final")).orElseThrow();

		assertThat(document.get("doc_id").asString()).isEqualTo(IDS.get("luolong-2024-final"));
		assertThat(document.get("content").asString()).hasSize(DisclosureSearch.CONTENT_PREVIEW_CHARS)
			.isEqualTo(text.substring(0, DisclosureSearch.CONTENT_PREVIEW_CHARS));
		assertThat(document.get("content_chars").asInt()).isEqualTo(text.length());
		assertThat(document.get("content_truncated").asBoolean()).isTrue();
		assertThat(document.at("/region/city").asString()).isEqualTo("洛阳市");
		assertThat(search.document(IDS.get("bare")).orElseThrow().get("content_truncated").asBoolean()).isFalse();
	}

	@Test
	void anUnknownDocumentIsAbsent() throws IOException {
		assertThat(search.document("ff".repeat(32))).isEmpty();
	}

	private static void index(DisclosureIndexer indexer, BlobStore blobs, String name, String text,
			DisclosureMetadata metadata, Validation validation) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		String docId = BlobStore.sha256Hex((name + ":" + text).getBytes(StandardCharsets.UTF_8));
		String textKey = blobs.put(bytes).key();
		Instant now = Instant.now();
		DocumentParsed parsed = new DocumentParsed(1, docId,
				new DocumentSource(null, name + ".txt", "text/plain", bytes.length, null), now, now, "0.1.0", metadata,
				textKey, text.length(), List.of(), null, null, null, null, null, null);
		indexer.index(new DocumentValidated(1, docId, parsed, validation, now));
		TEXTS.put(name, text);
		IDS.put(name, docId);
	}

	private static DisclosureMetadata fixtureMetadata(JsonNode expected) {
		JsonNode region = expected.get("region");
		List<String> covered = new ArrayList<>();
		expected.path("covered_units").forEach((unit) -> covered.add(unit.asString()));
		return new DisclosureMetadata(null, expected.get("department").asString(),
				new Region(text(region, "province"), text(region, "city"), text(region, "county"), null),
				text(expected, "admin_level"), expected.get("fiscal_year").asInt(),
				"budget".equals(text(expected, "doc_kind")) ? DocKind.BUDGET : DocKind.FINAL_ACCOUNT,
				text(expected, "published"), text(expected, "unit"), covered);
	}

	private static DisclosureMetadata metadata(String department, String province, String city, String county, int year,
			DocKind kind) {
		return new DisclosureMetadata(department + "部门决算", department, new Region(province, city, county, null), null,
				year, kind, null, "万元", null);
	}

	private static Validation validation(Severity severity) {
		List<Finding> findings = (severity != null)
				? List.of(new Finding("RULE", "rule", severity, "message", null, null, null, null)) : List.of();
		return Validation.of(2, findings);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static SearchQuery query(String text) {
		return new SearchQuery(text, null, null, null, null, null, null, 1, 10);
	}

	private static List<String> ids(SearchQuery query) throws IOException {
		return search.search(query).hits().stream().map(SearchResult.Hit::docId).toList();
	}

	private static SearchResult.Hit hit(SearchResult result, String name) {
		return result.hits().stream().filter((hit) -> hit.docId().equals(IDS.get(name))).findFirst().orElseThrow();
	}

	private static Map<String, Long> counts(List<SearchResult.FacetValue> values) {
		return values.stream()
			.collect(Collectors.toMap((value) -> String.valueOf(value.value()), SearchResult.FacetValue::count));
	}

}
