package org.disclosure.parse.tables;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The titles provinces give one table, with the decorations printed around them
 * (numbering, year, department, 公开N表, brackets), name the same canonical table.
 */
class TitleVocabularyTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			部门收支总体情况表                                   | BU01
			收支预算总表                                         | BU01
			2023年部门财务收支预算总表                           | BU01
			部门收支总表                                         | BU01
			收入预算总表                                         | BU02
			支出预算总表                                         | BU03
			财政拨款收支预算总表                                 | BU04
			一般公共预算支出预算表                               | BU05
			一般公共预算支出功能分类预算表                       | BU05
			一般公共预算基本支出预算表                           | BU06
			一般公共预算基本支出部门预算经济分类预算表           | BU06
			“三公”经费和机关运行经费预算表                       | BU08
			“三公”经费、会议费、培训费支出预算表                 | BU08
			政府性基金预算支出功能分类预算表                     | BU09
			财政拨款政府性基金支出预算表                         | BU09
			国有资本经营预算支出功能分类预算表                   | BU11
			政府采购预算表                                       | BU15
			政府采购支出预算表                                   | BU15
			""")
	void aProvincesTitleNamesItsTable(String title, TableCode code) {
		assertThat(TitleForm.code(title)).hasValue(code);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			一、部门收支总体情况表                               | BU01
			（一）收支预算总表                                   | BU01
			附表1：部门收支总体情况表                            | BU01
			表1 2025年部门收支总体情况表                         | BU01
			2025年部门收支总体情况表（公开01表）                 | BU01
			公开02表 收入预算总表                                | BU02
			部门支出总体情况表(续)                               | BU03
			2018年江苏省高级人民法院政府采购预算表               | BU15
			上海市普陀区教育局2025年财政拨款收支预算总表         | BU04
			一般公共预算支出预算表（按功能分类科目）             | BU05
			收 支 预 算 总 表                                    | BU01
			九、财政拨款“三公”经费支出决算表                     | FA09
			""")
	void decorationsAroundATitleDoNotChangeIt(String title, TableCode code) {
		assertThat(TitleForm.code(title)).hasValue(code);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			政府性基金预算财政拨款支出决算表
			一般公共预算财政拨款支出决算表
			财政拨款支出决算明细表
			""")
	void wordsThatChangeWhatATableHoldsAreNoDecoration(String title) {
		assertThat(TitleForm.code(title)).isNotEqualTo(TitleForm.code("支出决算表"));
	}

}
