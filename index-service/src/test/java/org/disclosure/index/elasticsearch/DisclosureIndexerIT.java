package org.disclosure.index.elasticsearch;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.DocumentIndexed;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.ParsedTable.ParsedCell;
import org.disclosure.contracts.ParsedTable.ParsedColumn;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.Severity;
import org.disclosure.contracts.Region;
import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.disclosure.contracts.Publication;
import org.disclosure.contracts.TotalValue;
import org.disclosure.contracts.Validation;
import org.disclosure.contracts.Validation.SkippedRule;
import org.disclosure.index.RealElasticsearch;
import org.disclosure.index.documents.DeadLetter;
import org.disclosure.index.documents.FailureDocument;
import org.disclosure.support.blob.BlobStore;
import org.disclosure.support.blob.FileSystemBlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Writing disclosures and failures into a real cluster. */
class DisclosureIndexerIT {

	private static final Instant NOW = Instant.parse("2025-09-01T08:00:05Z");

	private static ElasticsearchClient client;

	@TempDir
	static Path blobRoot;

	private static BlobStore blobs;

	private static BulkWriter writer;

	@BeforeAll
	static void connect() {
		client = RealElasticsearch.client();
		RealElasticsearch.freshIndices(client);
		blobs = new FileSystemBlobStore(blobRoot);
		writer = new BulkWriter(client, true);
	}

	@AfterAll
	static void disconnect() throws IOException {
		client.close();
	}

	@Test
	void indexingADisclosureTwiceKeepsOneDocumentUnderItsId() throws IOException {
		String text = blobs.put("城乡医疗救助 支出 100.00 万元".getBytes(StandardCharsets.UTF_8)).key();
		DocumentValidated validated = validated("a1".repeat(32), text, new Region("河南省", "洛阳市", "洛龙区", "410311"));
		DisclosureIndexer indexer = new DisclosureIndexer(writer, new PartsIndexer(client), blobs,
				Clock.fixed(NOW, ZoneOffset.UTC));

		DocumentIndexed first = indexer.index(validated);
		DocumentIndexed second = indexer.index(validated);

		assertThat(first.docId()).isEqualTo(validated.docId());
		assertThat(first.index()).isEqualTo("disclosures-v5");
		assertThat(first.indexedAt()).isEqualTo(NOW);
		assertThat(second).isEqualTo(first);
		assertThat(countWithId("disclosures", "doc_id", validated.docId())).isEqualTo(1);
		ObjectNode stored = source("disclosures", validated.docId());
		assertThat(stored.get("content").asString()).isEqualTo("城乡医疗救助 支出 100.00 万元");
		assertThat(stored.get("fiscal_year").asInt()).isEqualTo(2024);
		assertThat(stored.at("/pipeline/indexed_at").asString()).isEqualTo("2025-09-01T08:00:05Z");
	}

	@Test
	void fieldsThePipelineCouldNotFillAreAbsentInTheIndex() throws IOException {
		DocumentValidated sparse = validated("b2".repeat(32), null, new Region(null, "许昌市", null, null));
		new DisclosureIndexer(writer, new PartsIndexer(client), blobs, Clock.systemUTC()).index(sparse);

		ObjectNode stored = source("disclosures", sparse.docId());

		assertThat(stored.propertyNames()).doesNotContain("content", "totals", "published", "unit", "covered_units");
		assertThat(stored.get("region").propertyNames()).containsExactly("city");
		assertThat(stored.get("source").propertyNames()).doesNotContain("url");
		assertThat(client
			.count((count) -> count.index("disclosures")
				.query((query) -> query.exists((exists) -> exists.field("totals.revenue"))))
			.count()).isZero();
	}

