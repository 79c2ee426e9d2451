package org.disclosure.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.parse.layout.CellSpan;
import org.disclosure.parse.layout.Layout;
import org.disclosure.parse.layout.LayoutLine;
import org.disclosure.parse.layout.LineKind;
import org.disclosure.parse.layout.PlainTextLayout;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables read from small snippets of every layout: TAB rows, one cell per line, split
 * 类/款/项 columns with a unit row, triplets, two sides, BU06 continuation rows, rows
 * positioned by PDF coordinates only; tables end at 注/说明, not at blank lines.
 */
class TableRecognizerTest {

	private final TableRecognizer recognizer = new TableRecognizer(new TableTitleScanner());

	@Test
	void tabRowsAreReadByHeaderWithBlanksAndDashesAsZero() {
		Table table = only("""
				支出决算表
				公开 03 表
				金额单位：万元
				项目\t\t本年支出合计\t基本支出\t项目支出\t上缴上级支出\t经营支出\t对附属单位补助支出
				科目代码\t科目名称\t\t\t\t\t\t
				栏次\t\t1\t2\t3\t4\t5\t6
				合计\t\t1,055.79\t318.45\t737.34\t-\t—\t
				2101501\t行政运行\t276.50\t233.40\t43.10\t0.00\t\t
				2101502\t一般行政管理事务\t１.９９\t\t1.99\t\t\t

				注：本表反映部门本年度各项支出情况。
				""");
		assertThat(table.code()).isEqualTo(TableCode.FA03);
		assertThat(table.columnSource()).isEqualTo("header");
		assertThat(table.columns()).extracting(TableColumn::name)
			.containsExactly("本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出");
		TableRow total = table.total().orElseThrow();
		assertThat(total.amount("本年支出合计")).hasValue(new BigDecimal("1055.79"));
		assertThat(total.amount("上缴上级支出")).hasValue(new BigDecimal("0.00"));
		assertThat(total.amount("经营支出")).hasValue(new BigDecimal("0.00"));
		TableRow management = table.rows().get(2);
		assertThat(management.code()).isEqualTo("2101502");
		assertThat(management.level()).isEqualTo(SubjectLevel.ITEM);
		assertThat(management.parentCode()).isEqualTo("21015");
		assertThat(management.amount("本年支出合计")).hasValue(new BigDecimal("1.99"));
		assertThat(management.amount("基本支出")).hasValue(new BigDecimal("0.00"));
		assertThat(table.notes()).containsExactly("注：本表反映部门本年度各项支出情况。");
	}

	@Test
	void oneCellPerLineRowsWithAMergedTotalLabelAndContinuedCells() {
		Table table = only("""
				收入决算表
				\t公开02表

				\t单位：万元

				\t项目
				\t本年收入合计
				\t财政拨款收入

				\t功能分类
				科目编码
				\t科目名称
				\t
				\t

				\t合计
				\t1,054.60
				\t1,054.60

				\t201
				\t一般公共服务支出
				\t4.03
				\t

				\t20129
				\t群众团体事务
				\t4.03
				\t4.03

				\t注：本表反映部门本年度取得的各项收入情况。
				""");
		assertThat(table.code()).isEqualTo(TableCode.FA02);
		assertThat(table.columns()).extracting(TableColumn::name).containsExactly("本年收入合计", "财政拨款收入");
		assertThat(table.rows()).extracting(TableRow::kind)
			.containsExactly(RowKind.TOTAL, RowKind.SUBJECT, RowKind.SUBJECT);
		assertThat(table.total().orElseThrow().amount("财政拨款收入")).hasValue(new BigDecimal("1054.60"));
		TableRow general = table.rows().get(1);
		assertThat(general.level()).isEqualTo(SubjectLevel.CLASS);
		assertThat(general.parentCode()).isNull();
		assertThat(general.amount("财政拨款收入")).hasValue(new BigDecimal("0.00"));
		assertThat(table.rows().get(2).parentCode()).isEqualTo("201");
	}

