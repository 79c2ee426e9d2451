package org.disclosure.validate.rules.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * An identity between the columns of every row of a table: {@code total = Σ added − Σ
 * subtracted} (FA02-ROW, FA03-ROW, FA05-ROW, FA07-ROW, BU03/BU05-ROW). Columns the table
 * does not print are left out; without the total column and two parts the identity does
 * not apply.
 *
 * @param total the column holding the total
 * @param added the columns added up
 * @param subtracted the columns subtracted
 */
public record RowIdentity(Term total, List<Term> added, List<Term> subtracted) {

	public static RowIdentity of(Term total, Term... added) {
		return new RowIdentity(total, List.of(added), List.of());
	}

	/** Checks every row; returns false when the table lacks the columns. */
	public boolean check(TableView table, Findings findings) {
		Optional<String> totalColumn = table.column(this.total);
		List<String> plus = present(table, this.added);
		List<String> minus = present(table, this.subtracted);
		if (totalColumn.isEmpty() || plus.size() + minus.size() < 2) {
			return false;
		}
		String what = table.code() + " " + totalColumn.get() + " = " + String.join(" + ", plus)
				+ (minus.isEmpty() ? "" : " − " + String.join(" − ", minus));
		for (ParsedRow row : table.rows()) {
			Optional<BigDecimal> printed = TableView.amount(row, totalColumn.get());
			if (printed.isEmpty()) {
				continue;
			}
			List<BigDecimal> parts = new ArrayList<>();
			plus.forEach((c) -> TableView.amount(row, c).ifPresent(parts::add));
			minus.forEach((c) -> TableView.amount(row, c).ifPresent((a) -> parts.add(a.negate())));
			if (parts.isEmpty()) {
				continue;
			}
			findings.judge(Tolerance.sum(printed.get(), parts), what + " in row " + TableView.describe(row),
					table.at(row, totalColumn.get()));
		}
		return true;
	}

	private static List<String> present(TableView table, List<Term> columns) {
		List<String> present = new ArrayList<>();
		for (Term column : columns) {
			table.column(column).ifPresent(present::add);
		}
		return present;
	}

}
