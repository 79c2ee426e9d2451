package org.disclosure.validate.rules.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * The identities of the two-sided summary tables (FA01, FA04, BU01): sums, totals,
 * balance.
 */
public final class TwoSidedChecks {

	private TwoSidedChecks() {
	}

	/** 本年收入合计 = Σ the income items above it. */
	public static void incomeSum(TwoSidedTable table, Findings findings) {
		Optional<ParsedRow> total = table.yearTotal(Rows.INCOME);
		List<ParsedRow> items = table.incomeItems();
		if (total.isEmpty() || items.isEmpty()) {
			return;
		}
		Optional<BigDecimal> printed = table.view().amount(total.get(), Columns.AMOUNT);
		List<BigDecimal> amounts = table.amounts(items, Columns.AMOUNT);
		if (printed.isPresent() && !amounts.isEmpty()) {
			findings.judge(Tolerance.sum(printed.get(), amounts), table.view().code() + " 本年收入合计 = Σ income rows",
					table.view().at(total.get()) + "; income rows "
							+ String.join("、", items.stream().map(TableView::nameOf).toList()));
		}
	}

	/** 本年支出合计 = Σ 类 rows in {@code column}. */
	public static void expenditureSum(TwoSidedTable table, Term column, Findings findings) {
		Optional<ParsedRow> total = table.yearTotal(Rows.EXPENDITURE);
		List<ParsedRow> classes = table.expenditureClasses();
		if (total.isEmpty() || classes.isEmpty()) {
			return;
		}
		Optional<BigDecimal> printed = table.view().amount(total.get(), column);
		List<BigDecimal> amounts = table.amounts(classes, column);
		if (printed.isPresent() && !amounts.isEmpty()) {
			String columnName = table.view().column(column).orElse(column.name());
			findings.judge(Tolerance.sum(printed.get(), amounts),
					table.view().code() + " 本年支出合计 = Σ 类 rows (" + columnName + ")",
					table.view().at(total.get(), columnName) + "; 类 rows of the expenditure side");
		}
	}

	/**
	 * 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 (in {@code incomeColumn}); 支出总计 = 本年支出合计 + 结余分配
	 * + 年末结转和结余 (in {@code expenditureColumn}).
	 */
	public static void totals(TwoSidedTable table, Term incomeColumn, Term expenditureColumn, Findings findings) {
		incomeTotal(table, incomeColumn, findings);
		expenditureTotal(table, expenditureColumn, findings);
	}

	/** 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余. */
	public static void incomeTotal(TwoSidedTable table, Term column, Findings findings) {
		side(table, Rows.INCOME, column, findings);
	}

	/** 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余. */
	public static void expenditureTotal(TwoSidedTable table, Term column, Findings findings) {
		side(table, Rows.EXPENDITURE, column, findings);
	}

	/** 收入总计 = 支出总计. */
	public static void balance(TwoSidedTable table, Term incomeColumn, Term expenditureColumn, Findings findings) {
		TableView view = table.view();
		Optional<ParsedRow> income = table.grandTotal(Rows.INCOME);
		Optional<ParsedRow> expenditure = table.grandTotal(Rows.EXPENDITURE);
		Optional<BigDecimal> in = income.flatMap((r) -> view.amount(r, incomeColumn));
		Optional<BigDecimal> out = expenditure.flatMap((r) -> view.amount(r, expenditureColumn));
		if (in.isPresent() && out.isPresent()) {
			findings.judge(Tolerance.same(in.get(), out.get()), view.code() + " 支出总计 = 收入总计",
					view.at(income.get()) + " (收入); " + view.at(expenditure.get()) + " (支出)");
		}
	}

	/** A side's grand total = its year's total + its carry-over rows. */
	private static void side(TwoSidedTable table, String group, Term column, Findings findings) {
		TableView view = table.view();
		Optional<ParsedRow> total = table.grandTotal(group);
		Optional<ParsedRow> year = table.yearTotal(group);
		if (total.isEmpty() || year.isEmpty() || total.get().equals(year.get())) {
			return;
		}
		Optional<BigDecimal> printed = view.amount(total.get(), column);
		List<BigDecimal> amounts = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<ParsedRow> parts = new ArrayList<>();
		parts.add(year.get());
		parts.addAll(table.carryovers(group));
		for (ParsedRow row : parts) {
			Optional<BigDecimal> amount = view.amount(row, column);
			if (amount.isPresent()) {
				amounts.add(amount.get());
				names.add(TableView.nameOf(row));
			}
		}
		if (printed.isEmpty() || amounts.isEmpty()) {
			return;
		}
		String columnName = view.column(column).orElse(column.name());
		findings.judge(Tolerance.sum(printed.get(), amounts),
				view.code() + " " + group + "总计 = " + String.join(" + ", names) + " (" + columnName + ")",
				view.at(total.get(), columnName));
	}

}
