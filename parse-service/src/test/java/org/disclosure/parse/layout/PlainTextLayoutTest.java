package org.disclosure.parse.layout;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The two plain-text table layouts and running text. */
class PlainTextLayoutTest {

	@Test
	void tabSeparatedRowsKeepTheirEmptyCells() {
		Layout layout = PlainTextLayout.read("收入决算表\n\t9\t\t九、卫生健康支出\t39\t993.85\n合计\t\t1,055.79\t\n");
		assertThat(layout.lines()).extracting(LayoutLine::kind)
			.containsExactly(LineKind.TEXT, LineKind.ROW, LineKind.ROW);
		assertThat(layout.line(1).cells()).containsExactly("", "9", "", "九、卫生健康支出", "39", "993.85");
		assertThat(layout.line(2).cells()).containsExactly("合计", "", "1,055.79", "");
	}

	@Test
	void oneCellPerLineRowsAreSeparatedByEmptyLines() {
		Layout layout = PlainTextLayout.read("""
				\t项目
				\t本年收入合计

				\t功能分类
				科目编码
				\t科目名称
				\t
				\t

				\t201
				\t一般公共服务支出
				\t4.03
				""");
		assertThat(layout.lines()).extracting(LayoutLine::kind).containsOnly(LineKind.ROW);
		assertThat(layout.line(0).cells()).containsExactly("项目", "本年收入合计");
		assertThat(layout.line(1).cells()).containsExactly("功能分类\n科目编码", "科目名称", "", "");
		assertThat(layout.line(2).cells()).containsExactly("201", "一般公共服务支出", "4.03");
		assertThat(layout.line(1).block()).isNotEqualTo(layout.line(2).block());
	}

	@Test
	void aLoneCellIsTextAndBlankLinesStartBlocksButAreNoLines() {
		Layout layout = PlainTextLayout.read("\t公开01表\n\n一、收入支出决算总体情况说明\n\n\n2024 年度收、支总计均为 1055.79 万元。\n");
		assertThat(layout.lines()).extracting(LayoutLine::text)
			.containsExactly("公开01表", "一、收入支出决算总体情况说明", "2024 年度收、支总计均为 1055.79 万元。");
		assertThat(layout.lines()).extracting(LayoutLine::kind).containsOnly(LineKind.TEXT);
		assertThat(layout.line(1).block()).isLessThan(layout.line(2).block());
	}

}
