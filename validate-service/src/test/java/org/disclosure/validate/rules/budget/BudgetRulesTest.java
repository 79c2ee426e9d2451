package org.disclosure.validate.rules.budget;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.ParsedTable.ParsedCell;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.Mutate;
import org.disclosure.validate.rules.fixtures.LuolongDocument;
import org.disclosure.validate.rules.fixtures.LushiDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosure.contracts.FigureKind.AMOUNT;
import static org.disclosure.contracts.FigureKind.SHARE;
import static org.disclosure.validate.rules.Mutate.code;
import static org.disclosure.validate.rules.Mutate.named;
import static org.disclosure.validate.rules.RuleAssertions.figures;
import static org.disclosure.validate.rules.RuleAssertions.findings;
import static org.disclosure.validate.rules.RuleAssertions.notApplicable;
import static org.disclosure.validate.rules.RuleAssertions.passes;
import static org.disclosure.validate.rules.RuleAssertions.single;

/** The budget rules, on lushi-2024-budget's figures. */
class BudgetRulesTest {

	private final DocumentParsed lushi = LushiDocument.parsed();

	@Test
	void bu01SumsTotalsAndBalance() {
		Bu01Rule rule = new Bu01Rule();
		passes(rule, this.lushi);
		Finding rounding = single(rule, this.lushi, Severity.INFO);
		figures(rounding, "838.99", "838.98", "-0.01");
		Finding error = single(rule, Mutate.cell(this.lushi, "BU01", named("支出", "卫生健康"), "金额", "740.83"),
				Severity.ERROR);
		figures(error, "848.99", "838.98", "-10.01");
		notApplicable(rule, Mutate.without(this.lushi, "BU01"));
	}

	@Test
	void bu03Row() {
		Bu03RowRule rule = new Bu03RowRule();
		passes(rule, this.lushi);
		List<Finding> errors = findings(rule, Mutate.cell(this.lushi, "BU03", code("2101501"), "基本支出", "60.50"),
				Severity.ERROR);
		assertThat(errors).hasSize(2)
			.anySatisfy((f) -> figures(f, "70.00", "74.00", "4.00"))
			.anySatisfy((f) -> figures(f, "64.50", "60.50", "-4.00"));
		notApplicable(rule, Mutate.without(this.lushi, "BU03"));
	}

	@Test
	void bu05Row() {
		Bu05RowRule rule = new Bu05RowRule();
		passes(rule, this.lushi);
		List<Finding> errors = findings(rule, Mutate.cell(this.lushi, "BU05", code("2101102"), "项目支出", "150.08"),
				Severity.ERROR);
		assertThat(errors).anySatisfy((f) -> figures(f, "176.43", "166.43", "-10.00"));
		notApplicable(rule, Mutate.without(this.lushi, "BU05"));
	}

	@Test
	void bu06PutsThreeCommodityRowsInThePersonnelColumn() {
		Bu06Rule rule = new Bu06Rule();
		List<Finding> errors = findings(rule, this.lushi, Severity.ERROR);
		assertThat(errors).anySatisfy((f) -> {
			assertThat(f.message()).contains("30239 其他交通费用 4.68").contains("30229 福利费 0.70").contains("30229 福利费 5.18");
			assertThat(f.actual()).isEqualByComparingTo("10.56");
		}).anySatisfy((f) -> {
			assertThat(f.location()).contains("column 人员经费");
			figures(f, "601.22", "611.78", "10.56");
		}).anySatisfy((f) -> {
			assertThat(f.location()).contains("column 公用经费");
			figures(f, "27.26", "16.70", "-10.56");
		});
		passes(rule, Mutate.tables(this.lushi,
				(t) -> t.code().equals("BU06") ? Mutate.withRows(t, corrected(t.rows())) : t));
		notApplicable(rule, Mutate.without(this.lushi, "BU06"));
	}

	@Test
	void bu08() {
		Bu08Rule rule = new Bu08Rule();
		passes(rule, this.lushi);
		Finding error = single(rule, Mutate.cell(this.lushi, "BU08", named("公务接待费"), "预算数", "0.30"), Severity.ERROR);
		figures(error, "3.30", "3.20", "-0.10");
		notApplicable(rule, Mutate.without(this.lushi, "BU08"));
	}

