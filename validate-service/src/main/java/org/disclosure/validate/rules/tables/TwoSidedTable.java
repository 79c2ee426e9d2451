package org.disclosure.validate.rules.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.validate.rules.vocabulary.FunctionalClasses;
import org.disclosure.validate.rules.vocabulary.Names;
import org.disclosure.validate.rules.vocabulary.Numbering;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * A table printing income and expenditure side by side (FA01, FA04, BU01): the income
 * items above the year's total (本年收入合计, 当年收入小计), the functional 类 rows above 本年支出合计, and
 * below them the carry-overs and the grand total (总计, 收入总计, or a 收入合计 below 上年结转). A side
 * without carry-over rows has one total, both the year's and the grand. Items numbered
 * below an outer numbering (1. under 一、) are parts of the item above them.
 */
public final class TwoSidedTable {

	private static final List<Term> CARRYOVERS = List.of(Rows.USE_OF_BALANCE, Rows.CARRYOVER_BEGIN,
			Rows.BALANCE_DISTRIBUTION, Rows.CARRYOVER_END);

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

	/**
	 * The year's total of a side (本年收入合计, 当年支出小计 …), the grand total when it has no
	 * carry-overs.
	 */
	public Optional<ParsedRow> yearTotal(String group) {
		Term term = Rows.INCOME.equals(group) ? Rows.INCOME_TOTAL : Rows.EXPENDITURE_TOTAL;
		List<ParsedRow> side = this.view.group(group);
		int carryover = firstCarryover(side);
		for (String name : term.names()) {
			for (int i = 0; i < side.size(); i++) {
				if (Names.same(TableView.nameOf(side.get(i)), name) && (carryover < 0 || i < carryover)) {
					return Optional.of(side.get(i));
				}
			}
		}
		return (carryover < 0) ? grandTotal(group) : Optional.empty();
	}

	/**
	 * The grand total of a side: 总计 (收入总计, 支出总计), else its last total row below the
	 * carry-overs.
	 */
	public Optional<ParsedRow> grandTotal(String group) {
		Term term = Rows.INCOME.equals(group) ? Rows.INCOME_GRAND_TOTAL : Rows.EXPENDITURE_GRAND_TOTAL;
		Optional<ParsedRow> named = this.view.row(group, term);
		if (named.isPresent()) {
			return named;
		}
		List<ParsedRow> side = this.view.group(group);
		int carryover = firstCarryover(side);
		ParsedRow last = null;
		for (int i = Math.max(carryover, 0); i < side.size(); i++) {
			if (Rows.KIND_TOTAL.equals(side.get(i).kind())) {
				last = side.get(i);
			}
		}
		return Optional.ofNullable(last);
	}

	/** The carry-over rows of a side: balances used, brought forward or carried on. */
	public List<ParsedRow> carryovers(String group) {
		return this.view.group(group).stream().filter(TwoSidedTable::isCarryover).toList();
	}

	private static int firstCarryover(List<ParsedRow> side) {
		for (int i = 0; i < side.size(); i++) {
			if (isCarryover(side.get(i))) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isCarryover(ParsedRow row) {
		String name = TableView.nameOf(row);
		return CARRYOVERS.stream().anyMatch((term) -> term.matches(name));
	}

	/** The income items summed into the year's total (其中 rows and sub-items excluded). */
	public List<ParsedRow> incomeItems() {
		return itemsAbove(Rows.INCOME);
	}

	/** The functional 类 rows summed into the year's total of the expenditure. */
	public List<ParsedRow> expenditureClasses() {
		return itemsAbove(Rows.EXPENDITURE);
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

	private List<ParsedRow> itemsAbove(String group) {
		List<ParsedRow> side = this.view.group(group);
		Optional<ParsedRow> totalRow = yearTotal(group);
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
		int outer = items.stream().mapToInt((row) -> Numbering.depth(row.label())).filter((d) -> d > 0).min().orElse(0);
		return items.stream().filter((row) -> Numbering.depth(row.label()) <= outer).toList();
	}

}
