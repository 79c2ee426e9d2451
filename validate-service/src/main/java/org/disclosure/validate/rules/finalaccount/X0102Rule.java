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
import org.disclosure.validate.rules.tables.Quantity;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.tables.TwoSidedTable;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Term;

/** X01-02: the 合计 row of 收入决算表 (FA02) restates the income rows of FA01. */
public final class X0102Rule extends CatalogueRule {

	public X0102Rule() {
		super("X01-02", "FA02 合计 row = FA01 income rows (财政拨款收入 = rows 1+2+3, the others one by one)", Severity.ERROR,
				Tolerance.Kind.SAME_FIGURE, "FA02 合计 row; FA01 income rows and 本年收入合计", Scope.CROSS_TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TwoSidedTable> fa01 = TableView.find(document, "FA01").flatMap(TwoSidedTable::of);
		Optional<TableView> fa02 = TableView.find(document, "FA02");
		Optional<ParsedRow> total = fa02.flatMap(TableView::total);
		if (fa01.isEmpty() || total.isEmpty()) {
			return RuleOutcome.notApplicable("needs FA01 and the 合计 row of FA02");
		}
		Findings findings = findings();
		TableView table = fa02.get();
		compare(fa01.get(), List.of(Rows.INCOME_TOTAL), table, total.get(), Columns.INCOME_TOTAL, findings);
		compare(fa01.get(), List.of(Rows.GENERAL_BUDGET_INCOME, Rows.FUND_INCOME, Rows.STATE_CAPITAL_INCOME), table,
				total.get(), Columns.FISCAL_INCOME, findings);
		compare(fa01.get(), List.of(Rows.SUPERIOR_SUBSIDY), table, total.get(), Columns.SUPERIOR_SUBSIDY_INCOME,
				findings);
		compare(fa01.get(), List.of(Rows.SERVICE_INCOME), table, total.get(), Columns.SERVICE_INCOME, findings);
		compare(fa01.get(), List.of(Rows.BUSINESS_INCOME), table, total.get(), Columns.BUSINESS_INCOME, findings);
		compare(fa01.get(), List.of(Rows.AFFILIATED_INCOME), table, total.get(), Columns.AFFILIATED_INCOME, findings);
		compare(fa01.get(), List.of(Rows.OTHER_INCOME), table, total.get(), Columns.OTHER_INCOME, findings);
		return findings.outcome("FA01 and FA02 share no income figure");
	}

	private static void compare(TwoSidedTable fa01, List<Term> rows, TableView fa02, ParsedRow total, Term column,
			Findings findings) {
		Optional<BigDecimal> printed = fa02.amount(total, column);
		Optional<Quantity> expected = incomeRows(fa01, rows);
		if (printed.isEmpty() || expected.isEmpty()) {
			return;
		}
		String columnName = fa02.column(column).orElse(column.name());
		findings.judge(Quantity.compare(expected.get(), Quantity.printed(printed.get(), fa02.at(total, columnName))),
				"FA02 合计 " + columnName + " = FA01 " + String.join(" + ", rows.stream().map(Term::name).toList()),
				fa02.at(total, columnName) + "; " + expected.get().where());
	}

	/**
	 * The FA01 income rows named, as one figure or their sum; empty when none is printed.
	 */
	static Optional<Quantity> incomeRows(TwoSidedTable fa01, List<Term> rows) {
		List<BigDecimal> amounts = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Term name : rows) {
			Optional<ParsedRow> row = fa01.income(name);
			Optional<BigDecimal> amount = row.flatMap((r) -> fa01.view().amount(r, Columns.AMOUNT));
			if (amount.isPresent()) {
				amounts.add(amount.get());
				names.add(TableView.nameOf(row.get()));
			}
		}
		if (amounts.isEmpty()) {
			return Optional.empty();
		}
		String where = fa01.view().code() + " rows " + String.join(", ", names);
		return Optional.of((rows.size() == 1) ? Quantity.printed(amounts.get(0), where) : Quantity.sum(amounts, where));
	}

}
