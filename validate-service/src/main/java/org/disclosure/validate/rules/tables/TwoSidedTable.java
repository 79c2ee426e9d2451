package org.disclosure.validate.rules.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.validate.rules.vocabulary.FunctionalClasses;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * A table printing income and expenditure side by side (FA01, FA04, BU01): the income
 * items above 本年收入合计, the functional 类 rows above 本年支出合计, and the totals below.
 */
public final class TwoSidedTable {

	private static final List<Term> STRUCTURE = List.of(Rows.INCOME_TOTAL, Rows.EXPENDITURE_TOTAL, Rows.USE_OF_BALANCE,
			Rows.CARRYOVER_BEGIN, Rows.BALANCE_DISTRIBUTION, Rows.CARRYOVER_END, Rows.INCOME_GRAND_TOTAL,
			Rows.EXPENDITURE_GRAND_TOTAL, Rows.TOTAL);

	private final TableView view;

	private TwoSidedTable(TableView view) {
		this.view = view;
	}

	/**
	 * The table read as two sides; empty when the parser did not tell the sides apart.
	 */
	public static Optional<TwoSidedTable> of(TableView view) {
		boolean sides = !view.group(Rows.INCOME).isEmpty() && !view.group(Rows.EXPENDITURE).isEmpty();
		return sides ? Optional.of(new TwoSidedTable(view)) : Optional.empty();
	}

	public TableView view() {
		return this.view;
	}

	public Optional<ParsedRow> income(Term name) {
		return this.view.row(Rows.INCOME, name);
	}

	public Optional<ParsedRow> expenditure(Term name) {
		return this.view.row(Rows.EXPENDITURE, name);
	}

	/** The income items summed into 本年收入合计 (其中 rows excluded). */
	public List<ParsedRow> incomeItems() {
		return itemsAbove(Rows.INCOME, Rows.INCOME_TOTAL);
	}

	/** The functional 类 rows summed into 本年支出合计. */
	public List<ParsedRow> expenditureClasses() {
		return itemsAbove(Rows.EXPENDITURE, Rows.EXPENDITURE_TOTAL);
	}

	/** The expenditure rows of a 类 (by code, else by name). */
	public List<ParsedRow> expenditureClass(String classCode) {
		return expenditureClasses().stream().filter((r) -> classCode.equals(classCode(r))).toList();
	}

	/** The 类 code of an expenditure row: its code, else the code its name denotes. */
	public static String classCode(ParsedRow row) {
		if (row.code() != null && row.code().matches("[0-9]{3}")) {
			return row.code();
		}
		return FunctionalClasses.codeOf(TableView.nameOf(row)).orElse(null);
	}

	/**
	 * The amounts of {@code rows} under {@code column}; rows without that cell left out.
	 */
	public List<BigDecimal> amounts(List<ParsedRow> rows, Term column) {
		List<BigDecimal> amounts = new ArrayList<>();
		for (ParsedRow row : rows) {
			this.view.amount(row, column).ifPresent(amounts::add);
		}
		return amounts;
	}

	private List<ParsedRow> itemsAbove(String group, Term total) {
		List<ParsedRow> side = this.view.group(group);
		Optional<ParsedRow> totalRow = this.view.row(group, total);
		int end = totalRow.map(side::indexOf).orElse(side.size());
		List<ParsedRow> items = new ArrayList<>();
		for (ParsedRow row : side.subList(0, Math.max(end, 0))) {
			String name = TableView.nameOf(row);
			if (name == null || name.isBlank() || Rows.KIND_TOTAL.equals(row.kind()) || Rows.isPartOfAbove(row.label())
					|| STRUCTURE.stream().anyMatch((t) -> t.matches(name))) {
				continue;
			}
			items.add(row);
		}
		return items;
	}

}
