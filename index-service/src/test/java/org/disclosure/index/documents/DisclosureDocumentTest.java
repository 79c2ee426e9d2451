package org.disclosure.index.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.ParsedTable.ParsedCell;
import org.disclosure.contracts.ParsedTable.ParsedColumn;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Region;
import org.disclosure.contracts.Severity;
import org.disclosure.contracts.Validation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureDocumentTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String DOC_ID = "9f2c3b1a0e4d5c6b7a8998a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7";

	static final Instant INDEXED_AT = Instant.parse("2025-09-01T08:00:05.123456Z");

	@Test
	void everyFieldTheParserFilledIsIndexedUnderItsContractName() {
		JsonNode json = json(DisclosureDocument.of(luolongValidated(), "洛阳市洛龙区医疗保障局 城乡医疗救助", INDEXED_AT));

		assertThat(json.get("doc_id").asString()).isEqualTo(DOC_ID);
		assertThat(json.get("title").asString()).isEqualTo("2024年度洛阳市洛龙区医疗保障局部门决算公开");
		assertThat(json.get("department").asString()).isEqualTo("洛阳市洛龙区医疗保障局");
		assertThat(json.at("/region/province").asString()).isEqualTo("河南省");
		assertThat(json.at("/region/city").asString()).isEqualTo("洛阳市");
		assertThat(json.at("/region/county").asString()).isEqualTo("洛龙区");
		assertThat(json.at("/region/code").isMissingNode()).isTrue();
		assertThat(json.get("admin_level").asString()).isEqualTo("district");
		assertThat(json.get("fiscal_year").isInt()).isTrue();
		assertThat(json.get("fiscal_year").asInt()).isEqualTo(2024);
		assertThat(json.get("doc_kind").asString()).isEqualTo("final_account");
		assertThat(json.get("published").asString()).isEqualTo("2025-08");
		assertThat(json.get("unit").asString()).isEqualTo("万元");
		assertThat(json.get("covered_units").get(0).asString()).isEqualTo("洛阳市洛龙区医疗保障局");
		assertThat(json.get("content").asString()).contains("城乡医疗救助");
		assertThat(json.at("/source/file_name").asString()).isEqualTo("luolong-2024-final.pdf");
		assertThat(json.at("/source/media_type").asString()).isEqualTo("application/pdf");
		assertThat(json.at("/source/size_bytes").asLong()).isEqualTo(196748);
		assertThat(json.at("/source/url").isMissingNode()).isTrue();
		assertThat(json.get("tables")).extracting(JsonNode::asString).containsExactly("FA01", "FA02", "FA03");
		assertThat(json.at("/validation/status").asString()).isEqualTo("failed");
		assertThat(json.at("/validation/errors").asInt()).isEqualTo(1);
		assertThat(json.at("/validation/warnings").asInt()).isZero();
		assertThat(json.at("/validation/rules_evaluated").asInt()).isEqualTo(2);
		assertThat(json.at("/validation/findings").isMissingNode()).isTrue();
		assertThat(json.at("/validation/finding_rules")).extracting(JsonNode::asString).containsExactly("FA01-BALANCE");
		assertThat(json.at("/validation/finding_severities")).extracting(JsonNode::asString).containsExactly("error");
		assertThat(json.at("/validation/finding_rule_severities")).extracting(JsonNode::asString)
			.containsExactly("FA01-BALANCE:error");
		assertThat(json.at("/validation/infos").asInt()).isZero();
		assertThat(json.at("/completeness/status").asString()).isEqualTo("incomplete");
		assertThat(json.at("/completeness/required").asInt()).isEqualTo(9);
		assertThat(json.at("/completeness/present").asInt()).isEqualTo(3);
		assertThat(json.at("/completeness/missing")).extracting(JsonNode::asString)
			.containsExactly("FA04", "FA05", "FA06", "FA07", "FA08", "FA09");
		assertThat(json.at("/pipeline/fetched_at").asString()).isEqualTo("2025-09-01T08:00:01.250Z");
		assertThat(json.at("/pipeline/parsed_at").asString()).isEqualTo("2025-09-01T08:00:03Z");
		assertThat(json.at("/pipeline/validated_at").asString()).isEqualTo("2025-09-01T08:00:04Z");
		assertThat(json.at("/pipeline/indexed_at").asString()).isEqualTo("2025-09-01T08:00:05.123Z");
		assertThat(json.at("/pipeline/parser_version").asString()).isEqualTo("0.1.0");
	}

	@Test
	void totalsAreNotInventedBeforeTheParserProducesThem() {
		JsonNode json = json(DisclosureDocument.of(luolongValidated(), "text", INDEXED_AT));

		assertThat(json.has("totals")).isFalse();
	}

	@Test
	void fieldsTheParserCouldNotFillStayAbsent() {
		DisclosureMetadata sparse = new DisclosureMetadata(null, "某县医疗保障局", new Region(null, null, null, null), null,
				null, null, null, null, List.of());
		DocumentParsed parsed = new DocumentParsed(1, DOC_ID, new DocumentSource(null, "x.txt", "text/plain", 12, null),
				null, Instant.parse("2025-09-01T08:00:03Z"), "0.1.0", sparse, null, 0, null, null, null, null, null,
				null, null);
		DocumentValidated validated = new DocumentValidated(1, DOC_ID, parsed, null, null);

		JsonNode json = json(DisclosureDocument.of(validated, null, INDEXED_AT));

		assertThat(fieldNames(json)).containsExactly("doc_id", "department", "source", "pipeline");
		assertThat(fieldNames(json.get("pipeline"))).containsExactly("parsed_at", "indexed_at", "parser_version");
		assertThat(leafPaths("", json)).noneMatch((path) -> path.endsWith("=null"));
	}

	@Test
	void aDocumentWithoutMetadataStillIndexesWhatIsKnown() {
		DocumentParsed parsed = new DocumentParsed(1, DOC_ID, null, null, null, null, null, null, 0, List.of(), null,
				null, null, null, null, null);
		DocumentValidated validated = new DocumentValidated(1, DOC_ID, parsed, Validation.of(0, List.of()),
				Instant.parse("2025-09-01T08:00:04Z"));

		JsonNode json = json(DisclosureDocument.of(validated, null, INDEXED_AT));

		assertThat(fieldNames(json)).containsExactly("doc_id", "validation", "pipeline");
		assertThat(json.at("/validation/status").asString()).isEqualTo("passed");
	}

	@Test
	void everyFieldADocumentCanHaveIsMappedInTheTemplate() {
		DisclosureDocument full = DisclosureDocument.of(withTablesAndFigures(luolongValidated()), "text", INDEXED_AT);
		BigDecimal amount = new BigDecimal("1055.79");
		full = new DisclosureDocument(full.docId(), full.title(), full.department(), full.region(), full.adminLevel(),
				full.fiscalYear(), full.docKind(), full.published(), full.unit(), full.coveredUnits(), full.content(),
				new DisclosureDocument.Source("https://example.gov.cn/a.pdf", "a.pdf", "application/pdf", 1L),
				full.tables(), List.of("FA10"), full.completeness(),
				new DisclosureDocument.Totals(amount, amount, amount, amount, amount, amount, amount, amount, amount,
						amount, amount, amount),
				new java.util.TreeMap<>(java.util.Map.of("revenue", "table", "expenditure", "table", "grand_total",
						"table", "basic_expenditure", "table", "project_expenditure", "table",
						"fiscal_appropriation_revenue", "table", "personnel", "table", "public_funds", "table",
						"three_public_budget", "table", "three_public_actual", "table")),
				new DisclosureDocument.Parse(9, 120, 800, 40, 3), full.validation(), full.pipeline(),
				full.tableContents(), full.figures());

		List<String> mapped = mappedPaths("disclosures.v3.json");
		List<String> written = leafPaths("", json(full)).stream()
			.map((path) -> path.substring(0, path.indexOf('=')))
			.map((path) -> path.replaceFirst("^(table_contents|figures)\\..*", "$1"))
			.distinct()
			.toList();

		assertThat(written).hasSize(65).contains("table_contents", "figures", "completeness.missing");
		assertThat(mapped).containsAll(written);
	}

	@Test
	void tablesAndFiguresAreStoredWithSnakeCaseNamesAndNothingInvented() {
		JsonNode json = json(DisclosureDocument.of(withTablesAndFigures(luolongValidated()), null, INDEXED_AT));

		JsonNode table = json.at("/table_contents/0");
		assertThat(table.get("code").asString()).isEqualTo("FA03");
		assertThat(table.get("printed_number").asString()).isEqualTo("公开03表");
		assertThat(table.at("/columns/1/numeric").asBoolean()).isTrue();
		assertThat(table.at("/columns/0").has("numeric")).isFalse();
		JsonNode row = table.at("/rows/0");
		assertThat(row.get("code").asString()).isEqualTo("2101301");
		assertThat(row.get("code_kind").asString()).isEqualTo("functional");
		assertThat(row.get("parent_code").asString()).isEqualTo("21013");
		assertThat(row.at("/cells/0/text").asString()).isEqualTo("城乡医疗救助");
		assertThat(row.at("/cells/0").has("amount")).isFalse();
		assertThat(row.at("/cells/1/amount").decimalValue()).isEqualByComparingTo("323.00");
		assertThat(row.at("/cells/1").has("percent")).isFalse();
		assertThat(table.has("notes")).isFalse();
		JsonNode figure = json.at("/figures/0");
		assertThat(figure.get("kind").asString()).isEqualTo("completion");
		assertThat(figure.get("subject_code").asString()).isEqualTo("2010150");
		assertThat(figure.get("value").decimalValue()).isEqualByComparingTo("94.34");
		assertThat(figure.has("base")).isFalse();
	}

	@Test
	void completenessCountsTheRequiredTablesOfTheKind() {
		assertThat(DisclosureDocument.Completeness.of("final_account", RequiredTables.FINAL_ACCOUNT))
			.isEqualTo(new DisclosureDocument.Completeness("complete", 9, 9, List.of()));
		assertThat(DisclosureDocument.Completeness.of("budget", List.of("BU01", "BU03", "BU13")))
			.satisfies((budget) -> {
				assertThat(budget.status()).isEqualTo("incomplete");
				assertThat(budget.required()).isEqualTo(12);
				assertThat(budget.present()).isEqualTo(2);
				assertThat(budget.missing()).startsWith("BU02", "BU04").doesNotContain("BU01", "BU13");
			});
		assertThat(DisclosureDocument.Completeness.of(null, List.of("FA01"))).isNull();
		assertThat(DisclosureDocument.Completeness.of("budget", null)).isNull();
	}

	@Test
	void findingsAreSummarisedByRuleAndSeverity() {
		Finding detail = new Finding("NR-DETAIL", "完成率", Severity.ERROR, "m", null, null, null, null);
		Finding zeroBase = new Finding("NR-DETAIL", "完成率", Severity.WARNING, "m", null, null, null, null);
		Finding rounding = new Finding("FA01-INC-SUM", "合计", Severity.INFO, "m", null, null, null, null);

		DisclosureDocument.Validation validation = DisclosureDocument.Validation
			.of(Validation.of(7, List.of(rounding, zeroBase, detail, detail)));

		assertThat(validation.status()).isEqualTo("failed");
		assertThat(validation.errors()).isEqualTo(2);
		assertThat(validation.warnings()).isOne();
		assertThat(validation.infos()).isOne();
		assertThat(validation.findingRules()).containsExactly("FA01-INC-SUM", "NR-DETAIL");
		assertThat(validation.findingSeverities()).containsExactly("error", "warning", "info");
		assertThat(validation.findingRuleSeverities()).containsExactly("FA01-INC-SUM:info", "NR-DETAIL:warning",
				"NR-DETAIL:error");
	}

	@Test
	void theTemplateMapsTheFieldContractOfIssue2() {
		assertThat(mappedPaths("disclosures.v3.json")).contains("doc_id", "title", "department", "region.province",
				"region.city", "region.county", "admin_level", "fiscal_year", "doc_kind", "published", "unit",
				"content", "source.url", "source.file_name", "source.media_type", "source.size_bytes", "tables",
				"totals.revenue", "totals.expenditure", "totals.grand_total", "totals.basic_expenditure",
				"totals.project_expenditure", "totals.fiscal_appropriation_revenue", "totals.personnel",
				"totals.public_funds", "totals.three_public_budget", "totals.three_public_actual",
				"totals.carryover_begin", "totals.carryover_end", "validation.status", "validation.errors",
				"validation.warnings", "validation.rules_evaluated", "covered_units", "pipeline.fetched_at",
				"pipeline.parsed_at", "pipeline.validated_at", "pipeline.indexed_at", "pipeline.parser_version");
	}

	static DocumentValidated luolongValidated() {
		DisclosureMetadata metadata = new DisclosureMetadata("2024年度洛阳市洛龙区医疗保障局部门决算公开", "洛阳市洛龙区医疗保障局",
				new Region("河南省", "洛阳市", "洛龙区", "410311"), "district", 2024, DocKind.FINAL_ACCOUNT, "2025-08", "万元",
				List.of("洛阳市洛龙区医疗保障局"));
		DocumentParsed parsed = new DocumentParsed(1, DOC_ID,
				new DocumentSource(null, "luolong-2024-final.pdf", "application/pdf", 196748, null),
				Instant.parse("2025-09-01T08:00:01.250Z"), Instant.parse("2025-09-01T08:00:03Z"), "0.1.0", metadata,
				"0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9", 20512,
				List.of("FA01", "FA02", "FA03"), null, null, null, null, null, null);
		Finding finding = new Finding("FA01-BALANCE", "收入总计 = 支出总计", Severity.ERROR, "收入总计 1055.79 ≠ 支出总计 1055.97",
				new BigDecimal("1055.79"), new BigDecimal("1055.97"), new BigDecimal("0.18"), "FA01 收入总计 / 支出总计");
		return new DocumentValidated(1, DOC_ID, parsed, Validation.of(2, List.of(finding)),
				Instant.parse("2025-09-01T08:00:04Z"));
	}

	static DocumentValidated withTablesAndFigures(DocumentValidated validated) {
		DocumentParsed p = validated.document();
		ParsedTable table = new ParsedTable("FA03", "支出决算表", "公开03表", "万元",
				List.of(new ParsedColumn("科目名称", "科目名称", false), new ParsedColumn("本年支出合计", "本年支出合计", true)),
				List.of(new ParsedRow("subject", null, "城乡医疗救助", "城乡医疗救助", "2101301", "functional", "项", "21013",
						List.of(new ParsedCell("科目名称", "城乡医疗救助", null, false),
								new ParsedCell("本年支出合计", "323.00", new BigDecimal("323.00"), false)))),
				List.of(), null);
		NarrativeFigure figure = new NarrativeFigure("五、一般公共预算财政拨款支出决算情况说明", 12,
				"工会事务年初预算3.52万元，支出决算3.18万元，完成年初预算的94.34%。", "工会事务", "2010150", null, FigureKind.COMPLETION,
				new BigDecimal("94.34"), "%");
		DocumentParsed parsed = new DocumentParsed(p.schemaVersion(), p.docId(), p.source(), p.fetchedAt(),
				p.parsedAt(), p.parserVersion(), p.metadata(), p.textBlobKey(), p.textChars(), p.tables(),
				p.tablesListedOnly(), p.sections(), List.of(table), List.of(figure), p.totals(), p.report());
		return new DocumentValidated(1, validated.docId(), parsed, validated.validation(), validated.validatedAt());
	}

	static JsonNode json(Object document) {
		return JSON.valueToTree(document);
	}

	static List<String> fieldNames(JsonNode node) {
		return new ArrayList<>(node.propertyNames());
	}

	/** {@code path=value} of every leaf, arrays flattened into their field. */
	static List<String> leafPaths(String prefix, JsonNode node) {
		List<String> paths = new ArrayList<>();
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				paths.addAll(
						leafPaths(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue()));
			}
		}
		else if (node.isArray()) {
			node.forEach((element) -> paths.addAll(leafPaths(prefix, element)));
		}
		else {
			paths.add(prefix + "=" + (node.isNull() ? "null" : node.asString()));
		}
		return paths;
	}

	/** The dotted paths of every field a template maps. */
	static List<String> mappedPaths(String template) {
		try (InputStream in = DisclosureDocumentTest.class
			.getResourceAsStream("/elasticsearch/templates/" + template)) {
			JsonNode properties = JSON.readTree(in).at("/template/mappings/properties");
			List<String> paths = new ArrayList<>();
			collect("", properties, paths);
			return paths;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void collect(String prefix, JsonNode properties, List<String> paths) {
		for (Map.Entry<String, JsonNode> field : properties.properties()) {
			String path = prefix + field.getKey();
			if (field.getValue().has("properties")) {
				collect(path + ".", field.getValue().get("properties"), paths);
			}
			else {
				paths.add(path);
			}
		}
	}

}