	@Test
	void classSegmentItemColumnsAreJoinedAndAUnitRowIsNoSubject() {
		Table table = only("""
				部门支出总体情况表
				部门：卢氏县医疗保障局
				单位：万元
				科目编码\t\t\t单位代码\t单位（科目名称）\t合计\t基本支出\t项目支出
				类\t款\t项\t\t\t\t\t
				\t\t\t\t\t838.98\t628.48\t210.50
				\t\t\t517\t卢氏县医疗保障局\t838.98\t628.48\t210.50
				208\t05\t05\t\t机关事业单位基本养老保险缴费支出\t61.81\t61.81\t
				210\t15\t\t\t医疗保障管理事务\t84.00\t64.50\t19.50
				210\t\t\t\t卫生健康支出\t730.83\t566.67\t164.16
				""");
		assertThat(table.code()).isEqualTo(TableCode.BU03);
		assertThat(table.rows()).extracting(TableRow::kind)
			.containsExactly(RowKind.TOTAL, RowKind.UNIT, RowKind.SUBJECT, RowKind.SUBJECT, RowKind.SUBJECT);
		assertThat(table.rows()).extracting(TableRow::code).containsExactly(null, "517", "2080505", "21015", "210");
		assertThat(table.rows()).extracting(TableRow::level)
			.containsExactly(null, null, SubjectLevel.ITEM, SubjectLevel.SEGMENT, SubjectLevel.CLASS);
		assertThat(table.rows().get(2).parentCode()).isEqualTo("20805");
		assertThat(table.rows().get(2).amount("项目支出")).hasValue(new BigDecimal("0.00"));
		assertThat(table.total().orElseThrow().label()).isEqualTo("合计");
	}

	@Test
	void tripletsComeOutPerGroupAndTheClosingLineGivesBothTotals() {
		Table table = only("""
				一般公共预算财政拨款基本支出决算明细表
				公开06表
				人员经费\t\t\t公用经费\t\t\t\t\t
				科目代码\t科目名称\t决算数\t科目代码\t科目名称\t决算数\t科目代码\t科目名称\t决算数
				301\t工资福利支出\t298.64\t302\t商品和服务支出\t19.81\t307\t债务利息及费用支出\t0.00
				30101\t基本工资\t84.02\t30201\t办公费\t5.86\t30701\t国内债务付息\t
				\t\t\t30231\t公务用车运行维护\t0.00\t\t\t

				\t\t\t\t费\t\t\t\t
				人员经费合计\t\t298.64\t公用经费合计\t\t\t\t\t19.81
				""");
		assertThat(table.rows()).extracting(TableRow::code)
			.containsExactly("301", "30101", "302", "30201", "30231", "307", "30701", null, null);
		assertThat(table.rows()).extracting(TableRow::group)
			.containsExactly("人员经费", "人员经费", "公用经费", "公用经费", "公用经费", "公用经费", "公用经费", "人员经费", "公用经费");
		assertThat(table.rows().get(4).label()).isEqualTo("公务用车运行维护费");
		assertThat(table.row("公用经费合计").orElseThrow().amount("决算数")).hasValue(new BigDecimal("19.81"));
		assertThat(table.row("人员经费合计").orElseThrow().kind()).isEqualTo(RowKind.TOTAL);
	}

	@Test
	void twoSidesAreSplitAtTheSecondProjectHeaderAndShortRowsAlignRight() {
		Table table = only("""
				部门收支总体情况表
				单位：万元
				收入\t\t支出\t
				项目\t金额\t项目\t金额
				一、一般公共预算\t838.98\t一、一般公共服务\t
				\t十、卫生健康\t730.83
				\t十一、节能环保\t
				本年收入合计\t838.98\t本年支出合计\t838.98
				上年结转结余\t\t年终结转结余\t
				收入总计\t838.98\t支出总计\t838.98
				""");
		assertThat(table.row("收入", "一般公共预算").orElseThrow().amount("金额")).hasValue(new BigDecimal("838.98"));
		assertThat(table.row("支出", "卫生健康").orElseThrow().amount("金额")).hasValue(new BigDecimal("730.83"));
		assertThat(table.row("支出", "节能环保").orElseThrow().amount("金额")).hasValue(new BigDecimal("0.00"));
		assertThat(table.row("收入", "节能环保")).isEmpty();
		assertThat(table.row("收入", "上年结转结余")).isPresent();
		assertThat(table.row("支出", "支出总计").orElseThrow().kind()).isEqualTo(RowKind.TOTAL);
	}

