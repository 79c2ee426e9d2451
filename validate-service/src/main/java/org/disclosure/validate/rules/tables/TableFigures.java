package org.disclosure.validate.rules.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Term;

/** Single table figures the narrative restates, as quantities with their location. */
public final class TableFigures {

	private TableFigures() {
	}

	/** A cell of the row named {@code row} in table {@code code}. */
	public static Optional<Quantity> cell(DocumentParsed document, String code, Term row, Term column) {
		return TableView.find(document, code).flatMap((t) -> cell(t, t.row(row), column));
	}

	/**
	 * A cell of the side's row named {@code row} in two-sided table {@code code}; the
	 * year's total (本年收入合计, 当年支出小计 …) where {@code row} names it.
	 */
	public static Optional<Quantity> side(DocumentParsed document, String code, String group, Term row, Term column) {
		return TableView.find(document, code).flatMap((t) -> {
			boolean yearTotal = row == Rows.INCOME_TOTAL || row == Rows.EXPENDITURE_TOTAL;
			Optional<ParsedRow> found = yearTotal ? TwoSidedTable.of(t).flatMap((sides) -> sides.yearTotal(group))
					: t.row(group, row);
			return cell(t, found, column);
		});
	}

	/** A cell of the total row of table {@code code}. */
	public static Optional<Quantity> total(DocumentParsed document, String code, Term column) {
		return TableView.find(document, code).flatMap((t) -> cell(t, t.total(), column));
	}

	/** The sum of two or more cells of the total row (人员经费 = 工资福利 + 对个人和家庭的补助). */
	public static Optional<Quantity> totalSum(DocumentParsed document, String code, Term... columns) {
		Optional<TableView> table = TableView.find(document, code);
		Optional<ParsedRow> total = table.flatMap(TableView::total);
		if (total.isEmpty()) {
			return Optional.empty();
		}
		List<BigDecimal> parts = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Term column : columns) {
			Optional<BigDecimal> amount = table.get().amount(total.get(), column);
			if (amount.isPresent()) {
				parts.add(amount.get());
				names.add(table.get().column(column).orElse(column.name()));
			}
		}
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Quantity.sum(parts, table.get().at(total.get(), String.join(" + ", names))));
	}

	/** The 人员经费合计/公用经费合计 of an economic table (FA06). */
	public static Optional<Quantity> economicTotal(DocumentParsed document, String code, String group, Term name,
			Term column) {
		return TableView.find(document, code).flatMap((t) -> cell(t, EconomicRows.total(t, group, name), column));
	}

	/** The two-sided table's grand total of a side (总计). */
	public static Optional<Quantity> grandTotal(DocumentParsed document, String code, String group, Term column) {
		return TableView.find(document, code)
			.flatMap((t) -> cell(t, TwoSidedTable.of(t).flatMap((sides) -> sides.grandTotal(group)), column));
	}

	private static Optional<Quantity> cell(TableView table, Optional<ParsedRow> row, Term column) {
		if (row.isEmpty()) {
			return Optional.empty();
		}
		String columnName = table.column(column).orElse(column.name());
		return table.amount(row.get(), column).map((a) -> Quantity.printed(a, table.at(row.get(), columnName)));
	}

}
