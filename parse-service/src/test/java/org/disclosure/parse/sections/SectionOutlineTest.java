package org.disclosure.parse.sections;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;
import org.disclosure.parse.ParsedFixtures;
import org.disclosure.parse.SyntheticPdf;
import org.disclosure.parse.layout.Layout;
import org.disclosure.parse.layout.PdfLayout;
import org.disclosure.parse.layout.PlainTextLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outline of the fixtures, and of small texts: the headings regions print instead of
 * the fixtures' parts, a table of contents before the body, blank and image-only pages
 * between headings.
 */
class SectionOutlineTest {

	static Stream<FixtureDocument> narrativeFormats() {
		return Fixtures.documents().stream().filter((fixture) -> !fixture.tablesOnly());
	}

	@ParameterizedTest
	@MethodSource("narrativeFormats")
	void theBodysPartsAndNarrativeSectionsAreListedOnce(FixtureDocument fixture) {
		List<String> sections = ParsedFixtures.parsed(fixture).sections();
		List<String> parts = sections.stream()
			.filter((heading) -> heading.replaceAll("\\s", "").matches("^第.部分.*"))
			.toList();

		assertThat(parts).as(fixture.fileName()).doesNotHaveDuplicates();
		assertThat(parts.get(0).replaceAll("\\s", "")).as(fixture.fileName()).startsWith("第一部分").contains("概况");
		assertThat(parts).as(fixture.fileName()).anySatisfy((part) -> assertThat(part).contains("说明"));
		assertThat(parts).as(fixture.fileName()).anySatisfy((part) -> assertThat(part).contains("名词解释"));
		long explained = sections.stream().filter((heading) -> heading.contains("情况说明")).count();
		assertThat(explained).as(fixture.fileName() + " narrative sections")
			.isGreaterThanOrEqualTo(fixture.document().startsWith("lushi") ? 1 : 9);
	}

	@Test
	void unnumberedRegionalHeadingsAreSections() {
		assertThat(outline("""
				上海市普陀区教育局2025年部门预算
				部门主要职责
				本部门负责全区教育工作。
				部门机构设置
				部门预算编制说明
				本部门2025年收入预算1,000.00万元。
				其他相关情况说明
				名词解释
				""")).containsExactly("部门主要职责", "部门机构设置", "部门预算编制说明", "其他相关情况说明", "名词解释");
	}

	@Test
	void theBodyStartsAfterItsTableOfContents() {
		assertThat(outline("""
				目录
				第一部分 单位概况……………………1
				第一部分 单位概况
				第二部分 2024年部门预算表
				第三部分 2024年部门预算情况说明
				第四部分 名词解释
				""")).containsExactly("第一部分 单位概况", "第二部分 2024年部门预算表", "第三部分 2024年部门预算情况说明", "第四部分 名词解释");
	}

	@Test
	void aPartsTitleOnTheNextLineJoinsIt() {
		assertThat(outline("""
				第一部分
				部门概况
				一、部门主要职责
				第三部分
				名词解释
				""")).containsExactly("第一部分 部门概况", "一、部门主要职责", "第三部分 名词解释");
	}

	@Test
	void sentencesAndAmountsAreNoHeadings() {
		assertThat(outline("""
				第一部分 部门概况
				一、部门主要职责，负责全区教育工作。
				二、收入预算1,000.00万元
				""")).containsExactly("第一部分 部门概况");
	}

	@Test
	void blankAndImageOnlyPagesBetweenHeadingsDoNotBreakTheOutline() throws IOException {
		SyntheticPdf pdf = new SyntheticPdf();
		pdf.page().text(60, 100, "第一部分 部门概况").text(60, 130, "一、部门主要职责");
		pdf.blankPage().imagePage();
		pdf.page().text(60, 100, "第二部分 2025年部门预算情况说明").text(60, 130, "一、收支预算总体情况说明");
		Layout layout = PdfLayout.read(pdf.bytes());
		assertThat(SectionOutline.read(layout, List.of())).containsExactly("第一部分 部门概况", "一、部门主要职责",
				"第二部分 2025年部门预算情况说明", "一、收支预算总体情况说明");
	}

	private static List<String> outline(String text) {
		return SectionOutline.read(PlainTextLayout.read(text), List.of());
	}

}