	@Test
	void aLabelPaddedAtTheRowsEndMovesToTheExpenditureSide() {
		Table table = only("""
				部门收支总体情况表
				单位：万元
				项目\t金额\t项目\t金额
				一、一般公共预算\t838.98\t一、一般公共服务\t
				\t十一、节能环保\t\t
				本年收入合计\t838.98\t本年支出合计\t838.98
				""");
		assertThat(table.row("支出", "节能环保")).isPresent();
		assertThat(table.row("收入", "节能环保")).isEmpty();
	}

	@Test
	void bu06RowsWithoutCodeInheritTheCodeAbove() {
		Table table = only("""
				一般公共预算基本支出情况表
				单位：万元
				部门预算支出经济分类科目\t\t政府预算支出经济分类科目编码\t\t本年一般公共预算基本支出\t\t
				科目编码\t科目名称\t科目编码\t科目名称\t合计\t人员经费\t公用经费
				\t\t\t\t628.48\t611.78\t16.70
				30110\t职工基本医疗保险缴费\t50501\t工资福利支出\t0.91\t0.91\t
				\t职工基本医疗保险缴费\t50501\t工资福利支出\t25.44\t25.44\t
				30229\t福利费\t50502\t商品和服务支出\t5.18\t5.18\t
				""");
		assertThat(table.rows()).extracting(TableRow::code).containsExactly(null, "30110", "30110", "30229");
		assertThat(table.rows()).extracting(TableRow::codeKind)
			.containsExactly(null, CodeKind.ECONOMIC, CodeKind.ECONOMIC, CodeKind.ECONOMIC);
		assertThat(table.rows().get(2).amount("人员经费")).hasValue(new BigDecimal("25.44"));
		assertThat(table.rows().get(3).cell("科目名称").orElseThrow().text()).isEqualTo("商品和服务支出");
	}

	@Test
	void aTableEndsAtItsNoteNotAtABlankLineAndKeepsItsExplanation() {
		RecognizedTables tables = this.recognizer.recognize(PlainTextLayout.read("""
				政府性基金预算财政拨款收入支出决算表
				公开07表
				单位：万元
				项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余
				科目代码\t科目名称\t\t\t小计\t基本支出\t项目支出\t
				合计\t\t\t\t\t\t\t

				注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。

				说明：本部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。
				第三部分 2024 年度部门决算情况说明
				一、收入支出决算总体情况说明
				"""));
		Table table = tables.tables().get(0);
		assertThat(table.empty()).isTrue();
		assertThat(table.explanation()).startsWith("说明：本部门没有政府性基金收入");
		assertThat(table.columns()).extracting(TableColumn::name)
			.containsExactly("年初结转和结余", "本年收入", "本年支出合计", "基本支出", "项目支出", "年末结转和结余");
		assertThat(table.total()).isPresent();
	}

