package org.disclosure.parse.tables;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The character a table's title must end with, which lets the title scan pass over the
 * lines that cannot end with one, and the scan's answer with and without it.
 */
class TableCodeTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiterString = " → ", textBlock = """
			支出决算表 → 表
			财政拨款(?:收入支出|收支)决算总表 → 表
			(?:部门)?收入(?:预算)?总(?:体情况)?表 → 表
			项目绩效自评表|[\\p{IsHan}]*转移支付绩效自评表 → 表
			收入表|支出 → -
			收入表|支出格 → -
			决算表? → -
			决算[表格] → -
			(?:收入表|支出表) → -
			决算\\表 → -
			""")
	void anEndingIsReadOnlyWhereEveryAlternativeEndsWithTheSameIdeograph(String regex, String expected) {
		assertThat(TableCode.lastCharacter(regex)).isEqualTo(expected.equals("-") ? -1 : expected.charAt(0));
	}

	@Test
	void everyCanonicalTitleEndsWith表() {
		for (TableCode code : TableCode.values()) {
			assertThat(TableCode.lastCharacter(code.title().pattern())).as(code.name()).isEqualTo('表');
		}
		assertThat(TableCode.FA03.titleStart("洛龙区财政局支出决算表")).isEqualTo(6);
		assertThat(TableCode.FA03.titleStart("洛龙区财政局支出决算表(续)")).isEqualTo(-1);
	}

	@Test
	void theScanFindsTheSameStartWithoutTheShortcut() {
		String[] lines = { "2024年洛龙区财政局支出决算表", "部门收支总体情况表", "一、收入支出决算总表说明", "表", "", "单位：万元", "2018年部门预算项目支出绩效自评表" };
		for (TableCode code : TableCode.values()) {
			for (String line : lines) {
				assertThat(code.titleStart(line)).as("%s in %s", code, line).isEqualTo(slowStart(code, line));
			}
		}
	}

	/**
	 * The longest ending of {@code line} that is {@code code}'s title, tried at every
	 * start.
	 */
	private static int slowStart(TableCode code, String line) {
		Pattern title = code.title();
		for (int start = 0; start < line.length(); start++) {
			if (title.matcher(line).region(start, line.length()).matches()) {
				return start;
			}
		}
		return -1;
	}

}