	@Test
	void factsFollowTheLatestParseWithNoneLeftOver() throws IOException {
		String docId = "e5".repeat(32);
		DisclosureIndexer indexer = new DisclosureIndexer(writer, new PartsIndexer(client), blobs,
				Clock.fixed(NOW, ZoneOffset.UTC));
		ParsedRow total = row("total", "合计", null, null, "1055.79", "318.45");
		ParsedRow medical = row("subject", "城乡医疗救助", "2101301", "项", "323.00", "0.00");
		ParsedRow union = row("subject", "工会事务", "2010150", "项", "3.18", "3.18");
		indexer.index(withTables(validated(docId, null, new Region("河南省", "洛阳市", "洛龙区", "410311")),
				List.of(table("FA03", total, medical, union))));
		assertThat(countWithId("disclosure-facts", "doc_id", docId)).isEqualTo(6);

		indexer.index(withTables(validated(docId, null, new Region("河南省", "洛阳市", "洛龙区", "410311")),
				List.of(table("FA03", total, medical))));

		assertThat(countWithId("disclosure-facts", "doc_id", docId)).isEqualTo(4);
		ObjectNode fact = source("disclosure-facts", docId + ":0:1:基本支出");
		assertThat(fact.get("subject_code").asString()).isEqualTo("2101301");
		assertThat(fact.get("subject_level").asString()).isEqualTo("项");
		assertThat(fact.get("subject_name").asString()).isEqualTo("城乡医疗救助");
		assertThat(fact.get("amount").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(fact.at("/region/county").asString()).isEqualTo("洛龙区");
		assertThat(fact.get("fiscal_year").asInt()).isEqualTo(2024);
		assertThat(fact.get("table").asString()).isEqualTo("FA03");
		assertThat(fact.get("unit").asString()).isEqualTo("万元");
		assertThat(client
			.search((search) -> search.index("disclosure-facts")
				.size(0)
				.query((query) -> query.bool((bool) -> bool.filter((f) -> f.term((t) -> t.field("doc_id").value(docId)))
					.filter((f) -> f.term((t) -> t.field("column").value("本年支出合计")))))
				.aggregations("sum", (agg) -> agg.sum((sum) -> sum.field("amount"))), Void.class)
			.aggregations()
			.get("sum")
			.sum()
			.value()).isCloseTo(1378.79, Offset.offset(0.001));
	}

	@Test
	void aBatchWritesTheLatestVersionOfEachDisclosureOnceAndLeavesNoStalePartsBehind() throws IOException {
		String first = "c3".repeat(32);
		String second = "d4".repeat(32);
		Region region = new Region("河南省", "洛阳市", "洛龙区", "410311");
		DisclosureIndexer indexer = new DisclosureIndexer(writer, new PartsIndexer(client), blobs,
				Clock.fixed(NOW, ZoneOffset.UTC));
		ParsedRow total = row("total", "合计", null, null, "1055.79", "318.45");
		ParsedRow medical = row("subject", "城乡医疗救助", "2101301", "项", "323.00", "0.00");
		ParsedRow union = row("subject", "工会事务", "2010150", "项", "3.18", "3.18");
		indexer.index(List.of(withTables(validated(first, null, region), List.of(table("FA03", total, medical, union))),
				withTables(validated(second, null, region), List.of(table("FA03", total)))));
		assertThat(countWithId("disclosure-facts", "doc_id", first)).isEqualTo(6);

		List<DocumentIndexed> indexed = indexer
			.index(List.of(withTables(validated(first, null, region), List.of(table("FA03", total, medical, union))),
					withTables(validated(second, null, region), List.of(table("FA03", total, medical))),
					withTables(validated(first, null, region), List.of(table("FA03", total)))));

		assertThat(indexed).extracting(DocumentIndexed::docId).containsExactly(second, first);
		assertThat(countWithId("disclosures", "doc_id", first)).isEqualTo(1);
		assertThat(countWithId("disclosure-facts", "doc_id", first)).isEqualTo(2);
		assertThat(countWithId("disclosure-facts", "doc_id", second)).isEqualTo(4);
	}

	@Test
	void findingsFollowTheLatestValidationWithNoneLeftOver() throws IOException {
		String docId = "f6".repeat(32);
		DisclosureIndexer indexer = new DisclosureIndexer(writer, new PartsIndexer(client), blobs,
				Clock.fixed(NOW, ZoneOffset.UTC));
		Finding detail = new Finding("NR-DETAIL", "项目完成率 = 决算/年初预算", Severity.ERROR,
				"工会事务: 完成 94.34% 与 3.18/3.52 = 90.34% 不符", new BigDecimal("90.34"), new BigDecimal("94.34"),
				new BigDecimal("4.00"), "情况说明 五");
		Finding structure = new Finding("NR-STRUCT", "类 占比", Severity.WARNING, "社会保障和就业支出 占 3.01%",
				new BigDecimal("3.00"), new BigDecimal("3.01"), new BigDecimal("0.01"), "情况说明 五");
		DocumentValidated twoFindings = validated(docId, null, new Region("河南省", "洛阳市", "洛龙区", "410311"));
		indexer.index(new DocumentValidated(1, docId, twoFindings.document(),
				Validation.of(5, List.of(detail, structure)), NOW));
		assertThat(countWithId("disclosure-findings", "doc_id", docId)).isEqualTo(2);

		indexer.index(new DocumentValidated(1, docId, twoFindings.document(), Validation.of(5, List.of(detail)), NOW));

		assertThat(countWithId("disclosure-findings", "doc_id", docId)).isEqualTo(1);
		ObjectNode stored = source("disclosure-findings", docId + ":0");
		assertThat(stored.get("rule_id").asString()).isEqualTo("NR-DETAIL");
		assertThat(stored.get("severity").asString()).isEqualTo("error");
		assertThat(stored.get("difference").decimalValue()).isEqualByComparingTo("4.00");
		assertThat(stored.get("department").asString()).isEqualTo("某市医疗保障局");
		assertThat(source("disclosures", docId).at("/validation/errors").asInt()).isEqualTo(1);
	}

	@Test
	void aSplitPublicationsTablesFileInYuanLandsInTheStrictIndicesWithEveryNewField() throws IOException {
		String docId = "a7".repeat(32);
		String narrativeId = "b8".repeat(32);
		DisclosureMetadata metadata = new DisclosureMetadata("2019年江苏省财政厅单位预算", "江苏省财政厅",
				new Region("江苏省", null, null, "320000"), "province", 2019, DocKind.BUDGET, null, "元", null, "unit");
		ParsedTable yuan = new ParsedTable("BU03", "2019年支出预算表（二）", "公开03表", "元",
				List.of(new ParsedColumn("科目名称", "科目名称", false), new ParsedColumn("合计", "合计", true),
						new ParsedColumn("单位预留机动经费", "单位预留机动经费", true)),
				List.of(new ParsedRow("total", null, "合计", "合计", null, null, null, null,
						List.of(new ParsedCell("科目名称", "合计", null, false),
								new ParsedCell("合计", "164,978,640", new BigDecimal("16497.8640"), false),
								new ParsedCell("单位预留机动经费", "125,000", new BigDecimal("12.5000"), false)))),
				List.of(), null, "shape", 3);
		DocumentParsed parsed = new DocumentParsed(1, docId,
				new DocumentSource(null, "tables.pdf", "application/pdf", 10, null), NOW, NOW, "0.3.0", metadata, null,
				0, List.of("BU01", "BU03", "BU15"), List.of(), null, List.of(yuan), null,
				Map.of("reserve_expenditure", new TotalValue(new BigDecimal("12.5000"), "table", "BU03 合计")), null,
				List.of("政府采购预算表（不含单位）"), new Publication("tables", "江苏省财政厅|2019|budget"));
		Finding rounding = new Finding("BU03-ROW", "合计 = 基本 + 项目 + 预留", Severity.INFO, "尾数",
				new BigDecimal("16497.8640"), new BigDecimal("16497.8641"), new BigDecimal("0.0001"), "BU03 合计", 3,
				"万元", "±0.015 (n = 2)", List.of(docId, narrativeId));
		Validation verdict = Validation.of(20, List.of(rounding), new BigDecimal("0.50"),
				List.of(new SkippedRule("BU-NR", "no narrative in this file")), true, List.of(narrativeId));
		new DisclosureIndexer(writer, new PartsIndexer(client), blobs, Clock.fixed(NOW, ZoneOffset.UTC))
			.index(new DocumentValidated(1, docId, parsed, verdict, NOW));

		ObjectNode disclosure = source("disclosures", docId);
		assertThat(disclosure.get("scope").asString()).isEqualTo("unit");
		assertThat(disclosure.at("/publication/part").asString()).isEqualTo("tables");
		assertThat(disclosure.at("/publication/linked/0").asString()).isEqualTo(narrativeId);
		assertThat(disclosure.get("tables_by_shape").get(0).asString()).isEqualTo("BU03");
		assertThat(disclosure.at("/completeness/status").asString()).as("a tables file shows the set")
			.isEqualTo("incomplete");
		assertThat(disclosure.at("/completeness/missing")).extracting(JsonNode::asString)
			.containsExactly("BU02", "BU04", "BU05", "BU06", "BU08", "BU09");
		assertThat(disclosure.at("/completeness/extra/0").asString()).isEqualTo("BU15");
		assertThat(disclosure.at("/totals/reserve_expenditure").decimalValue()).isEqualByComparingTo("12.5");
		assertThat(disclosure.at("/validation/status").asString()).isEqualTo("incomplete");
		assertThat(disclosure.at("/validation/coverage").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(disclosure.at("/validation/skipped/0/reason").asString()).isEqualTo("no narrative in this file");
		assertThat(disclosure.at("/table_contents/0/recognition").asString()).isEqualTo("shape");
		assertThat(disclosure.at("/table_contents/0/page").asInt()).isEqualTo(3);
		assertThat(client
			.count((count) -> count.index("disclosures")
				.query((query) -> query.term((term) -> term.field("validation.skipped_rules").value("BU-NR"))))
			.count()).isOne();
		ObjectNode fact = source("disclosure-facts", docId + ":0:0:合计");
		assertThat(fact.get("amount").decimalValue()).isEqualByComparingTo("16497.864");
		assertThat(fact.get("unit").asString()).isEqualTo("万元");
		assertThat(fact.get("printed_amount").decimalValue()).isEqualByComparingTo("164978640");
		assertThat(fact.get("printed_unit").asString()).isEqualTo("元");
		assertThat(fact.get("page").asInt()).isEqualTo(3);
		assertThat(fact.get("source").asString()).isEqualTo("text");
		assertThat(client
			.search((search) -> search.index("disclosure-facts")
				.size(0)
				.query((query) -> query.term((term) -> term.field("doc_id").value(docId)))
				.aggregations("printed", (agg) -> agg.sum((sum) -> sum.field("printed_amount"))), Void.class)
			.aggregations()
			.get("printed")
			.sum()
			.value()).isCloseTo(165103640, Offset.offset(0.001));
		ObjectNode finding = source("disclosure-findings", docId + ":0");
		assertThat(finding.get("page").asInt()).isEqualTo(3);
		assertThat(finding.get("unit").asString()).isEqualTo("万元");
		assertThat(finding.get("tolerance").asString()).isEqualTo("±0.015 (n = 2)");
		assertThat(finding.get("documents")).extracting(JsonNode::asString).containsExactly(docId, narrativeId);
	}

	@Test
	void failuresAreRecordedOncePerFailureId() throws IOException {
		FailureIndexer failures = new FailureIndexer(writer);
		DocumentFailed failed = new DocumentFailed(1, "parse:" + "c3".repeat(32), "c3".repeat(32), Stage.PARSE,
				"unreadable_document", "Tika could not read the PDF",
				new DocumentSource(null, "corrupt.pdf", "application/pdf", 2048, null), NOW);
		DeadLetter letter = new DeadLetter(Topics.deadLetter(Topics.VALIDATED), 0, 0, "d4".repeat(32), Topics.VALIDATED,
				1, 17L, "org.disclosure.support.events.EventDecodingException", null,
				"Record is not a DocumentValidated", NOW);

		failures.index(FailureDocument.of(failed));
		failures.index(FailureDocument.of(failed));
		failures.index(FailureDocument.of(letter));

		assertThat(countWithId("pipeline-failures", "failure_id", failed.failureId())).isEqualTo(1);
		assertThat(client.count((count) -> count.index("pipeline-failures")).count()).isEqualTo(2);
		ObjectNode rejected = source("pipeline-failures", failed.failureId());
		assertThat(rejected.get("reason").asString()).isEqualTo("unreadable_document");
		assertThat(rejected.at("/source/file_name").asString()).isEqualTo("corrupt.pdf");
		ObjectNode dead = source("pipeline-failures", "dead-letter:disclosure.validated.v1:1:17");
		assertThat(dead.get("stage").asString()).isEqualTo("index");
		assertThat(dead.get("topic").asString()).isEqualTo(Topics.VALIDATED);
		assertThat(dead.get("offset").asLong()).isEqualTo(17);
		assertThat(dead.get("exception_class").asString()).endsWith("EventDecodingException");
	}

	@Test
	void aRejectedWriteThrows() {
		assertThatExceptionOfType(IndexWriteException.class)
			.isThrownBy(() -> writer.write("disclosures", Map.of("x", Map.of("not_in_the_contract", 1))))
			.withMessageContaining("strict_dynamic_mapping_exception");
	}

	@Test
	void anUnreachableClusterThrows() throws IOException {
		ElasticsearchProperties nowhere = new ElasticsearchProperties(URI.create("http://127.0.0.1:9"), null, null,
				ChineseAnalysis.NONE, true, Duration.ofSeconds(1));
		try (ElasticsearchClient unreachable = ElasticsearchClients.connect(nowhere)) {
			assertThatExceptionOfType(IndexWriteException.class)
				.isThrownBy(() -> new BulkWriter(unreachable, false).write("disclosures", Map.of("x", Map.of())));
		}
	}

	private static long countWithId(String index, String field, String id) throws IOException {
		return client
			.count((count) -> count.index(index).query((query) -> query.term((term) -> term.field(field).value(id))))
			.count();
	}

	private static ObjectNode source(String index, String id) throws IOException {
		return client.get((get) -> get.index(index).id(id), ObjectNode.class).source();
	}

	private static ParsedRow row(String kind, String name, String code, String level, String total, String basic) {
		return new ParsedRow(kind, null, name, name, code, (code != null) ? "functional" : null, level,
				(code != null) ? code.substring(0, 5) : null,
				List.of(new ParsedCell("科目名称", name, null, false),
						new ParsedCell("本年支出合计", total, new BigDecimal(total), false),
						new ParsedCell("基本支出", basic, new BigDecimal(basic), false)));
	}

	private static ParsedTable table(String code, ParsedRow... rows) {
		return new ParsedTable(
				code, "支出决算表", "公开03表", "万元", List.of(new ParsedColumn("科目名称", "科目名称", false),
						new ParsedColumn("本年支出合计", "本年支出合计", true), new ParsedColumn("基本支出", "基本支出", true)),
				List.of(rows), List.of(), null);
	}

	private static DocumentValidated withTables(DocumentValidated validated, List<ParsedTable> tables) {
		DocumentParsed p = validated.document();
		DocumentParsed parsed = new DocumentParsed(p.schemaVersion(), p.docId(), p.source(), p.fetchedAt(),
				p.parsedAt(), p.parserVersion(), p.metadata(), p.textBlobKey(), p.textChars(),
				tables.stream().map(ParsedTable::code).toList(), null, null, tables, null, null, null);
		return new DocumentValidated(1, validated.docId(), parsed, validated.validation(), NOW);
	}

	private static DocumentValidated validated(String docId, String textBlobKey, Region region) {
		DisclosureMetadata metadata = new DisclosureMetadata("2024年度部门决算", "某市医疗保障局", region, null, 2024,
				DocKind.FINAL_ACCOUNT, null, null, null);
		DocumentParsed parsed = new DocumentParsed(1, docId, new DocumentSource(null, "a.txt", "text/plain", 10, null),
				NOW, NOW, "0.1.0", metadata, textBlobKey, 0, List.of("FA01"), null, null, null, null, null, null);
		return new DocumentValidated(1, docId, parsed, Validation.of(1, List.of()), NOW);
	}

}