	@Test
	void theThreePublicGridIsPlacedByItsColumnNumbers() {
		Table table = only("""
				一般公共预算财政拨款“三公”经费支出决算表
				公开09表
				单位：万元
				预算数\t\t\t\t\t\t决算数\t\t\t\t\t
				合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费
				\t\t小计\t公务用车购置费\t公务用车运行维护费\t\t\t\t小计\t公务用车购置费\t公务用车运行维护费\t
				1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12
				0.29\t\t\t\t\t0.29\t0.15\t\t\t\t\t0.15
				""");
		assertThat(table.columnSource()).isEqualTo("column-numbers");
		assertThat(table.total().orElseThrow().amount("预算数")).hasValue(new BigDecimal("0.29"));
		assertThat(table.total().orElseThrow().amount("决算数")).hasValue(new BigDecimal("0.15"));
		assertThat(table.row("公务接待费").orElseThrow().amount("决算数")).hasValue(new BigDecimal("0.15"));
		assertThat(table.row("因公出国（境）费").orElseThrow().amount("预算数")).hasValue(new BigDecimal("0.00"));
	}

	@Test
	void rowsPositionedOnlyByCoordinatesAreAlignedIntoColumnsAndWrappedLabelsJoined() {
		List<LayoutLine> lines = positionedExpenditureTableHead();
		lines.add(positioned(4, new String[] { "合计", "1,073.37", "899.59", "173.78" },
				new float[] { 40, 262, 344, 424 }));
		lines.add(positioned(5, new String[] { "2101599", "其他医疗保障管理事务", "171.03", "171.03" },
				new float[] { 40, 100, 266, 428 }));
		lines.add(positioned(6, new String[] { "支出" }, new float[] { 100 }));
		lines.add(positioned(7, new String[] { "2101501", "行政运行", "190.19", "190.19" },
				new float[] { 40, 100, 266, 348 }));
		Table table = this.recognizer.recognize(new Layout("pdf", lines)).tables().get(0);
		assertThat(table.rows()).extracting(TableRow::label).containsExactly("合计", "其他医疗保障管理事务支出", "行政运行");
		TableRow other = table.rows().get(1);
		assertThat(other.amount("本年支出合计")).hasValue(new BigDecimal("171.03"));
		assertThat(other.amount("基本支出")).hasValue(new BigDecimal("0.00"));
		assertThat(other.amount("项目支出")).hasValue(new BigDecimal("171.03"));
		assertThat(table.rows().get(2).amount("基本支出")).hasValue(new BigDecimal("190.19"));
		assertThat(table.total().orElseThrow().amount("项目支出")).hasValue(new BigDecimal("173.78"));
	}

	@Test
	void aTitleWithoutHeaderLinesIsOnlyAListing() {
		RecognizedTables tables = this.recognizer.recognize(PlainTextLayout.read("""
				第二部分 2024 年度部门预算表
				一、部门收支总体情况表
				二、部门收入总体情况表
				第三部分 名词解释
				"""));
		assertThat(tables.tables()).isEmpty();
		assertThat(tables.listedOnly()).containsExactly(TableCode.BU01, TableCode.BU02);
	}

	@Test
	void aTableWhoseTitleIsUnknownGetsItsCodeByItsShape() {
		RecognizedTables tables = this.recognizer.recognize(PlainTextLayout.read("""
				表三 2024年部门资金预算安排明细表
				单位：万元
				科目编码\t科目名称\t合计\t基本支出\t项目支出
				合计\t\t100.00\t60.00\t40.00
				201\t一般公共服务支出\t100.00\t60.00\t40.00
				20101\t人大事务\t100.00\t60.00\t40.00
				2010101\t行政运行\t100.00\t60.00\t40.00
				"""));
		Table table = tables.tables().get(0);
		assertThat(table.code()).isEqualTo(TableCode.BU03);
		assertThat(table.recognition()).isEqualTo("shape");
		assertThat(table.title()).contains("部门资金预算安排明细表");
		assertThat(table.total().orElseThrow().amount("基本支出")).hasValue(new BigDecimal("60.00"));
		assertThat(tables.others()).isEmpty();
	}

