package org.disclosure.parse.tables;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows are matched by name, numbering and spacing aside. */
class RowNamesTest {

	@Test
	void numberingIsStripped() {
		assertThat(RowNames.name("一、一般公共服务支出")).isEqualTo("一般公共服务支出");
		assertThat(RowNames.name("（一）一般公共预算拨款")).isEqualTo("一般公共预算拨款");
		assertThat(RowNames.name("(十九) 援助其他地区支出")).isEqualTo("援助其他地区支出");
		assertThat(RowNames.name("二十一、住房保障支出")).isEqualTo("住房保障支出");
		assertThat(RowNames.name("1. 基本工资")).isEqualTo("基本工资");
		assertThat(RowNames.name("其中：财政拨款")).isEqualTo("财政拨款");
		assertThat(RowNames.name("2024年专项业务费")).isEqualTo("2024年专项业务费");
	}

	@Test
	void spacesInsideCjkWordsAndWrappedLinesAreRemovedFromLabels() {
		assertThat(RowNames.label("本年收入合 计")).isEqualTo("本年收入合计");
		assertThat(RowNames.label("机关事业单位基本\n养老保险缴费支出")).isEqualTo("机关事业单位基本养老保险缴费支出");
		assertThat(RowNames.label("2024 年专项业务费")).isEqualTo("2024年专项业务费");
		assertThat(RowNames.label("DRG  and DIP")).isEqualTo("DRG and DIP");
	}

	@Test
	void namesCompareFullWidthAndHalfWidthAlike() {
		assertThat(RowNames.is("因公出国（境）费用", "因公出国(境)费用")).isTrue();
		assertThat(RowNames.is("本年收入合 计", "本年收入合计")).isTrue();
	}

}
