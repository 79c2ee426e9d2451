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
			收入预算表                                           | BU02
			部门支出预算表                                       | BU03
			部门收支预算总体情况表                               | BU01
			部门预算收支总表                                     | BU01
			财政预算拨款收支总体情况表                           | BU04
			财政拨款收支情况表                                   | BU04
			一般公共预算拨款支出预算表                           | BU05
			政府性基金预算拨款支出预算表                         | BU09
			国有资本经营预算拨款支出预算表                       | BU11
			财政拨款预算“三公”经费支出表                         | BU08
			“三公”经费财政拨款支出预算表                         | BU08
			财政拨款安排的行政经费及“三公”经费预算表             | BU08
			一般公共预算财政拨款“三公”经费、会议费、培训费支出情况表 | BU08
			一般公共预算财政拨款机关运行经费表                   | BU12
			项目支出表                                           | BU10
			政府采购预算支出表                                   | BU15
			整体支出绩效目标表                                   | BU13
			单位预算项目支出绩效目标表                           | BU14
			收入支出决算表                                       | FA01
			收入支出决算公开表                                   | FA01
			收入决算总表                                         | FA02
			支出决算总表                                         | FA03
			财政拨款收入支出决算表                               | FA04
			一般公共预算支出决算表                               | FA05
			一般公共预算基本支出决算表                           | FA06
			政府性基金预算支出决算表                             | FA07
			政府性基金预算财政拨款支出决算表                     | FA07
			国有资本经营预算支出决算表                           | FA08
			财政拨款安排的“三公”经费支出决算表                   | FA09
			一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表 | FA09
			财政拨款“三公”经费、会议费、培训费支出决算表         | FA09
			一般公共预算及政府性基金财政拨款“三公”经费支出决算表 | FA09
			一般公共预算财政拨款项目支出决算明细表               | FA12
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
			一般公共预算支出预算表(按功能科目分类)               | BU05
			一般公共预算基本支出情况表(按经济分类款级科目)       | BU06
			一般公共预算支出决算表(功能科目)                     | FA05
			一般公共预算基本支出决算表(经济科目)                 | FA06
			5.2023年一般公共预算支出表 (财政拨款)                | BU05
			7.2023年部门“三公”经费支出预算表 (财政拨款)          | BU08
			收入决算表(按功能分类列示)                           | FA02
			一、《收支预算总表》                                 | BU01
			部门/单位收支总体情况表                               | BU01
			(一)收入支出决算总表 ..................................(1) | FA01
			一、收入支出决算总表 PAGEREF _Toc20349 h 22           | FA01
			三、支出决算表……………………5                           | FA03
			五、 政府性基金预算支出表。                          | BU09
			收入支出决算总表（续表1）                            | FA01
			表1-收支总表                                         | BU01
			表一 收支总表                                        | BU01
			表1-1. 部门收入总表                                  | BU02
			部门收支总表（表一）                                 | BU01
			部门收支总表 表1                                     | BU01
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

	/**
	 * Tables that look like canonical ones by their last words but hold something else:
	 * another fund's 三公, one fund's income and expenditure, figures split by unit, the
	 * basic expenditure alone, all appropriations by function.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			政府性基金预算“三公”经费支出表
			政府性基金预算“三公”经费支出预算表
			一般公共预算财政拨款收入支出决算表
			收入决算表(按单位列示)
			支出决算表(分单位)
			基本支出预算表
			财政拨款支出预算表
			财政拨款支出决算表(功能科目)
			一般公共预算项目支出表
			政府购买服务支出预算表
			项目支出决算表
			政府性基金预算收支表
			""")
	void aTitleThatEndsLikeACanonicalOneButHoldsOtherFiguresIsNone(String title) {
		assertThat(TitleForm.code(title)).isEmpty();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			一般公共预算“三公”经费情况表                         | false
			收支总表                                             | false
			部门收入总体情况表                                   | false
			一般公共预算支出表                                   | false
			一般公共预算支出预算表                               | true
			一般公共预算财政拨款支出决算表                       | true
			部门预算收支总表                                     | true
			""")
	void aTitleNamesItsKindOnlyByWordsOutsideTheFundsNames(String title, boolean namesKind) {
		assertThat(TitleForm.namesKind(title)).isEqualTo(namesKind);
	}

}
