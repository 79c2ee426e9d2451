package org.disclosure.parse.layout;

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
