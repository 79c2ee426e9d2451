package org.disclosure.parse.tables;

import java.util.List;
import java.util.stream.Stream;

import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;
import org.disclosure.parse.ParsedFixtures;
import org.disclosure.parse.text.DocumentText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables are recognised by title, whatever number is printed, and only where a table
 * follows the title: a table-of-contents entry is a listing.
 */
class TableTitleScannerTest {

	private final TableTitleScanner scanner = new TableTitleScanner();

	@Test
	void titlesAreReadWithoutNumberingYearOrPrintedNumber() {
		assertThat(code("一、收入支出决算总表")).isEqualTo(TableCode.FA01);
		assertThat(code("01 收入支出决算总表")).isEqualTo(TableCode.FA01);
		assertThat(code("附表1 收入支出决算总表")).isEqualTo(TableCode.FA01);
		assertThat(code("收入支出决算总表（公开01表）")).isEqualTo(TableCode.FA01);
		assertThat(code("\t财政拨款收入支出决算总表 ")).isEqualTo(TableCode.FA04);
		assertThat(code("一般公共预算财政拨款“三公”经费支出决算表")).isEqualTo(TableCode.FA09);
		assertThat(code("九、财政拨款“三公”经费支出决算表")).isEqualTo(TableCode.FA09);
		assertThat(code("一般公共预算财政拨款基本支出决算明细表")).isEqualTo(TableCode.FA06);
		assertThat(code("一般公共预算财政拨款基本支出决算表")).isEqualTo(TableCode.FA06);
		assertThat(code("部门整体自评表")).isEqualTo(TableCode.PERF_DEPT);
		assertThat(code("部门整体支出绩效自评表")).isEqualTo(TableCode.PERF_DEPT);
		assertThat(code("项目支出绩效自评情况表")).isEqualTo(TableCode.PERF_PROJECT);
		assertThat(code("部门（单位）整体绩效目标表 (2024 年度)")).isEqualTo(TableCode.BU13);
		assertThat(code("2024 年部门预算项目绩效目标汇总表")).isEqualTo(TableCode.BU14);
		assertThat(code("- 十二、行政（事业）单位机构运行经费表")).isEqualTo(TableCode.BU12);
		assertThat(code("YS13 一般公共预算“三公”经费支出情况表")).isEqualTo(TableCode.BU08);
		assertThat(code("卢氏县医疗保障局2024年度部门收支总体情况表")).isEqualTo(TableCode.BU01);
	}

	@Test
	void aTitleInTraditionalCharactersIsReadEvenWhenItsLastCharacterIsTheOther表() {
		assertThat(code("財政撥款收入支出決算總表")).isEqualTo(TableCode.FA04);
		assertThat(code("收入支出決算總錶")).isEqualTo(TableCode.FA01);
		assertThat(TitleForm.code("收入支出决算总")).isEmpty();
	}

	@Test
	void sentencesAndSectionHeadingsAreNoTitles() {
		assertThat(TitleForm.code("详见附件收入支出决算总表。")).isEmpty();
		assertThat(TitleForm.code("九、财政拨款“三公”经费支出决算情况说明")).isEmpty();
		assertThat(TitleForm.code("第二部分 2024 年度部门决算表")).isEmpty();
		assertThat(TitleForm.code("本年收入合 计")).isEmpty();
	}

	@Test
	void aTitleFollowedByHeaderLinesIsATable() {
		TableScan scan = scan("""
				收入决算表

				公开 02 表

				部门：洛阳市洛龙区医疗保障局
				""");
		assertThat(scan.present()).containsExactly(TableCode.FA02);
	}

	@Test
	void aSpreadsheetRowWithTheTitleBesideItsHeadingIsATable() {
		TableScan scan = scan("\t洛阳市洛龙区医疗保障局2024年度收入支出决算总表\t\t\t\t公开01表\t单位：万元\n" + "\t项目\t行次\t金额\t项目\t行次\t金额\n");
		assertThat(scan.present()).containsExactly(TableCode.FA01);
		assertThat(scan.titles().get(0).title()).isEqualTo("洛阳市洛龙区医疗保障局2024年度收入支出决算总表");
		assertThat(scan.titles().get(0).whose()).isEqualTo("洛阳市洛龙区医疗保障局2024年度");
	}

	@Test
	void aRowWithATitleAndOtherWordsIsNoTitle() {
		TableScan scan = scan("\t本表为收入支出决算总表\t说明文字较多\t单位：万元\n\t项目\t行次\t金额\n");
		assertThat(scan.titles()).isEmpty();
	}

	@Test
	void aHeaderWrappedOverSeveralLinesStillCounts() {
		TableScan scan = scan("""
				部门（单位）整体绩效目标表 (2024 年度)
				部门名
				称：卢
				氏县医
				""");
		assertThat(scan.present()).containsExactly(TableCode.BU13);
	}

