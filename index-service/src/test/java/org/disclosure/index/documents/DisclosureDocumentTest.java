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
import org.disclosure.contracts.ParseReport;
import org.disclosure.contracts.Publication;
import org.disclosure.contracts.TotalValue;
import org.disclosure.contracts.Validation.SkippedRule;
import org.disclosure.contracts.ValidationStatus;
import org.disclosure.fixtures.Fixtures;
import org.disclosure.support.events.EventCodec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureDocumentTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String DOC_ID = "9f2c3b1a0e4d5c6b7a8998a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7";

	static final String LINKED_ID = "0f".repeat(32);

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
		assertThat(json.at("/completeness/set").asString()).isEqualTo("national_core");
		assertThat(json.at("/completeness/required").asInt()).isEqualTo(9);
		assertThat(json.at("/completeness/present").asInt()).isEqualTo(3);
		assertThat(json.at("/completeness/missing")).extracting(JsonNode::asString)
			.containsExactly("FA04", "FA05", "FA06", "FA07", "FA08", "FA09");
		assertThat(json.at("/completeness/extra").isMissingNode()).isTrue();
		assertThat(json.has("scope")).isFalse();
		assertThat(json.has("publication")).isFalse();
		assertThat(json.at("/validation/coverage").isMissingNode()).as("a verdict from before coverage").isTrue();
		assertThat(json.at("/validation/rules_skipped").isMissingNode()).isTrue();
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
		DisclosureDocument full = DisclosureDocument.of(everything(), "text", INDEXED_AT);
		full = new DisclosureDocument(full.docId(), full.title(), full.department(),
				new DisclosureDocument.Region("江苏省", "南京市", "玄武区"), full.adminLevel(), full.scope(), full.fiscalYear(),
				full.docKind(), full.published(), full.unit(), full.coveredUnits(), full.content(), full.source(),
				full.tables(), full.tablesListedOnly(), full.tablesOther(), full.tablesByShape(), full.publication(),
				new DisclosureDocument.Completeness("incomplete", "national_core", 9, 8, List.of("BU02"),
						List.of("BU12")),
				full.totals(), full.totalsSource(), new DisclosureDocument.Parse(9, 120, 800, 40, 3, 2, 9_600L),
				full.validation(), full.pipeline(), full.tableContents(), full.figures());

		List<String> mapped = mappedPaths("disclosures.v5.json");
		List<String> written = leafPaths("", json(full)).stream()
			.map((path) -> path.substring(0, path.indexOf('=')))
			.map((path) -> path.replaceFirst("^(table_contents|figures|validation\\.skipped)\\..*", "$1"))
			.distinct()
			.toList();

		assertThat(written).contains("table_contents", "figures", "completeness.missing", "completeness.extra",
				"completeness.set", "scope", "tables_other", "tables_by_shape", "publication.part",
				"publication.link_key", "publication.linked", "totals.reserve_expenditure",
				"totals_source.reserve_expenditure", "validation.coverage", "validation.rules_skipped",
				"validation.skipped_rules", "validation.skipped", "parse.ocr_pages", "parse.ocr_millis");
		assertThat(written).as("every mapped field is one a document writes, and no other")
			.containsExactlyInAnyOrderElementsOf(mapped);
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
		assertThat(table.has("recognition")).as("an event from before recognition was recorded").isFalse();
		assertThat(table.has("page")).isFalse();
	}

	@Test
	void eachStoredTableSaysHowItWasRecognisedOnWhichPageAndInWhichUnitItPrints() {
		JsonNode tables = json(DisclosureDocument.of(everything(), null, INDEXED_AT)).get("table_contents");

		assertThat(tables).hasSize(2);
		JsonNode byShape = tables.get(1);
		assertThat(byShape.get("code").asString()).isEqualTo("BU03");
		assertThat(byShape.get("recognition").asString()).isEqualTo("shape");
		assertThat(byShape.get("page").asInt()).isEqualTo(4);
		assertThat(byShape.get("unit").asString()).isEqualTo("元");
		assertThat(byShape.at("/rows/0/cells/1/text").asString()).isEqualTo("1,250,000.00");
		assertThat(byShape.at("/rows/0/cells/1/amount").decimalValue()).isEqualByComparingTo("125");
		assertThat(tables.get(0).get("recognition").asString()).isEqualTo("title");
	}

	@Test
	void aFinalAccountMustHoldTheNineCoreTablesAndItsExtrasAreRecorded() {
		List<String> tables = new ArrayList<>(RequiredTables.FINAL_ACCOUNT);
		tables.addAll(List.of("FA10", "FA12", "PERF_DEPT"));

		assertThat(DisclosureDocument.Completeness.of("final_account", tables, null, false))
			.isEqualTo(new DisclosureDocument.Completeness("complete", "national_core", 9, 9, List.of(),
					List.of("FA10", "FA12", "PERF_DEPT")));
		assertThat(DisclosureDocument.Completeness.of("final_account", List.of("FA01", "FA03", "FA09"), null, false))
			.satisfies((account) -> {
				assertThat(account.status()).isEqualTo("incomplete");
				assertThat(account.present()).isEqualTo(3);
				assertThat(account.missing()).containsExactly("FA02", "FA04", "FA05", "FA06", "FA07", "FA08");
			});
	}

	@Test
	void aBudgetMustHoldTheNationalCoreAndTheStateCapitalTableOnlyWhereItsSetHasIt() {
		List<String> core = List.of("BU01", "BU02", "BU03", "BU04", "BU05", "BU06", "BU08", "BU09");
		List<String> jiangsu = new ArrayList<>(core);
		jiangsu.addAll(List.of("BU12", "BU15"));

		assertThat(DisclosureDocument.Completeness.of("budget", jiangsu, List.of(), false))
			.isEqualTo(new DisclosureDocument.Completeness("complete", "national_core", 8, 8, List.of(),
					List.of("BU12", "BU15")));
		assertThat(DisclosureDocument.Completeness.of("budget", core, List.of("BU11"), false))
			.as("the 目录 lists the 国有资本经营 table: it is part of the set, and missing")
			.satisfies((budget) -> {
				assertThat(budget.status()).isEqualTo("incomplete");
				assertThat(budget.required()).isEqualTo(9);
				assertThat(budget.present()).isEqualTo(8);
				assertThat(budget.missing()).containsExactly("BU11");
			});
		List<String> withStateCapital = new ArrayList<>(core);
		withStateCapital.add("BU11");
		assertThat(DisclosureDocument.Completeness.of("budget", withStateCapital, null, false).required()).isEqualTo(9);
	}

	@Test
	void theFixtureBudgetLacksItsCoreTableBu02WhileBu07IsAnExtraNotRequired() {
		JsonNode expected = JSON.readTree(Fixtures.expectedJson("lushi-2024-budget"));
		List<String> present = new ArrayList<>();
		expected.get("tables_present").forEach((code) -> present.add(code.asString()));
		List<String> listedOnly = new ArrayList<>();
		expected.get("tables_missing").forEach((code) -> listedOnly.add(code.asString()));
		assertThat(listedOnly).containsExactlyInAnyOrder("BU02", "BU07");

		DisclosureDocument.Completeness lushi = DisclosureDocument.Completeness.of("budget", present, listedOnly,
				false);

		assertThat(lushi.status()).isEqualTo("incomplete");
		assertThat(lushi.set()).isEqualTo("national_core");
		assertThat(lushi.missing()).containsExactly("BU02");
		assertThat(lushi.required()).as("BU11 is present, so part of the set").isEqualTo(9);
		assertThat(lushi.present()).isEqualTo(8);
		assertThat(lushi.extra()).containsExactly("BU10", "BU12", "BU13", "BU14").doesNotContain("BU07");
	}

	@Test
	void theTablesFileOfASplitPublicationShowsTheSet() {
		DisclosureDocument.Completeness tablesFile = DisclosureDocument.Completeness.of("budget",
				List.of("BU01", "BU03", "BU12"), null, false);

		assertThat(tablesFile.status()).isEqualTo("incomplete");
		assertThat(tablesFile.set()).isEqualTo("national_core");
		assertThat(tablesFile.missing()).containsExactly("BU02", "BU04", "BU05", "BU06", "BU08", "BU09");
		assertThat(tablesFile.extra()).containsExactly("BU12");
	}

	@Test
	void whenTheSetCannotBeToldNothingIsMissing() {
		DisclosureDocument.Completeness nothingRead = DisclosureDocument.Completeness.of("budget", List.of(), List.of(),
				false);
		DisclosureDocument.Completeness performanceOnly = DisclosureDocument.Completeness.of("final_account",
				List.of("PERF_PROJECT"), null, false);
		DisclosureDocument.Completeness narrativeFile = DisclosureDocument.Completeness.of("final_account", null, null,
				true);

		assertThat(List.of(nothingRead, performanceOnly, narrativeFile)).allSatisfy((unknown) -> {
			assertThat(unknown.status()).isEqualTo("unknown");
			assertThat(unknown.set()).isEqualTo("unknown");
			assertThat(unknown.missing()).isEmpty();
			assertThat(unknown.required()).isNull();
			assertThat(unknown.present()).isNull();
		});
		assertThat(performanceOnly.extra()).containsExactly("PERF_PROJECT");
		assertThat(fieldNames(json(performanceOnly))).containsExactly("status", "set", "extra");
		assertThat(fieldNames(json(narrativeFile))).containsExactly("status", "set");
		assertThat(DisclosureDocument.Completeness.of(null, List.of("FA01"), null, false)).isNull();
		assertThat(DisclosureDocument.Completeness.of("annual_report", List.of("FA01"), null, false)).isNull();
	}

	@Test
	void scopePublicationAndLinkedFilesAreIndexed() {
		JsonNode json = json(DisclosureDocument.of(everything(), "text", INDEXED_AT));

		assertThat(json.get("scope").asString()).isEqualTo("unit");
		assertThat(json.at("/publication/part").asString()).isEqualTo("tables");
		assertThat(json.at("/publication/link_key").asString()).isEqualTo("江苏省财政厅|2019|budget");
		assertThat(json.at("/publication/linked")).extracting(JsonNode::asString).containsExactly(LINKED_ID);
		assertThat(json.get("tables_other")).extracting(JsonNode::asString).containsExactly("政府采购预算表（不含单位）");
		assertThat(json.get("tables_by_shape")).extracting(JsonNode::asString).containsExactly("BU03");
		assertThat(json.at("/completeness/status").asString()).as("a tables file holds the whole set")
			.isEqualTo("incomplete");
		assertThat(json.at("/completeness/missing")).extracting(JsonNode::asString).contains("BU02", "BU04");
		assertThat(json.at("/totals/reserve_expenditure").decimalValue()).isEqualByComparingTo("12.50");
		assertThat(json.at("/totals_source/reserve_expenditure").asString()).isEqualTo("table");
		assertThat(json.at("/parse/ocr_pages").isMissingNode()).as("no page needed OCR").isTrue();
		assertThat(json.at("/parse/ocr_millis").isMissingNode()).isTrue();
	}

	@Test
	void aPublicationIsAbsentWhenNothingIsKnownOfItButLinkedFilesAloneAreKept() {
		Validation linkedOnly = new Validation(ValidationStatus.PASSED, 0, 0, 3, List.of(), new BigDecimal("1.00"),
				List.of(), List.of(LINKED_ID));

		assertThat(DisclosureDocument.Publication.of(null, Validation.of(3, List.of()))).isNull();
		assertThat(DisclosureDocument.Publication.of(null, null)).isNull();
		assertThat(DisclosureDocument.Publication.of(null, linkedOnly))
			.isEqualTo(new DisclosureDocument.Publication(null, null, List.of(LINKED_ID)));
		assertThat(json(DisclosureDocument.Publication.of(new Publication("whole", null), null)))
			.isEqualTo(JSON.readTree("{\"part\":\"whole\"}"));
	}

	@Test
	void anIncompleteVerdictKeepsItsCoverageAndTheRulesItSkippedWithWhy() {
		JsonNode json = json(DisclosureDocument.of(everything(), "text", INDEXED_AT));

		assertThat(json.at("/validation/status").asString()).isEqualTo("incomplete");
		assertThat(json.at("/validation/coverage").decimalValue()).isEqualByComparingTo("0.42");
		assertThat(json.at("/validation/rules_skipped").asInt()).isEqualTo(3);
		assertThat(json.at("/validation/skipped_rules")).extracting(JsonNode::asString)
			.containsExactly("BU05-ROW", "BU-NR", "BU08");
		assertThat(json.at("/validation/skipped/0/rule_id").asString()).isEqualTo("BU05-ROW");
		assertThat(json.at("/validation/skipped/0/reason").asString()).isEqualTo("table BU05 not read");
		assertThat(json.at("/validation/skipped")).hasSize(3);
	}

	@Test
	void aVerdictThatSkippedNothingSaysSoAfterTheEventTravelled() {
		Validation verdict = Validation.of(40, List.of(), new BigDecimal("1.00"), List.of(), false, List.of());
		DocumentValidated sent = new DocumentValidated(1, DOC_ID, luolongValidated().document(), verdict,
				Instant.parse("2025-09-01T08:00:04Z"));
		EventCodec codec = new EventCodec();
		DocumentValidated received = codec.decode(codec.encode(sent), DocumentValidated.class);

		DisclosureDocument.Validation validation = DisclosureDocument.Validation.of(received.validation());

		assertThat(received.validation().skipped()).as("an empty list is left out of the event").isNull();
		assertThat(validation.status()).isEqualTo("passed");
		assertThat(validation.coverage()).isEqualByComparingTo("1.00");
		assertThat(validation.rulesSkipped()).isZero();
		assertThat(json(validation).get("rules_skipped").asInt()).isZero();
		assertThat(validation.skippedRules()).isEmpty();
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
	void theTemplateMapsTheFieldContract() {
		assertThat(mappedPaths("disclosures.v5.json")).contains("doc_id", "title", "department", "region.province",
				"region.city", "region.county", "admin_level", "fiscal_year", "doc_kind", "published", "unit",
				"content", "source.url", "source.file_name", "source.media_type", "source.size_bytes", "tables",
				"totals.revenue", "totals.expenditure", "totals.grand_total", "totals.basic_expenditure",
				"totals.project_expenditure", "totals.fiscal_appropriation_revenue", "totals.personnel",
				"totals.public_funds", "totals.three_public_budget", "totals.three_public_actual",
				"totals.carryover_begin", "totals.carryover_end", "validation.status", "validation.errors",
				"validation.warnings", "validation.rules_evaluated", "covered_units", "pipeline.fetched_at",
				"pipeline.parsed_at", "pipeline.validated_at", "pipeline.indexed_at", "pipeline.parser_version",
				"scope", "tables_other", "tables_by_shape", "publication.part", "publication.link_key",
				"publication.linked", "completeness.status", "completeness.set", "completeness.required",
				"completeness.present", "completeness.missing", "completeness.extra", "totals.reserve_expenditure",
				"validation.coverage", "validation.rules_skipped", "validation.skipped_rules", "parse.ocr_pages");
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

	/**
	 * The tables file of a split 单位预算 whose verdict is incomplete: every field the
	 * pipeline can fill.
	 */
	static DocumentValidated everything() {
		DisclosureMetadata metadata = new DisclosureMetadata("2019年江苏省财政厅单位预算", "江苏省财政厅",
				new Region("江苏省", null, null, "320000"), "province", 2019, DocKind.BUDGET, "2019-02", "万元",
				List.of("江苏省财政厅（本级）"), "unit");
		ParsedTable byShape = new ParsedTable("BU03", "2019年支出预算表（二）", "公开03表", "元",
				List.of(new ParsedColumn("科目名称", "科目名称", false), new ParsedColumn("合计", "合计", true)),
				List.of(new ParsedRow("total", null, "合计", "合计", null, null, null, null,
						List.of(new ParsedCell("科目名称", "合计", null, false),
								new ParsedCell("合计", "1,250,000.00", new BigDecimal("125.000000"), false)))),
				List.of(), null, "shape", 4);
		ParsedTable byTitle = new ParsedTable("BU01", "2019年部门收支总表", "公开01表", "万元",
				List.of(new ParsedColumn("本年收入合计", "本年收入合计", true)), List.of(), List.of(), null, "title", 2);
		Map<String, TotalValue> totals = new java.util.TreeMap<>();
		for (String key : DisclosureDocument.Totals.KEYS) {
			totals.put(key, new TotalValue(new BigDecimal("12.50"), "table", "BU01"));
		}
		ParseReport report = new ParseReport(2, 1, 2, 0, 0, List.of(), List.of());
		DocumentParsed parsed = new DocumentParsed(1, DOC_ID,
				new DocumentSource("https://czt.jiangsu.gov.cn/a.pdf", "a.pdf", "application/pdf", 1L, "江苏省财政厅"),
				Instant.parse("2025-09-01T08:00:01Z"), Instant.parse("2025-09-01T08:00:03Z"), "0.3.0", metadata, "key",
				100, List.of("BU01", "BU03", "PERF_DEPT"), List.of("BU02"), List.of("一、部门职责"),
				List.of(byTitle, byShape),
				List.of(new NarrativeFigure("三、收支预算总体情况", 1, "收入总计125.00万元。", "收入总计", null, null, FigureKind.AMOUNT,
						new BigDecimal("125.00"), "万元")),
				totals, report, List.of("政府采购预算表（不含单位）"), new Publication("tables", "江苏省财政厅|2019|budget"));
		Finding rounding = new Finding("BU01", "收支平衡", Severity.INFO, "尾数", new BigDecimal("125.00"),
				new BigDecimal("125.01"), new BigDecimal("0.01"), "BU01 收入总计", 2, "万元", "±0.015 (n = 2)",
				List.of(DOC_ID, LINKED_ID));
		Validation verdict = Validation.of(12, List.of(rounding), new BigDecimal("0.42"),
				List.of(new SkippedRule("BU05-ROW", "table BU05 not read"),
						new SkippedRule("BU-NR", "no narrative in this file"),
						new SkippedRule("BU08", "table BU08 not read")),
				true, List.of(LINKED_ID));
		return new DocumentValidated(1, DOC_ID, parsed, verdict, Instant.parse("2025-09-01T08:00:04Z"));
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