	@Test
	void anUnknownTwoSidedTableOfTheAppropriationsIsTheirTotalTable() {
		RecognizedTables tables = this.recognizer.recognize(PlainTextLayout.read("""
				财政资金收支预算安排表
				单位：万元
				收入\t\t支出\t
				项目\t预算数\t项目\t预算数
				一般公共预算财政拨款\t80.00\t一般公共服务支出\t80.00
				本年收入合计\t80.00\t本年支出合计\t80.00
				"""));
		assertThat(tables.tables()).extracting(Table::code).containsExactly(TableCode.BU04);
		assertThat(tables.tables().get(0).recognition()).isEqualTo("shape");
	}

	@Test
	void aColumnOfRowNumbersBeforeBothSidesIsNoPartOfTheTable() {
		Table table = only("""
				收支总表
				360138邯郸职业技术学院\t预算年度:2024\t单位:万元
				序号\t收入\t\t支出\t
				\t项目\t预算数\t项目\t预算数
				1\t一、一般公共预算拨款收入\t100.00\t一、一般公共服务支出\t
				2\t二、政府性基金预算拨款收入\t\t二、教育支出\t7843.00
				3\t三、财政专户管理资金收入\t7733.00\t\t
				4\t四、单位资金\t10.00\t\t
				5\t本年收入合计\t7843.00\t本年支出合计\t7843.00
				""");
		assertThat(table.code()).isEqualTo(TableCode.BU01);
		assertThat(table.rows()).filteredOn((row) -> row.group().equals(TwoSidedTableReader.INCOME))
			.extracting(TableRow::label)
			.containsExactly("一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "三、财政专户管理资金收入", "四、单位资金", "本年收入合计");
		TableRow income = table.rows().get(4);
		assertThat(income.kind()).isEqualTo(RowKind.TOTAL);
		assertThat(income.cells()).singleElement()
			.satisfies((cell) -> assertThat(cell.amount()).isEqualByComparingTo("7843.00"));
		assertThat(table.rows()).filteredOn((row) -> row.label().equals("二、教育支出"))
			.singleElement()
			.satisfies((row) -> assertThat(row.cells().get(0).amount()).isEqualByComparingTo("7843.00"));
	}

	@Test
	void aColumnOfRowNumbersBeforeTheSubjectsIsNoPartOfTheTable() {
		Table table = only("""
				一般公共预算支出表
				单位：万元
				序号\t科目编码\t科目名称\t合计\t基本支出\t项目支出
				1\t\t合计\t100.00\t60.00\t40.00
				2\t2050305\t高等职业教育\t100.00\t60.00\t40.00
				""");
		assertThat(table.code()).isEqualTo(TableCode.BU05);
		assertThat(table.columns()).extracting(TableColumn::name).containsExactly("合计", "基本支出", "项目支出");
		TableRow subject = table.rows().get(1);
		assertThat(subject.code()).isEqualTo("2050305");
		assertThat(subject.amount("基本支出")).hasValue(new BigDecimal("60.00"));
	}

	/**
	 * Yunnan prints the 一般公共预算财政拨款 expenditure by function in a 收入支出 table (年初结转, 本年收入,
	 * 本年支出 小计/基本/项目, 年末结转): where the set has no 一般公共预算财政拨款支出决算表 it is that table (FA05,
	 * its 本年支出 the 合计), never the fund's FA07 its columns also fit.
	 */
	@Test
	void theGeneralBudgetsIncomeAndExpenditureTableStandsForItsExpenditureTable() {
		RecognizedTables tables = this.recognizer.recognize(PlainTextLayout.read(YUNNAN_GENERAL_BUDGET));
		Table table = tables.tables().get(0);
		assertThat(tables.tables()).hasSize(1);
		assertThat(table.code()).isEqualTo(TableCode.FA05);
		assertThat(table.recognition()).isEqualTo("shape");
		TableRow total = table.total().orElseThrow();
		assertThat(total.amount("合计")).hasValue(new BigDecimal("100.00"));
		assertThat(total.amount("基本支出")).hasValue(new BigDecimal("60.00"));
		assertThat(total.amount("项目支出")).hasValue(new BigDecimal("40.00"));
	}

	/**
	 * Beijing prints both: the 收入支出 table and then 一般公共预算财政拨款支出决算表, which is FA05.
	 */
	@Test
	void theGeneralBudgetsIncomeAndExpenditureTableBesideItsExpenditureTableIsAnotherTable() {
		RecognizedTables tables = this.recognizer.recognize(PlainTextLayout.read(YUNNAN_GENERAL_BUDGET + """
				一般公共预算财政拨款支出决算表
				公开06表
				单位：万元
				科目编码\t科目名称\t合计\t基本支出\t项目支出
				合计\t\t100.00\t60.00\t40.00
				2010101\t行政运行\t100.00\t60.00\t40.00
				"""));
		assertThat(tables.tables()).extracting(Table::code).containsExactly(TableCode.FA05);
		assertThat(tables.tables()).extracting(Table::recognition).containsExactly("title");
		assertThat(tables.others()).extracting(OtherTable::title).containsExactly("一般公共预算财政拨款收入支出决算表");
	}

	@Test
	void theFundsNameInAnUnknownTitleDoesNotMakeItABudgetsTable() {
		RecognizedTables tables = this.recognizer.recognize(PlainTextLayout.read("""
				收入决算表
				公开02表
				单位：万元
				科目代码\t科目名称\t本年收入合计\t财政拨款收入\t其他收入
				合计\t\t10.00\t10.00\t0.00
				2010101\t行政运行\t10.00\t10.00\t0.00
				一般公共预算资金支出明细情况表
				单位：万元
				科目代码\t科目名称\t合计\t基本支出\t项目支出
				合计\t\t10.00\t6.00\t4.00
				2010101\t行政运行\t10.00\t6.00\t4.00
				2010102\t一般行政管理事务\t0.00\t0.00\t0.00
				"""));
		assertThat(tables.tables()).extracting(Table::code).containsExactly(TableCode.FA02, TableCode.FA05);
	}

	@Test
	void anUnknownTableThatFitsNoShapeIsCountedWithItsTitle() {
		RecognizedTables tables = this.recognizer.recognize(PlainTextLayout.read("""
				部门资产占用情况表
				单位：人
				类别\t编制数\t实有人数
				行政编制\t12\t11
				事业编制\t3\t3
				"""));
		assertThat(tables.tables()).isEmpty();
		assertThat(tables.others()).extracting(OtherTable::title).containsExactly("部门资产占用情况表");
	}

	@Test
	void aShapeIsNotGivenACodeTheDocumentAlreadyHas() {
		RecognizedTables tables = this.recognizer.recognize(PlainTextLayout.read("""
				支出决算表
				公开03表
				单位：万元
				科目代码\t科目名称\t本年支出合计\t基本支出\t项目支出
				合计\t\t10.00\t6.00\t4.00
				2010101\t行政运行\t10.00\t6.00\t4.00
				2010102\t一般行政管理事务\t0.00\t0.00\t0.00
				部门支出明细决算表
				单位：万元
				科目代码\t科目名称\t本年支出合计\t基本支出\t项目支出
				合计\t\t10.00\t6.00\t4.00
				2010101\t行政运行\t10.00\t6.00\t4.00
				2010102\t一般行政管理事务\t0.00\t0.00\t0.00
				"""));
		assertThat(tables.tables()).extracting(Table::code).containsExactly(TableCode.FA03, TableCode.FA05);
		assertThat(tables.tables()).extracting(Table::recognition).containsExactly("title", "shape");
	}

	@Test
	void eachTableKeepsItsOwnUnitAndItsAmountsAreReadInTenThousandsAtThePrintedPrecision() {
		List<Table> tables = this.recognizer.recognize(PlainTextLayout.read("""
				支出决算表
				公开03表
				单位：元
				科目代码\t科目名称\t本年支出合计\t基本支出\t项目支出
				合计\t\t12,345,678\t2,345,678.50\t10,000,000
				2010101\t行政运行\t12,345,678\t2,345,678.50\t10,000,000
				一般公共预算财政拨款支出决算表
				单位：千元
				科目代码\t科目名称\t本年支出合计\t基本支出\t项目支出
				合计\t\t1,234.5\t234.5\t1,000
				2010101\t行政运行\t1,234.5\t234.5\t1,000
				""")).tables();

		Table yuan = tables.get(0);
		assertThat(yuan.unit()).isEqualTo("元");
		TableRow total = yuan.total().orElseThrow();
		assertThat(total.amount("本年支出合计")).hasValue(new BigDecimal("1234.5678"));
		assertThat(total.amount("基本支出")).hasValue(new BigDecimal("234.567850"));
		assertThat(total.cells()).extracting(TableCell::text).contains("12,345,678", "2,345,678.50");
		Table thousands = tables.get(1);
		assertThat(thousands.unit()).isEqualTo("千元");
		assertThat(thousands.code()).isEqualTo(TableCode.FA05);
		assertThat(thousands.total().orElseThrow().amount("合计")).hasValue(new BigDecimal("123.45"));
		assertThat(thousands.total().orElseThrow().amount("项目支出")).hasValue(new BigDecimal("100.0"));
	}

	@Test
	void aLetterSpacedLabelIsOneLabel() {
		List<LayoutLine> lines = positionedExpenditureTableHead();
		lines.add(positioned(4, new String[] { "合", "计", "1,073.37", "899.59", "173.78" },
				new float[] { 60, 150, 262, 344, 424 }));
		lines.add(positioned(5, new String[] { "2101501", "行政运行", "190.19", "190.19" },
				new float[] { 40, 100, 266, 348 }));
		Table table = this.recognizer.recognize(new Layout("pdf", lines)).tables().get(0);
		assertThat(table.rows()).extracting(TableRow::label).containsExactly("合计", "行政运行");
		assertThat(table.total().orElseThrow().amount("项目支出")).hasValue(new BigDecimal("173.78"));
	}

	private static final String YUNNAN_GENERAL_BUDGET = """
			一般公共预算财政拨款收入支出决算表
			公开05表
			单位：万元
			项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余
			科目编码\t科目名称\t\t\t小计\t基本支出\t项目支出\t
			\t合计\t1.00\t110.00\t100.00\t60.00\t40.00\t11.00
			201\t一般公共服务支出\t1.00\t110.00\t100.00\t60.00\t40.00\t11.00
			20101\t人大事务\t1.00\t110.00\t100.00\t60.00\t40.00\t11.00
			2010101\t行政运行\t1.00\t110.00\t100.00\t60.00\t40.00\t11.00
			""";

	private Table only(String text) {
		List<Table> tables = this.recognizer.recognize(PlainTextLayout.read(text)).tables();
		assertThat(tables).hasSize(1);
		return tables.get(0);
	}

	/** A line of a PDF without rulings: cells at x, 6 points wide per character. */
	/**
	 * The title, number, unit and heading of an FA05-like table whose rows are
	 * positioned.
	 */
	private static List<LayoutLine> positionedExpenditureTableHead() {
		List<LayoutLine> lines = new ArrayList<>();
		lines.add(LayoutLine.text(0, "支出决算表", 1));
		lines.add(LayoutLine.text(1, "公开03表", 1));
		lines.add(LayoutLine.text(2, "单位：万元", 1));
		lines.add(positioned(3, new String[] { "科目代码", "科目名称", "本年支出合计", "基本支出", "项目支出" },
				new float[] { 40, 100, 250, 330, 410 }));
		return lines;
	}

	private static LayoutLine positioned(int index, String[] cells, float[] xs) {
		List<CellSpan> spans = new ArrayList<>();
		for (int i = 0; i < cells.length; i++) {
			spans.add(new CellSpan(xs[i], xs[i] + 6 * cells[i].length()));
		}
		LineKind kind = (cells.length > 1) ? LineKind.ROW : LineKind.TEXT;
		return new LayoutLine(index, kind, List.of(cells), 1, spans);
	}

}
