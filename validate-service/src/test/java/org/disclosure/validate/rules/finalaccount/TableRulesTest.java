package org.disclosure.validate.rules.finalaccount;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.Build;
import org.disclosure.validate.rules.Mutate;
import org.disclosure.validate.rules.fixtures.LuolongDocument;
import org.disclosure.validate.rules.fixtures.XuchangDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosure.validate.rules.Mutate.code;
import static org.disclosure.validate.rules.Mutate.named;
import static org.disclosure.validate.rules.RuleAssertions.figures;
import static org.disclosure.validate.rules.RuleAssertions.findings;
import static org.disclosure.validate.rules.RuleAssertions.notApplicable;
import static org.disclosure.validate.rules.RuleAssertions.passes;
import static org.disclosure.validate.rules.RuleAssertions.single;

/** The within-table rules of a final account, on the fixtures' figures. */
class TableRulesTest {

	private final DocumentParsed luolong = LuolongDocument.parsed();

	private final DocumentParsed xuchang = XuchangDocument.parsed();

	@Test
	void fa01IncomeSum() {
		Fa01IncomeSumRule rule = new Fa01IncomeSumRule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		Finding error = single(rule, Mutate.cell(this.luolong, "FA01", named("收入", "事业收入"), "金额", "12.00"),
				Severity.ERROR);
		figures(error, "1067.79", "1055.79", "-12.00");
		assertThat(error.location()).contains("FA01").contains("本年收入合计");
		notApplicable(rule, Mutate.without(this.luolong, "FA01"));
	}

	@Test
	void fa01ExpenditureSum() {
		Fa01ExpenditureSumRule rule = new Fa01ExpenditureSumRule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		Finding error = single(rule, Mutate.cell(this.luolong, "FA01", named("支出", "住房保障支出"), "金额", "30.05"),
				Severity.ERROR);
		figures(error, "1058.79", "1055.79", "-3.00");
		notApplicable(rule, Mutate.without(this.luolong, "FA01"));
	}

	@Test
	void fa01Totals() {
		Fa01TotalsRule rule = new Fa01TotalsRule();
		passes(rule, this.xuchang);
		Finding error = single(rule, Mutate.cell(this.xuchang, "FA01", named("收入", "年初结转和结余"), "金额", "20.77"),
				Severity.ERROR);
		figures(error, "1075.37", "1073.37", "-2.00");
		assertThat(error.message()).contains("年初结转和结余");
		notApplicable(rule, Mutate.without(this.xuchang, "FA01"));
	}

	@Test
	void fa01Balance() {
		Fa01BalanceRule rule = new Fa01BalanceRule();
		passes(rule, this.luolong);
		Finding error = single(rule, Mutate.cell(this.luolong, "FA01", named("支出", "总计"), "金额", "1,056.79"),
				Severity.ERROR);
		figures(error, "1055.79", "1056.79", "1.00");
		notApplicable(rule, Mutate.without(this.luolong, "FA01"));
	}

	@Test
	void fa02Row() {
		Fa02RowRule rule = new Fa02RowRule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		Finding error = single(rule, Mutate.cell(this.luolong, "FA02", code("2101501"), "财政拨款收入", "270.00"),
				Severity.ERROR);
		figures(error, "270.00", "276.50", "6.50");
		assertThat(error.location()).contains("2101501").contains("本年收入合计");
		notApplicable(rule, Mutate.without(this.luolong, "FA02"));
	}

	@Test
	void fa03Row() {
		Fa03RowRule rule = new Fa03RowRule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		Finding error = single(rule, Mutate.cell(this.luolong, "FA03", code("2101501"), "基本支出", "230.40"),
				Severity.ERROR);
		figures(error, "273.50", "276.50", "3.00");
		notApplicable(rule, Mutate.without(this.luolong, "FA03"));
	}

	@Test
	void hierarchyOfClassesSegmentsAndItems() {
		HierarchyRule rule = new HierarchyRule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		List<Finding> errors = findings(rule, Mutate.cell(this.xuchang, "FA02", code("21015"), "本年收入合计", "841.31"),
				Severity.ERROR);
		assertThat(errors).extracting(Finding::location)
			.anyMatch((l) -> l.contains("FA02 row 21015"))
			.anyMatch((l) -> l.contains("FA02 row 210 "));
		Finding segment = errors.stream().filter((f) -> f.location().startsWith("FA02 row 21015")).findFirst().get();
		figures(segment, "831.31", "841.31", "10.00");
		notApplicable(rule,
				Mutate.without(
						Mutate.without(Mutate.without(
								Mutate.without(Mutate.without(
										Mutate.without(Mutate.without(this.luolong, "FA02"), "FA03"), "FA05"), "FA07"),
								"FA08"), "BU03"),
						"BU05"));
	}

