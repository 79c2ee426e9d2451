package org.disclosure.parse.tables;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.parse.ParsedFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables of the fixtures as the expected files and DOMAIN.md describe them: empty
 * tables with their 说明, performance tables counted, unit rows apart from subjects, codes
 * joined from 类/款/项 columns, economic triplets grouped, BU06's rows without code.
 */
class FixtureTablesTest {

	static Stream<FixtureDocument> fixtures() {
		return ParsedFixtures.all();
	}

	static Stream<FixtureDocument> lushi() {
		return ParsedFixtures.all().filter((fixture) -> fixture.document().startsWith("lushi"));
	}

	static Stream<FixtureDocument> luolong() {
		return ParsedFixtures.all().filter((fixture) -> fixture.document().startsWith("luolong"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void emptyTablesCarryTheExplanationTheDocumentPrints(FixtureDocument fixture) {
		List<String> explained = tables(fixture).stream()
			.filter((table) -> table.empty() && table.explanation() != null)
			.map((table) -> table.code().name())
			.toList();
		List<String> expected = ParsedFixtures.expectedList(fixture, "empty_tables_with_explanation");
		if (fixture.tablesOnly()) {
			// A spreadsheet keeps a 说明 only where its sheet kept the line.
			assertThat(expected).containsAll(explained);
			assertThat(explained).isNotEmpty();
		}
		else {
			assertThat(explained).containsExactlyElementsOf(expected);
		}
		tables(fixture).stream()
			.filter((table) -> expected.contains(table.code().name()))
			.forEach((table) -> assertThat(table.empty()).as(table.code().name()).isTrue());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void performanceTablesAreCountedOneByOne(FixtureDocument fixture) {
		JsonNode expected = ParsedFixtures.expected(fixture).get("performance_tables");
		if (expected == null) {
			return;
		}
		Map<String, Integer> counts = new TreeMap<>();
		for (Table table : tables(fixture)) {
			if (table.code().name().startsWith("PERF")) {
				counts.merge(table.code().name(), 1, Integer::sum);
			}
		}
		Map<String, Integer> wanted = new TreeMap<>();
		expected.properties().forEach((entry) -> wanted.put(entry.getKey(), entry.getValue().asInt()));
		assertThat(counts).isEqualTo(wanted);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lushi")
	void subjectCodesPrintedInClassSegmentItemColumnsAreJoinedAndUnitRowsAreNoSubjects(FixtureDocument fixture) {
		Table bu03 = table(fixture, TableCode.BU03);
		TableRow unit = bu03.rows().stream().filter((row) -> "517".equals(row.code())).findFirst().orElseThrow();
		assertThat(unit.kind()).isEqualTo(RowKind.UNIT);
		assertThat(unit.codeKind()).isEqualTo(CodeKind.UNIT);
		assertThat(unit.level()).isNull();
		assertThat(unit.label()).isEqualTo("卢氏县医疗保障局");
		List<TableRow> subjects = bu03.rows().stream().filter((row) -> row.kind() == RowKind.SUBJECT).toList();
		assertThat(subjects).extracting(TableRow::code)
			.containsExactly("2080505", "2101101", "2101501", "2101599", "2210201", "2101102", "2101301", "2101550");
		assertThat(subjects).allSatisfy((row) -> {
			assertThat(row.level()).isEqualTo(SubjectLevel.ITEM);
			assertThat(row.parentCode()).isEqualTo(row.code().substring(0, 5));
			assertThat(row.codeKind()).isEqualTo(CodeKind.FUNCTIONAL);
		});
		TableRow total = bu03.total().orElseThrow();
		assertThat(total.amount("合计")).hasValue(new BigDecimal("838.98"));
		assertThat(total.amount("工资福利支出")).hasValue(new BigDecimal("601.22"));
		assertThat(total.amount("商品和服务支出")).hasValue(new BigDecimal("27.26"));
		assertThat(total.amount("特定目标类")).hasValue(new BigDecimal("184.00"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lushi")
	void bu06RowsWithoutCodeContinueTheCodeAboveAndShowWhereCommodityRowsWereFiled(FixtureDocument fixture) {
		Table bu06 = table(fixture, TableCode.BU06);
		TableRow inherited = bu06.rows()
			.stream()
			.filter((row) -> row.amount("合计")
				.filter((amount) -> amount.compareTo(new BigDecimal("25.44")) == 0)
				.isPresent())
			.findFirst()
			.orElseThrow();
		assertThat(inherited.code()).isEqualTo("30110");
		assertThat(inherited.label()).isEqualTo("职工基本医疗保险缴费");
		assertThat(inherited.parentCode()).isEqualTo("301");
		BigDecimal commodityAsPersonnel = bu06.rows()
			.stream()
			.filter((row) -> row.code() != null && row.code().startsWith("302"))
			.map((row) -> row.amount("人员经费").orElse(BigDecimal.ZERO))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		// 其他交通费用 4.68 + 福利费 0.70 + 福利费 5.18 sit in the 人员经费 column.
		assertThat(commodityAsPersonnel).isEqualByComparingTo("10.56");
		assertThat(bu06.total().orElseThrow().amount("人员经费")).hasValue(new BigDecimal("611.78"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lushi")
	void goalTableAmountsStayUnderTheirHeaderWhenIndicatorLinesLookLikeHeaders(FixtureDocument fixture) {
		Table bu14 = table(fixture, TableCode.BU14);
		// 517002's block follows indicator lines of three text cells; its amounts are
		// 资金总额.
		List<BigDecimal> funds = bu14.rows()
			.stream()
			.filter((row) -> row.label().matches("517(00[12])?"))
			.map((row) -> row.amount("资金总额").orElse(null))
			.toList();
		assertThat(funds).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("210.50"), new BigDecimal("19.50"), new BigDecimal("191.00"),
					new BigDecimal("10.00"), new BigDecimal("10.00"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("luolong")
	void economicTripletsComeOutGroupedWithTheirParents(FixtureDocument fixture) {
		Table fa06 = table(fixture, TableCode.FA06);
		TableRow wages = fa06.rows().stream().filter((row) -> "301".equals(row.code())).findFirst().orElseThrow();
		assertThat(wages.group()).isEqualTo("人员经费");
		assertThat(wages.level()).isEqualTo(SubjectLevel.CLASS);
		assertThat(wages.amount("决算数")).hasValue(new BigDecimal("298.64"));
		TableRow post = fa06.rows().stream().filter((row) -> "30231".equals(row.code())).findFirst().orElseThrow();
		assertThat(post.label()).isEqualTo("公务用车运行维护费");
		assertThat(post.group()).isEqualTo("公用经费");
		assertThat(post.parentCode()).isEqualTo("302");
		assertThat(fa06.rows().stream().filter((row) -> row.kind() == RowKind.SUBJECT)).hasSize(81);
		assertThat(fa06.row("人员经费", "人员经费合计").orElseThrow().amount("决算数")).hasValue(new BigDecimal("298.64"));
		assertThat(fa06.row("公用经费", "公用经费合计").orElseThrow().amount("决算数")).hasValue(new BigDecimal("19.81"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("luolong")
	void twoSidedTablesKeepBothSidesAcrossPageBreaks(FixtureDocument fixture) {
		Table fa01 = table(fixture, TableCode.FA01);
		assertThat(fa01.rows().stream().filter((row) -> "支出".equals(row.group()))).hasSize(30);
		assertThat(fa01.rows().stream().filter((row) -> "收入".equals(row.group()))).hasSize(12);
		assertThat(fa01.row("支出", "二十三、其他支出")).isPresent();
		assertThat(fa01.row("支出", "卫生健康支出").orElseThrow().amount("金额")).hasValue(new BigDecimal("993.85"));
		assertThat(fa01.printedNumber()).isEqualTo("公开01表");
		assertThat(fa01.unit()).isEqualTo("万元");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void chineseTextComesThroughIntact(FixtureDocument fixture) {
		List<String> labels = tables(fixture).stream()
			.flatMap((table) -> table.rows().stream())
			.map(TableRow::label)
			.toList();
		assertThat(labels).hasSizeGreaterThan(200).noneMatch((label) -> label.indexOf('\uFFFD') >= 0);
		assertThat(labels.stream()
			.filter((label) -> label.codePoints()
				.anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)))
			.hasSizeGreaterThan(150);
		assertThat(tables(fixture)).extracting(Table::title).allMatch((title) -> title.contains("表"));
		assertThat(ParsedFixtures.parsed(fixture).figures())
			.noneMatch((figure) -> figure.sentence().indexOf('\uFFFD') >= 0);
	}

	private static List<Table> tables(FixtureDocument fixture) {
		return ParsedFixtures.parsed(fixture).tableContents();
	}

	private static Table table(FixtureDocument fixture, TableCode code) {
		return tables(fixture).stream()
			.filter((table) -> table.code() == code)
			.findFirst()
			.orElseThrow(() -> new AssertionError(fixture + " has no " + code));
	}

}
