package org.disclosure.validate.rules.narrative;

import java.math.BigDecimal;
import java.util.List;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.Build;
import org.disclosure.validate.rules.Mutate;
import org.disclosure.validate.rules.fixtures.LuolongDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosure.contracts.FigureKind.AMOUNT;
import static org.disclosure.contracts.FigureKind.CHANGE;
import static org.disclosure.contracts.FigureKind.CHANGE_RATE;
import static org.disclosure.validate.rules.Mutate.named;
import static org.disclosure.validate.rules.RuleAssertions.findings;
import static org.disclosure.validate.rules.RuleAssertions.notApplicable;
import static org.disclosure.validate.rules.RuleAssertions.passes;
import static org.disclosure.validate.rules.RuleAssertions.single;

/**
 * The rules for the defects seen in real documents (DOMAIN.md), on short synthetic
 * sentences: a wrong comparison year, changes that disagree between sentences, a 财政拨款
 * figure quoted from the all-funds table, an increase to below zero. (Build's documents
 * are of fiscal year 2024.)
 */
class NarrativeDefectRulesTest {

	private static final String OVERVIEW = "一、收入支出决算总体情况说明";

	private static final String BASIC = "六、一般公共预算财政拨款基本支出决算情况说明";

	private final NarrativeComparisonYearRule year = new NarrativeComparisonYearRule();

	private final NarrativeChangesRule changes = new NarrativeChangesRule();

	@Test
	void aBudgetComparedWithItsOwnYearNamesTheWrongBase() {
		DocumentParsed wrong = budget(
				said("二、收入预算情况说明", 1, "收入合计", CHANGE, "12.50", "2024年收入预算合计500.00万元，比2024年预算增加12.50万元，增长2.56%。"));
		Finding error = single(this.year, wrong, Severity.ERROR);
		assertThat(error.message()).contains("2024").contains("the document's own year").contains("2023 or earlier");
		assertThat(error.location()).contains("比2024年预算增加12.50万元");

		passes(this.year, budget(
				said("二、收入预算情况说明", 1, "收入合计", CHANGE, "12.50", "2024年收入预算合计500.00万元，比2023年预算增加12.50万元，增长2.56%。")));
	}

	@Test
	void aYearAfterTheDocumentsIsWrongForEitherKind() {
		NarrativeFigure later = said(OVERVIEW, 1, "收支总计", CHANGE, "-8.00", "与2025年度相比，收入支出总计减少8.00万元。");
		Finding error = single(this.year, finalAccount(later), Severity.ERROR);
		assertThat(error.message()).contains("a year after the document's");
		single(this.year, budget(later), Severity.ERROR);
	}

	@Test
	void aFinalAccountMayMeasureItsYearAgainstTheSameYearsBudget() {
		passes(this.year, finalAccount(said(BASIC, 1, "基本支出", CHANGE, "-3.20", "基本支出决算318.45万元，比2024年年初预算减少3.20万元。")));
		Finding ownActuals = single(this.year,
				finalAccount(said(BASIC, 1, "基本支出", CHANGE, "-3.20", "基本支出决算318.45万元，比2024年度决算减少3.20万元。")),
				Severity.ERROR);
		assertThat(ownActuals.message()).contains("比2024年度决算");
	}

	@Test
	void aChangeWithoutANamedYearIsNotJudged() {
		notApplicable(this.year, finalAccount(said(OVERVIEW, 1, "收支总计", CHANGE, "-8.00", "与上年相比，收入支出总计减少8.00万元。")));
		notApplicable(this.year, Mutate.withoutFigures(LuolongDocument.parsed()));
	}

	@Test
	void incomeAndExpenditureTotalsBalanceSoTheirChangesAreOne() {
		List<NarrativeFigure> agreeing = List.of(Build.figure(OVERVIEW, 1, "收入总计", AMOUNT, "1055.79"),
				Build.figure(OVERVIEW, 1, "收入总计", CHANGE, "-3762.60"),
				Build.figure(OVERVIEW, 2, "支出总计", AMOUNT, "1055.79"),
				Build.figure(OVERVIEW, 2, "支出总计", CHANGE, "-3762.60"));
		passes(this.changes, Build.finalAccount(List.of(), agreeing));

		List<NarrativeFigure> disagreeing = List.of(agreeing.get(0), agreeing.get(1), agreeing.get(2),
				Build.figure(OVERVIEW, 2, "支出总计", CHANGE, "-3726.60"));
		Finding error = single(this.changes, Build.finalAccount(List.of(), disagreeing), Severity.ERROR);
		assertThat(error.expected()).isEqualByComparingTo("-3762.60");
		assertThat(error.actual()).isEqualByComparingTo("-3726.60");
		assertThat(error.message()).contains("支出总计").contains("收入总计");
	}