	@Test
	void hierarchyRoundingIsInfoNeverAnError() {
		List<Finding> info = findings(new HierarchyRule(), this.luolong, Severity.INFO);
		assertThat(info).anySatisfy((f) -> {
			assertThat(f.location()).startsWith("FA03 row 合计, column 基本支出");
			figures(f, "318.44", "318.45", "0.01");
		}).anySatisfy((f) -> {
			assertThat(f.location()).startsWith("FA03 row 合计, column 项目支出");
			figures(f, "737.36", "737.34", "-0.02");
		}).anySatisfy((f) -> {
			assertThat(f.location()).startsWith("FA02 row 合计, column 本年收入合计");
			figures(f, "1055.80", "1055.79", "-0.01");
		}).anySatisfy((f) -> assertThat(f.location()).startsWith("FA05 row 合计, column 合计"));
		List<Finding> xuchang = findings(new HierarchyRule(), this.xuchang, Severity.INFO);
		assertThat(xuchang).anySatisfy((f) -> {
			assertThat(f.location()).startsWith("FA02 row 208 ");
			figures(f, "15.98", "15.97", "-0.01");
		});
	}

	@Test
	void fa04Row() {
		Fa04RowRule rule = new Fa04RowRule();
		passes(rule, this.luolong);
		Finding error = single(rule, Mutate.cell(this.luolong, "FA04", named("支出", "卫生健康支出"), "一般公共预算财政拨款", "990.85"),
				Severity.ERROR);
		figures(error, "990.85", "993.85", "3.00");
		notApplicable(rule, Mutate.without(this.luolong, "FA04"));
	}

	@Test
	void fa04Sums() {
		Fa04SumsRule rule = new Fa04SumsRule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		Finding error = single(rule, Mutate.cell(this.luolong, "FA04", named("收入", "政府性基金预算财政拨款"), "金额", "5.00"),
				Severity.ERROR);
		figures(error, "1060.79", "1055.79", "-5.00");
		notApplicable(rule, Mutate.without(this.luolong, "FA04"));
	}

	@Test
	void fa04Totals() {
		Fa04TotalsRule rule = new Fa04TotalsRule();
		passes(rule, this.xuchang);
		Finding error = single(rule, Mutate.cell(this.xuchang, "FA04", named("收入", "总计"), "金额", "1,083.37"),
				Severity.ERROR);
		figures(error, "1073.37", "1083.37", "10.00");
		notApplicable(rule, Mutate.without(this.xuchang, "FA04"));
	}

	@Test
	void fa04Balance() {
		Fa04BalanceRule rule = new Fa04BalanceRule();
		passes(rule, this.luolong);
		Finding error = single(rule, Mutate.cell(this.luolong, "FA04", named("支出", "总计"), "合计", "1,065.79"),
				Severity.ERROR);
		figures(error, "1055.79", "1065.79", "10.00");
		notApplicable(rule, Mutate.without(this.luolong, "FA04"));
	}

	@Test
	void fa05Row() {
		Fa05RowRule rule = new Fa05RowRule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		Finding error = single(rule, Mutate.cell(this.luolong, "FA05", code("2101101"), "基本支出", "25.10"),
				Severity.ERROR);
		figures(error, "52.33", "50.33", "-2.00");
		notApplicable(rule, Mutate.without(this.luolong, "FA05"));
	}

	@Test
	void fa06Economic() {
		Fa06EconomicRule rule = new Fa06EconomicRule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		Finding rounding = single(rule, this.luolong, Severity.INFO);
		figures(rounding, "298.63", "298.64", "0.01");
		Finding error = single(rule, Mutate.cell(this.luolong, "FA06", code("30101"), "决算数", "94.02"), Severity.ERROR);
		figures(error, "308.63", "298.64", "-9.99");
		notApplicable(rule, Mutate.without(this.luolong, "FA06"));
	}

	@Test
	void fa06Totals() {
		Fa06TotalsRule rule = new Fa06TotalsRule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		Finding error = single(rule, Mutate.cell(this.xuchang, "FA06", code("303"), "决算数", "49.77"), Severity.ERROR);
		figures(error, "836.77", "826.77", "-10.00");
		notApplicable(rule, Mutate.without(this.xuchang, "FA06"));
	}

	@Test
	void fa07Row() {
		Fa07RowRule rule = new Fa07RowRule();
		passes(rule, this.luolong);
		DocumentParsed funded = withFa07(this.luolong, "10.00", "5.00", "12.00", "7.00", "5.00", "3.00");
		passes(rule, funded);
		assertThat(findings(rule, withFa07(this.luolong, "10.00", "5.00", "12.00", "7.00", "5.00", "4.00"),
				Severity.ERROR))
			.hasSize(2)
			.allSatisfy((error) -> figures(error, "3.00", "4.00", "1.00"));
		notApplicable(rule, Mutate.without(this.luolong, "FA07"));
	}

	@Test
	void fa09Row() {
		Fa09RowRule rule = new Fa09RowRule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		Finding error = single(rule, Mutate.cell(this.xuchang, "FA09", named("公务接待费"), "预算数", "0.39"), Severity.ERROR);
		figures(error, "0.39", "0.29", "-0.10");
		notApplicable(rule, Mutate.without(this.xuchang, "FA09"));
	}

	/** The document with an FA07 holding one fund row and its total. */
	static DocumentParsed withFa07(DocumentParsed document, String... amounts) {
		ParsedTable fa07 = Build.table("FA07", "年初结转和结余", "本年收入", "本年支出合计", "基本支出", "项目支出", "年末结转和结余")
			.total(amounts)
			.subject("2080101", "基金支出", amounts)
			.build();
		List<ParsedTable> tables = new ArrayList<>(
				document.tableContents().stream().filter((t) -> !t.code().equals("FA07")).toList());
		tables.add(fa07);
		return Mutate.with(document, tables, document.figures());
	}

}
