package org.disclosure.validate.rules.finalaccount;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.tables.TwoSidedChecks;
import org.disclosure.validate.rules.tables.TwoSidedTable;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * FA04-TOTALS: 收入总计 = 本年收入合计 + 年初财政拨款结转和结余 (= Σ its three funds); 支出总计 = 本年支出合计 +
 * 年末财政拨款结转和结余, every expenditure column.
 */
public final class Fa04TotalsRule extends CatalogueRule {

	public Fa04TotalsRule() {
		super("FA04-TOTALS", "FA04 总计 = 本年合计 + 结转和结余, on both sides and every column", Severity.ERROR,
				Tolerance.Kind.SUM, "FA04 总计, 本年收入合计, 年初财政拨款结转和结余 (and its fund rows), 本年支出合计, 年末财政拨款结转和结余",
				Scope.TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TwoSidedTable> fa04 = TableView.find(document, "FA04").flatMap(TwoSidedTable::of);
		if (fa04.isEmpty()) {
			return RuleOutcome.notApplicable("no FA04 with income and expenditure sides");
		}
		Findings findings = findings();
		TwoSidedTable table = fa04.get();
		TwoSidedChecks.incomeTotal(table, Columns.AMOUNT, findings);
		for (Term column : Fa04SumsRule.Fa04Columns.EXPENDITURE) {
			if (table.view().has(column)) {
				TwoSidedChecks.expenditureTotal(table, column, findings);
			}
		}
		carryoverFunds(table, findings);
		return findings.outcome("FA04 prints no 总计");
	}

	/** 年初财政拨款结转和结余 = Σ the fund rows printed under it. */
	private static void carryoverFunds(TwoSidedTable table, Findings findings) {
		TableView view = table.view();
		List<ParsedRow> income = view.group(Rows.INCOME);
		Optional<ParsedRow> carryover = view.row(Rows.INCOME, Rows.CARRYOVER_BEGIN);
		Optional<ParsedRow> grandTotal = view.row(Rows.INCOME, Rows.INCOME_GRAND_TOTAL);
		if (carryover.isEmpty() || grandTotal.isEmpty()) {
			return;
		}
		int from = income.indexOf(carryover.get()) + 1;
		int to = income.indexOf(grandTotal.get());
		if (from <= 0 || to <= from) {
			return;
		}
		List<BigDecimal> funds = new ArrayList<>();
		for (ParsedRow row : income.subList(from, to)) {
			view.amount(row, Columns.AMOUNT).ifPresent(funds::add);
		}
		Optional<BigDecimal> printed = view.amount(carryover.get(), Columns.AMOUNT);
		if (printed.isPresent() && !funds.isEmpty()) {
			findings.judge(Tolerance.sum(printed.get(), funds), "FA04 年初财政拨款结转和结余 = Σ its fund rows",
					view.at(carryover.get()));
		}
	}

}
