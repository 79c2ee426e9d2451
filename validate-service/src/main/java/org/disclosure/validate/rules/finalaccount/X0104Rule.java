package org.disclosure.validate.rules.finalaccount;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.Quantity;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.tables.TwoSidedTable;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.Rows;

/** X01-04: 财政拨款 本年收入合计 (FA04) = FA01 rows 1 + 2 + 3. */
public final class X0104Rule extends CatalogueRule {

	public X0104Rule() {
		super("X01-04", "FA04 本年收入合计 = FA01 rows 1 + 2 + 3 (the three 财政拨款 incomes)", Severity.ERROR,
				Tolerance.Kind.SUM, "FA04 本年收入合计; FA01 一般公共预算/政府性基金/国有资本经营 财政拨款收入", Scope.CROSS_TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TwoSidedTable> fa01 = TableView.find(document, "FA01").flatMap(TwoSidedTable::of);
		Optional<TwoSidedTable> fa04 = TableView.find(document, "FA04").flatMap(TwoSidedTable::of);
		if (fa01.isEmpty() || fa04.isEmpty()) {
			return RuleOutcome.notApplicable("needs FA01 and FA04");
		}
		Optional<ParsedRow> total = fa04.get().yearTotal(Rows.INCOME);
		Optional<BigDecimal> printed = total.flatMap((r) -> fa04.get().view().amount(r, Columns.AMOUNT));
		Optional<Quantity> expected = X0102Rule.incomeRows(fa01.get(),
				List.of(Rows.GENERAL_BUDGET_INCOME, Rows.FUND_INCOME, Rows.STATE_CAPITAL_INCOME));
		if (printed.isEmpty() || expected.isEmpty()) {
			return RuleOutcome.notApplicable("FA04 本年收入合计 or the FA01 财政拨款 income rows are not printed");
		}
		Findings findings = findings();
		findings.judge(
				Quantity.compare(expected.get(), Quantity.printed(printed.get(), fa04.get().view().at(total.get()))),
				"FA04 本年收入合计 = FA01 rows 1 + 2 + 3", fa04.get().view().at(total.get()) + "; " + expected.get().where());
		return findings.outcome("");
	}

}
