package org.disclosure.parse.layout;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tika's XHTML: tables become rows, paragraphs text, spreadsheet sheets boundaries. */
class XhtmlLayoutTest {

	@Test
	void tableCellsBecomeRowsAndParagraphsText() {
		Layout layout = XhtmlLayout.read("""
				<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body>
				<p>收入决算表</p><p>公开 02 表</p>
				<table><tbody>
				<tr><td>项目</td><td colspan="2">本年收入合计</td></tr>
				<tr><td><p>机关事业单位基本</p><p>养老保险缴费支出</p></td><td>31.71</td><td/></tr>
				<tr><td>注：本表反映部门本年度取得的各项收入情况。</td></tr>
				</tbody></table>
				<p>第三部分 情况说明</p>
				</body></html>
				""");
		assertThat(layout.lines()).extracting(LayoutLine::kind)
			.containsExactly(LineKind.TEXT, LineKind.TEXT, LineKind.ROW, LineKind.ROW, LineKind.TEXT, LineKind.TEXT);
		assertThat(layout.line(2).cells()).containsExactly("项目", "本年收入合计", "");
		assertThat(layout.line(3).cells()).containsExactly("机关事业单位基本\n养老保险缴费支出", "31.71", "");
		assertThat(layout.line(4).text()).isEqualTo("注：本表反映部门本年度取得的各项收入情况。");
		assertThat(layout.line(2).block()).isEqualTo(layout.line(3).block());
		assertThat(layout.line(1).block()).isNotEqualTo(layout.line(2).block());
	}

	@Test
	void aCellSpanningRowsLeavesAnEmptyCellInItsColumnsOfTheRowsBelow() {
		Layout layout = XhtmlLayout
			.read("""
					<html xmlns="http://www.w3.org/1999/xhtml"><body>
					<table><tbody>
					<tr><td rowspan="2">科目编码</td><td rowspan="2">科目名称</td><td colspan="3">本年支出</td><td rowspan="3">备注</td></tr>
					<tr><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
					<tr><td>2010101</td><td>行政运行</td><td>10.00</td><td>6.00</td><td>4.00</td></tr>
					<tr><td colspan="2" rowspan="2">合计</td><td>10.00</td><td>6.00</td><td>4.00</td><td>-</td></tr>
					<tr><td>1.00</td><td>2.00</td><td>3.00</td><td>-</td></tr>
					</tbody></table>
					<table><tbody><tr><td>项目</td><td>金额</td></tr></tbody></table>
					</body></html>
					""");
		assertThat(layout.line(0).cells()).containsExactly("科目编码", "科目名称", "本年支出", "", "", "备注");
		assertThat(layout.line(1).cells()).containsExactly("", "", "合计", "基本支出", "项目支出", "");
		assertThat(layout.line(2).cells()).containsExactly("2010101", "行政运行", "10.00", "6.00", "4.00", "");
		assertThat(layout.line(3).cells()).containsExactly("合计", "", "10.00", "6.00", "4.00", "-");
		assertThat(layout.line(4).cells()).containsExactly("", "", "1.00", "2.00", "3.00", "-");
		assertThat(layout.line(5).cells()).containsExactly("项目", "金额");
	}

	@Test
	void aWordDocumentsGridIsReadOnceAndOnlyForATableWhoseRowsDifferInWidth() {
		AtomicInteger reads = new AtomicInteger();
		Supplier<DocxGrid> grid = () -> {
			reads.incrementAndGet();
			return new DocxGrid(List.of(List.of(List.of(1, 2), List.of(1, 1, 1)), List.of(List.of(2), List.of(1, 1))));
		};
		String even = "<table><tbody><tr><td>项目</td><td>金额</td></tr><tr><td>合计</td><td>1.00</td></tr></tbody></table>";
		Layout layout = XhtmlLayout.read(xhtml(even + even), grid);
		assertThat(reads).hasValue(0);
		assertThat(layout.line(0).cells()).containsExactly("项目", "金额");
		String uneven = "<table><tbody><tr><td>项目</td><td>本年支出</td></tr>"
				+ "<tr><td>科目</td><td>基本支出</td><td>项目支出</td></tr></tbody></table>";
		layout = XhtmlLayout.read(xhtml(uneven + uneven), grid);
		assertThat(reads).hasValue(1);
		assertThat(layout.line(0).cells()).containsExactly("项目", "本年支出", "");
		assertThat(layout.line(1).cells()).containsExactly("科目", "基本支出", "项目支出");
		assertThat(layout.line(2).cells()).as("the second table's first row is one cell in its grid")
			.containsExactly("项目", "本年支出");
	}

	private static String xhtml(String body) {
		return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + body + "</body></html>";
	}

	@Test
	void spreadsheetSheetsAreBoundariesNamedByTheirTitle() {
		Layout layout = XhtmlLayout.read("""
				<html xmlns="http://www.w3.org/1999/xhtml"><body>
				<div class="sheet"><h1>01 收入支出决算总表</h1>
				<table><tbody><tr><td>收入支出决算总表</td></tr><tr><td>项目</td><td>金额</td></tr></tbody></table></div>
				<div class="sheet"><h1>02 收入决算表</h1>
				<table><tbody><tr><td>说明：无数据。</td></tr></tbody></table></div>
				</body></html>
				""");
		assertThat(layout.lines()).extracting(LayoutLine::kind)
			.containsExactly(LineKind.SHEET, LineKind.TEXT, LineKind.ROW, LineKind.SHEET, LineKind.TEXT);
		assertThat(layout.line(0).text()).isEqualTo("01 收入支出决算总表");
		assertThat(layout.asText().line(0)).isEmpty();
		assertThat(layout.asText().line(1)).isEqualTo("收入支出决算总表");
	}

}