	@Test
	void bu10() {
		Bu10Rule rule = new Bu10Rule();
		passes(rule, this.lushi);
		List<Finding> errors = findings(rule, Mutate.cell(this.lushi, "BU10", named("2024年离休及伤残军人医疗费"), "合计", "150.00"),
				Severity.ERROR);
		assertThat(errors).extracting(Finding::message)
			.anyMatch((m) -> m.contains("BU10 合计 = Σ projects"))
			.anyMatch((m) -> m.contains("BU03 项目支出"))
			.anyMatch((m) -> m.contains("特定目标类"));
		notApplicable(rule, Mutate.without(this.lushi, "BU10"));
	}

	@Test
	void bu12() {
		Bu12Rule rule = new Bu12Rule();
		passes(rule, this.lushi);
		Finding narrative = single(rule, Mutate.figure(this.lushi, 14, "机构运行经费支出", AMOUNT, "28.26"), Severity.ERROR);
		figures(narrative, "27.26", "28.26", "1.00");
		Finding table = single(rule, Mutate.cell(this.lushi, "BU12", code("30239"), "合计", "5.68"), Severity.ERROR);
		figures(table, "28.26", "27.26", "-1.00");
		notApplicable(rule, Mutate.without(this.lushi, "BU12"));
	}

	@Test
	void narrativeGivesThePersonnelOfBu06NotOfBu05() {
		BudgetNarrativeRule rule = new BudgetNarrativeRule();
		List<Finding> errors = findings(rule, this.lushi, Severity.ERROR);
		assertThat(errors).hasSize(2).anySatisfy((f) -> {
			figures(f, "601.22", "611.78", "10.56");
			assertThat(f.location()).contains("六、一般公共预算基本支出预算情况说明");
		}).anySatisfy((f) -> figures(f, "27.26", "16.70", "-10.56"));
		assertThat(findings(rule, this.lushi, Severity.INFO)).anySatisfy((f) -> figures(f, "730.82", "730.83", "0.01"));
		DocumentParsed consistent = Mutate.figure(Mutate.figure(
				Mutate.figure(Mutate.figure(this.lushi, 7, "人员经费支出", AMOUNT, "601.22"), 7, "人员经费支出", SHARE, "95.66"), 7,
				"公用经费支出", AMOUNT, "27.26"), 7, "公用经费支出", SHARE, "4.34");
		passes(rule, consistent);
		notApplicable(rule, Mutate.withoutFigures(this.lushi));
		notApplicable(rule, LuolongDocument.parsed());
	}

	@Test
	void performanceBlocksRepeatAProjectBlock() {
		BudgetPerformanceRule rule = new BudgetPerformanceRule();
		Finding warning = single(rule, this.lushi, Severity.WARNING);
		figures(warning, "220.50", "210.50", "-10.00");
		assertThat(findings(rule, this.lushi, Severity.ERROR)).isEmpty();
		DocumentParsed once = Mutate.tables(this.lushi,
				(t) -> t.code().equals("BU14") ? Mutate.withRows(t, t.rows().subList(0, t.rows().size() - 3)) : t);
		passes(rule, once);
		notApplicable(rule, Mutate.without(this.lushi, "BU14"));
	}

	/** BU06 with each row's amount in the column its economic class belongs to. */
	private static List<ParsedRow> corrected(List<ParsedRow> rows) {
		List<ParsedRow> corrected = new ArrayList<>();
		for (ParsedRow row : rows) {
			if (row.code() != null && row.code().startsWith("302")) {
				List<ParsedCell> cells = new ArrayList<>();
				String amount = row.cells().get(0).text();
				cells.add(row.cells().get(0));
				cells.add(new ParsedCell("人员经费", "", null, false));
				cells.add(new ParsedCell("公用经费", amount, row.cells().get(0).amount(), false));
				corrected.add(new ParsedRow(row.kind(), row.group(), row.label(), row.name(), row.code(),
						row.codeKind(), row.level(), row.parentCode(), cells));
			}
			else if ("total".equals(row.kind())) {
				corrected.add(Mutate.withCell(Mutate.withCell(row, "人员经费", "601.22"), "公用经费", "27.26"));
			}
			else {
				corrected.add(row);
			}
		}
		return corrected;
	}

}
