package org.disclosure.validate.rules.finalaccount;

import java.math.BigDecimal;
import java.util.Optional;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.tables.TwoSidedTable;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.Rows;

/** X04-07: 政府性基金预算财政拨款收入支出决算表 (FA07) = the 政府性基金 figures of FA04. */
public final class X0407Rule extends CatalogueRule {

	public X0407Rule() {
		super("X04-07", "FA07 本年收入, 本年支出 (合计 and 类), 年末结转和结余 = FA04 政府性基金 figures", Severity.ERROR,
				Tolerance.Kind.SAME_FIGURE, "FA07 合计 and subject rows; FA04 政府性基金 income row and expenditure column",
				Scope.CROSS_TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TwoSidedTable> fa04 = TableView.find(document, "FA04").flatMap(TwoSidedTable::of);
		Optional<TableView> fa07 = TableView.find(document, "FA07");
		if (fa04.isEmpty() || fa07.isEmpty() || !fa04.get().view().has(Columns.FUND_BUDGET)) {
			return RuleOutcome.notApplicable("needs FA04 with its 政府性基金 column and FA07");
		}
		Findings findings = findings();
		TwoSidedTable side = fa04.get();
		TableView table = fa07.get();
		X0103Rule.totalAndClasses(side, Columns.FUND_BUDGET, table, Columns.YEAR_EXPENDITURE, "本年支出合计", findings);
		Optional<ParsedRow> total = table.total();
		Optional<BigDecimal> income = total.flatMap((r) -> table.amount(r, Columns.YEAR_INCOME));
		Optional<ParsedRow> fundIncome = side.income(Rows.FUND_INCOME);
		Optional<BigDecimal> expectedIncome = fundIncome.flatMap((r) -> side.view().amount(r, Columns.AMOUNT));
		if (income.isPresent() && expectedIncome.isPresent()) {
			findings.judge(Tolerance.same(expectedIncome.get(), income.get()), "FA07 合计 本年收入 = FA04 政府性基金预算财政拨款收入",
					table.at(total.get(), "本年收入") + "; " + side.view().at(fundIncome.get()));
		}
		Optional<BigDecimal> carried = total.flatMap((r) -> table.amount(r, Columns.CARRIED_OUT));
		Optional<ParsedRow> carryoverEnd = side.expenditure(Rows.CARRYOVER_END);
		Optional<BigDecimal> expectedCarried = carryoverEnd.flatMap((r) -> side.view().amount(r, Columns.FUND_BUDGET));
		if (carried.isPresent() && expectedCarried.isPresent()) {
			findings.judge(Tolerance.same(expectedCarried.get(), carried.get()),
					"FA07 合计 年末结转和结余 = FA04 年末财政拨款结转和结余 (政府性基金)",
					table.at(total.get(), "年末结转和结余") + "; " + side.view().at(carryoverEnd.get()));
		}
		return findings.outcome("FA04 and FA07 share no figure");
	}

}
