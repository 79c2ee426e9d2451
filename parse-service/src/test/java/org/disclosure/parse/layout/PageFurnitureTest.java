package org.disclosure.parse.layout;

import java.io.IOException;

import org.disclosure.parse.SyntheticPdf;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page prints around its text, in PDFs written by the test: page numbers in every
 * style are no lines of the document, a running header is read once, not on every page;
 * blank and image-only pages add no lines.
 */
class PageFurnitureTest {

	@Test
	void pageNumbersInTheBottomMarginAreNoLines() throws IOException {
		SyntheticPdf pdf = new SyntheticPdf();
		pdf.page().text(60, 100, "一、部门主要职责").text(290, 810, "- 3 -");
		pdf.page().text(60, 100, "二、机构设置").text(280, 810, "第 4 页");
		pdf.page().text(60, 100, "三、收支预算总体情况").text(295, 810, "5");
		assertThat(texts(pdf)).containsExactly("一、部门主要职责", "二、机构设置", "三、收支预算总体情况");
	}

	@Test
	void aNumberInsideTheTextIsKept() throws IOException {
		SyntheticPdf pdf = new SyntheticPdf();
		pdf.page().text(60, 100, "纳入编制范围的单位共").text(60, 400, "3").text(60, 700, "个。");
		assertThat(texts(pdf)).containsExactly("纳入编制范围的单位共", "3", "个。");
	}

	@Test
	void aRunningHeaderRepeatedAtTheTopOfEveryPageIsReadOnce() throws IOException {
		SyntheticPdf pdf = new SyntheticPdf();
		for (String body : new String[] { "一、部门主要职责", "二、机构设置", "三、收支预算总体情况" }) {
			pdf.page().text(180, 40, "上海市普陀区教育局2025年部门预算").text(60, 100, body);
		}
		Object[] texts = texts(pdf);
		assertThat(texts).containsOnlyOnce("上海市普陀区教育局2025年部门预算");
		assertThat(texts).filteredOn((text) -> !text.equals("上海市普陀区教育局2025年部门预算"))
			.containsExactly("一、部门主要职责", "二、机构设置", "三、收支预算总体情况");
	}

	@Test
	void aTitlePrintedOnceAtThePagesTopIsKept() throws IOException {
		SyntheticPdf pdf = new SyntheticPdf();
		pdf.page().text(180, 40, "上海市普陀区教育局2025年部门预算").text(60, 100, "目录");
		pdf.page().text(180, 40, "第一部分 部门概况").text(60, 100, "一、部门主要职责");
		assertThat(texts(pdf)).containsExactly("上海市普陀区教育局2025年部门预算", "目录", "第一部分 部门概况", "一、部门主要职责");
	}

	@Test
	void blankAndImageOnlyPagesAddNoLines() throws IOException {
		SyntheticPdf pdf = new SyntheticPdf();
		pdf.page().text(60, 100, "第一部分 部门概况");
		pdf.blankPage().imagePage();
		pdf.page().text(60, 100, "第二部分 2025年部门预算表");
		assertThat(texts(pdf)).containsExactly("第一部分 部门概况", "第二部分 2025年部门预算表");
	}

	private static Object[] texts(SyntheticPdf pdf) throws IOException {
		return PdfLayout.read(pdf.bytes()).lines().stream().map(LayoutLine::text).toArray();
	}

}
