package org.disclosure.validate.rules.completeness;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 目录 entry and the table it names say the same title once their numbering, brackets,
 * whose and which year are set aside, however each is numbered.
 */
class TableOfContentsMatchRuleTest {

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			一、收支总表                                 | 收支总表
			（三）支出总表                               | 2024年部门支出总表
			表1-1. 部门收入总表                          | 部门收入总表
			表1-收支总表                                 | 收支总表
			表一 收支总表                                | 收支总表
			附表2-1 财政拨款收支总表                     | 财政拨款收支总表
			部门收支总表（表一）                         | 部门收支总表
			部门收支总表 表1                             | 部门收支总表
			5.2023年一般公共预算支出表                   | 一般公共预算支出表
			一般公共预算支出表                           | 一般公共预算支出表
			""")
	void numberingAroundATitleIsNoPartOfIt(String listed, String printed) {
		assertThat(TableOfContentsMatchRule.core(listed)).isEqualTo(TableOfContentsMatchRule.core(printed));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			一般公共预算支出表       | 一般公共预算支出表
			十、政府采购预算表       | 政府采购预算表
			""")
	void aTitleStartingWithANumeralKeepsIt(String title, String core) {
		assertThat(TableOfContentsMatchRule.core(title)).isEqualTo(core);
	}

}