	@Test
	void aTableOfContentsIsAListing() {
		TableScan scan = scan("""
				第二部分 2024 年度部门决算表
				一、收入支出决算总表
				二、收入决算表
				三、支出决算表
				第三部分 2024 年度部门决算情况说明
				一、收入支出决算总体情况说明

				收入决算表
				\t公开02表
				\t单位（部门）:许昌市医疗保障局\t2024年度\t单位:万元
				""");
		assertThat(scan.present()).containsExactly(TableCode.FA02);
		assertThat(scan.listedOnly()).containsExactly(TableCode.FA01, TableCode.FA03);
		assertThat(scan.titles()).hasSize(4);
	}

	@Test
	void aTitleWrappedWhereItsEndIsATitleOfItsOwnIsReadWhole() {
		TableScan scan = scan("""
				公开 09 表：一般公共预算“三公”经费、会议费、培训费
				支出预算表
				单位：万元
				""");
		assertThat(scan.present()).containsExactly(TableCode.BU08);
		assertThat(scan.titles()).singleElement().satisfies((title) -> {
			assertThat(title.line()).isZero();
			assertThat(title.lastLine()).isOne();
		});
	}

	@Test
	void aTitleThatDoesNotSayItsKindIsAFinalAccountsTableAmongAFinalAccountsTables() {
		TableScan scan = scan("""
				收入支出决算表
				公开01表
				单位：万元
				一般公共预算财政拨款“三公”经费情况表
				公开11表
				单位：万元
				收入总表
				公开02表
				单位：万元
				""");
		assertThat(scan.present()).containsExactly(TableCode.FA01, TableCode.FA09, TableCode.FA02);
	}

	@Test
	void aTitleThatDoesNotSayItsKindIsABudgetsTableAmongABudgetsTables() {
		TableScan scan = scan("""
				收支总表
				公开01表
				单位：万元
				一般公共预算支出预算表
				公开05表
				单位：万元
				一般公共预算“三公”经费情况表
				公开07表
				单位：万元
				""");
		assertThat(scan.present()).containsExactly(TableCode.BU01, TableCode.BU05, TableCode.BU08);
		assertThat(scan.inTheirKind()).isEqualTo(scan);
	}

	@Test
	void aTableOfContentsWithPageNumbersInTheirOwnCellIsAListing() {
		TableScan scan = scan("""
				目录
				一、收入支出决算总表\t3
				二、收入决算表\t\t4
				三、支出决算表 ……\t5
				第三部分 名词解释
				""");
		assertThat(scan.present()).isEmpty();
		assertThat(scan.listedOnly()).containsExactly(TableCode.FA01, TableCode.FA02, TableCode.FA03);
		assertThat(scan.titles()).extracting(TableTitle::title).containsExactly("一、收入支出决算总表", "二、收入决算表", "三、支出决算表");
	}

	@Test
	void aContinuedOrNumberedTitleKeepsItsBracketedNumber() {
		TableScan scan = scan("""
				收入支出决算总表（续表1）
				公开01表
				单位：万元
				收入决算表(表2)
				公开02表
				单位：万元
				""");
		assertThat(scan.present()).containsExactly(TableCode.FA01, TableCode.FA02);
		assertThat(scan.titles()).extracting(TableTitle::title).containsExactly("收入支出决算总表（续表1）", "收入决算表(表2)");
	}

	@Test
	void aTableOfContentsEntryWithDotLeadersIsTitledWithoutThem() {
		TableScan scan = scan("""
				1. 2025年部门财务收支预算总表……………………………………
				4．2025年部门财政拨款收支预算总表 ……………… 12
				一、收入支出决算总表 PAGEREF _Toc20349 \\h 22
				第三部分 名词解释
				""");
		assertThat(scan.listedOnly()).containsExactly(TableCode.BU01, TableCode.BU04, TableCode.FA01);
		assertThat(scan.titles()).extracting(TableTitle::title)
			.containsExactly("1. 2025年部门财务收支预算总表", "4．2025年部门财政拨款收支预算总表", "一、收入支出决算总表");
	}

	static Stream<FixtureDocument> lushiWithTableOfContents() {
		return Fixtures.documents()
			.stream()
			.filter((fixture) -> fixture.document().equals("lushi-2024-budget") && !fixture.tablesOnly());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lushiWithTableOfContents")
	void tablesListedButNotContainedAreReportedAsListedOnly(FixtureDocument fixture) {
		List<String> missing = ParsedFixtures.expected(fixture)
			.get("tables_missing")
			.valueStream()
			.map((code) -> code.asString())
			.toList();
		TableScan scan = this.scanner.scan(DocumentText.of(ParsedFixtures.parsed(fixture).text()));
		assertThat(scan.listedOnly()).map(TableCode::name).containsExactlyElementsOf(missing);
	}

	private TableScan scan(String text) {
		return this.scanner.scan(DocumentText.of(text));
	}

	private static TableCode code(String line) {
		return TitleForm.code(line).orElseThrow(() -> new AssertionError("No title: " + line));
	}

}
