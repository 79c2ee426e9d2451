package org.disclosure.validate.rules.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * The economic classification in FA06, BU06, BU07: classes (3 digits) and their rows (5).
 */
public final class EconomicRows {

	private EconomicRows() {
	}

	/** True for an economic row with a code. */
	public static boolean isEconomic(ParsedRow row) {
		if (row.code() == null || Rows.KIND_TOTAL.equals(row.kind())) {
			return false;
		}
		return "economic".equals(row.codeKind())
				|| (row.codeKind() == null && row.code().matches("3[0-9]{2}([0-9]{2})?"));
	}

	/** The class rows (3-digit codes). */
	public static List<ParsedRow> classes(TableView table) {
		return table.rows().stream().filter((r) -> isEconomic(r) && r.code().length() == 3).toList();
	}

	/** The 5-digit rows of a class. */
	public static List<ParsedRow> children(TableView table, String classCode) {
		return table.rows()
			.stream()
			.filter((r) -> isEconomic(r) && r.code().length() == 5 && r.code().startsWith(classCode))
			.toList();
	}

	/** The 人员经费合计 / 公用经费合计 row: in its group if the parser grouped it, else by name. */
	public static Optional<ParsedRow> total(TableView table, String group, Term name) {
		Optional<ParsedRow> grouped = table.rows()
			.stream()
			.filter((r) -> Rows.KIND_TOTAL.equals(r.kind()) && group.equals(r.group()))
			.findFirst();
		if (grouped.isPresent()) {
			return grouped;
		}
		return table.rows().stream().filter((r) -> !isEconomic(r) && name.matches(TableView.nameOf(r))).findFirst();
	}

	/**
	 * The sum of economic classes: each class row where printed, else its 5-digit rows;
	 * empty when none of the classes is printed.
	 */
	public static Optional<Quantity> classesAmount(TableView table, List<String> classes, Term column) {
		List<BigDecimal> parts = new ArrayList<>();
		List<String> where = new ArrayList<>();
		boolean summed = false;
		for (String classCode : classes) {
			Optional<ParsedRow> classRow = classes(table).stream()
				.filter((r) -> classCode.equals(r.code()))
				.findFirst();
			Optional<BigDecimal> printed = classRow.flatMap((r) -> table.amount(r, column));
			if (printed.isPresent()) {
				parts.add(printed.get());
				where.add(classCode);
				continue;
			}
			List<ParsedRow> children = children(table, classCode);
			for (ParsedRow child : children) {
				table.amount(child, column).ifPresent(parts::add);
			}
			if (!children.isEmpty()) {
				where.add(classCode + "xx");
				summed = true;
			}
		}
		if (where.isEmpty()) {
			return Optional.empty();
		}
		String location = table.code() + " rows " + String.join("+", where);
		return Optional.of((parts.size() == 1 && !summed) ? Quantity.printed(parts.get(0), location)
				: Quantity.sum(parts, location));
	}

}
