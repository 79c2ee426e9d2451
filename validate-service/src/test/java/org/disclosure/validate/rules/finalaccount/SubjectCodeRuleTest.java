package org.disclosure.validate.rules.finalaccount;

import java.util.List;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.Build;
import org.disclosure.validate.rules.fixtures.LuolongDocument;
import org.disclosure.validate.rules.fixtures.LushiDocument;
import org.disclosure.validate.rules.fixtures.XuchangDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosure.validate.rules.RuleAssertions.findings;
import static org.disclosure.validate.rules.RuleAssertions.notApplicable;
import static org.disclosure.validate.rules.RuleAssertions.passes;
import static org.disclosure.validate.rules.RuleAssertions.single;

/** SUBJ-CODE on small synthetic subject tables and on the fixtures. */
class SubjectCodeRuleTest {

	private final SubjectCodeRule rule = new SubjectCodeRule();

	@Test
	void theFixturesCodesFitTheirNamesAndParents() {
		passes(this.rule, LuolongDocument.parsed());
		passes(this.rule, XuchangDocument.parsed());
		passes(this.rule, LushiDocument.parsed());
	}

	@Test
	void aClassCodePrintedWithAnotherClassesNameIsAnError() {
		ParsedTable fa05 = Build.table("FA05", "合计")
			.subject("221", "一般公共服务支出", "10.00")
			.subject("22102", "住房改革支出", "10.00")
			.build();
		Finding error = single(this.rule, Build.finalAccount(List.of(fa05), List.of()), Severity.ERROR);
		assertThat(error.message()).contains("221").contains("住房保障支出").contains("一般公共服务支出").contains("类 201");

		ParsedTable olderName = Build.table("FA05", "合计").subject("210", "医疗卫生与计划生育支出", "10.00").build();
		passes(this.rule, Build.finalAccount(List.of(olderName), List.of()));
		ParsedTable unknownName = Build.table("FA05", "合计").subject("221", "安居工程", "10.00").build();
		passes(this.rule, Build.finalAccount(List.of(unknownName), List.of()));
	}

	@Test
	void aRowWhoseCodeDoesNotBeginWithItsParentsIsAWarning() {
		ParsedTable misplaced = Build.table("FA03", "合计")
			.subject("201", "一般公共服务支出", "10.00")
			.subject("20805", "行政事业单位养老支出", "10.00")
			.subject("2080505", "机关事业单位基本养老保险缴费支出", "10.00")
			.build();
		Finding warning = single(this.rule, Build.finalAccount(List.of(misplaced), List.of()), Severity.WARNING);
		assertThat(warning.message()).contains("20805").contains("stands under 201");
		assertThat(findings(this.rule, Build.finalAccount(List.of(misplaced), List.of()), Severity.ERROR)).isEmpty();
	}

	@Test
	void oneCodeNamedDifferentlyInTwoTablesIsAWarning() {
		ParsedTable fa03 = Build.table("FA03", "合计").subject("2010101", "行政运行", "5.00").build();
		ParsedTable fa05 = Build.table("FA05", "合计").subject("2010101", "一般行政管理事务", "5.00").build();
		Finding warning = single(this.rule, Build.finalAccount(List.of(fa03, fa05), List.of()), Severity.WARNING);
		assertThat(warning.message()).contains("2010101").contains("行政运行").contains("一般行政管理事务");

		ParsedTable abbreviated = Build.table("FA05", "合计").subject("2010101", "行政运行（机关）", "5.00").build();
		passes(this.rule, Build.finalAccount(List.of(fa03, abbreviated), List.of()));
	}

	@Test
	void withoutCodedRowsTheRuleDoesNotApply() {
		DocumentParsed named = Build
			.finalAccount(List.of(Build.table("FA01", "金额").line("支出", "一般公共服务支出", "10.00").build()), List.of());
		notApplicable(this.rule, named);
	}

}