	@Test
	void aFigureRestatedInItsSectionCarriesTheSameChange() {
		List<NarrativeFigure> restated = List.of(Build.figure(BASIC, 1, "基本支出", AMOUNT, "318.45"),
				Build.figure(BASIC, 1, "基本支出", CHANGE, "94.35"), Build.figure(BASIC, 5, "基本支出", AMOUNT, "318.45"),
				Build.figure(BASIC, 5, "基本支出", CHANGE, "49.35"));
		single(this.changes, Build.finalAccount(List.of(), restated), Severity.ERROR);

		List<NarrativeFigure> otherAmount = List.of(restated.get(0), restated.get(1),
				Build.figure(BASIC, 5, "基本支出", AMOUNT, "300.00"), restated.get(3));
		// another amount of the same name is another figure: nothing to compare
		notApplicable(this.changes, Build.finalAccount(List.of(), otherAmount));
	}

	@Test
	void aChangeAgainstTheBudgetIsNotAChangeOverTheYear() {
		List<NarrativeFigure> figures = List.of(Build.figure(BASIC, 1, "基本支出", AMOUNT, "318.45"),
				Build.figure(BASIC, 1, "基本支出", CHANGE, "94.35"), Build.figure(BASIC, 5, "基本支出", AMOUNT, "318.45"),
				said(BASIC, 5, "基本支出", CHANGE, "-12.00", "基本支出决算318.45万元，比年初预算减少12.00万元。"));
		notApplicable(this.changes, Build.finalAccount(List.of(), figures));
	}

	@Test
	void aFiscalFigureQuotedFromTheAllFundsTableIsNamedSo() {
		NarrativeSourceRule rule = new NarrativeSourceRule();
		DocumentParsed luolong = LuolongDocument.parsed();
		passes(rule, luolong);
		// FA05 prints 1,000.00 of 一般公共预算; the narrative's 1055.79 is FA03's all-funds
		// total
		DocumentParsed quotedFromFa03 = Mutate.cell(luolong, "FA05", named("合计"), "合计", "1,000.00");
		List<Finding> warnings = findings(rule, quotedFromFa03, Severity.WARNING);
		assertThat(warnings).isNotEmpty().allSatisfy((warning) -> {
			assertThat(warning.message()).contains("一般公共预算财政拨款支出 1055.79")
				.contains("all funds' 本年支出合计")
				.contains("FA03")
				.contains("quoted from the wrong table");
			assertThat(warning.expected()).isEqualByComparingTo("1000.00");
		});
		assertThat(findings(rule, quotedFromFa03, Severity.ERROR)).as("the comparing rule (NR-GPB) raises the error")
			.isEmpty();

		DocumentParsed neither = Mutate.figure(quotedFromFa03, 7, "一般公共预算财政拨款支出", AMOUNT, "1100.00");
		assertThat(findings(rule, neither, Severity.WARNING)).as("a figure that is neither table's is a typo")
			.hasSize(warnings.size() - 1);
	}

	@Test
	void anIncreaseLargerThanTheAmountItReachedIsAnError() {
		NarrativeYearOnYearRule rule = new NarrativeYearOnYearRule();
		String section = "四、财政拨款收入支出预算总体情况说明";
		List<NarrativeFigure> copied = List.of(Build.figure(section, 1, "政府性基金预算", AMOUNT, "0.00"),
				Build.figure(section, 1, "政府性基金预算", CHANGE, "1421.25"));
		Finding error = single(rule, Build.budget(List.of(), copied), Severity.ERROR);
		assertThat(error.message()).contains("below zero").contains("-1421.25");

		List<NarrativeFigure> decrease = List.of(Build.figure(section, 1, "政府性基金预算", AMOUNT, "0.00"),
				Build.figure(section, 1, "政府性基金预算", CHANGE, "-1421.25"),
				Build.figure(section, 1, "政府性基金预算", CHANGE_RATE, "-100"));
		passes(rule, Build.budget(List.of(), decrease));
	}

	private static NarrativeFigure said(String section, int statement, String subject, FigureKind kind, String value,
			String sentence) {
		String unit = (kind == CHANGE_RATE) ? "%" : "万元";
		return new NarrativeFigure(section, statement, sentence, subject, null, null, kind, new BigDecimal(value),
				unit);
	}

	private static DocumentParsed budget(NarrativeFigure... figures) {
		return Build.document(DocKind.BUDGET, List.of(), List.of(figures));
	}

	private static DocumentParsed finalAccount(NarrativeFigure... figures) {
		return Build.document(DocKind.FINAL_ACCOUNT, List.of(), List.of(figures));
	}

}
