package org.disclosure.validate.rules.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * The 三公 table (FA09, BU08), one row per item: 合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费;
 * 公务用车购置及运行维护费 = 购置费 + 运行维护费.
 */
public final class ThreePublicTable {

	private ThreePublicTable() {
	}

	/**
	 * Checks both identities in {@code column}; false when the column or the rows are
	 * missing.
	 */
	public static boolean check(TableView table, Term column, Findings findings) {
		Optional<String> columnName = table.column(column);
		if (columnName.isEmpty()) {
			return false;
		}
		boolean total = identity(table, columnName.get(), Rows.THREE_PUBLIC_TOTAL,
				List.of(Rows.OUTBOUND, Rows.VEHICLES, Rows.RECEPTION), findings);
		boolean vehicles = identity(table, columnName.get(), Rows.VEHICLES,
				List.of(Rows.VEHICLE_PURCHASE, Rows.VEHICLE_OPERATION), findings);
		return total || vehicles;
	}

	private static boolean identity(TableView table, String column, Term totalName, List<Term> partNames,
			Findings findings) {
		Optional<ParsedRow> total = table.row(totalName);
		Optional<BigDecimal> printed = total.flatMap((r) -> TableView.amount(r, column));
		List<BigDecimal> parts = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Term part : partNames) {
			Optional<ParsedRow> row = table.row(part).filter((r) -> total.isEmpty() || r != total.get());
			Optional<BigDecimal> amount = row.flatMap((r) -> TableView.amount(r, column));
			if (amount.isPresent()) {
				parts.add(amount.get());
				names.add(part.name());
			}
		}
		if (printed.isEmpty() || parts.size() < 2) {
			return false;
		}
		findings.judge(Tolerance.sum(printed.get(), parts),
				table.code() + " " + totalName.name() + " = " + String.join(" + ", names) + " (" + column + ")",
				table.at(total.get(), column));
		return true;
	}

}
