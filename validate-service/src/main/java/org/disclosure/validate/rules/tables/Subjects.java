package org.disclosure.validate.rules.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * The functional classification in a table: levels 类 (3 digits), 款 (5), 项 (7), parents,
 * and the amount of each 类 whether printed as a row or only as the sum of its 项 rows.
 */
public final class Subjects {

	public static final String CLASS = "类";

	public static final String SEGMENT = "款";

	public static final String ITEM = "项";

	private Subjects() {
	}

	/** True for a functional subject row (not a unit, economic or project row). */
	public static boolean isFunctional(ParsedRow row) {
		if (row.code() == null || Rows.KIND_UNIT.equals(row.kind()) || Rows.KIND_TOTAL.equals(row.kind())) {
			return false;
		}
		if (row.codeKind() != null) {
			return "functional".equals(row.codeKind());
		}
		return row.code().matches("[0-9]{3}|[0-9]{5}|[0-9]{7}");
	}

	/**
	 * The rows no other row of {@code rows} contains: the class rows (301, 302) where a
	 * table prints them above their items (30101, 30102), else the items. Their sum is
	 * the table's total; adding a class and its items counts them twice. Rows without a
	 * code count only when none has one.
	 */
	public static List<ParsedRow> outermost(List<ParsedRow> rows) {
		Set<String> codes = new HashSet<>();
		rows.stream().map(ParsedRow::code).filter((code) -> code != null).forEach(codes::add);
		List<ParsedRow> outermost = new ArrayList<>();
		for (ParsedRow row : rows) {
			String code = row.code();
			if ((code == null) ? codes.isEmpty() : !withinAnother(code, codes)) {
				outermost.add(row);
			}
		}
		return outermost;
	}

	private static boolean withinAnother(String code, Set<String> codes) {
		for (int length : new int[] { 3, 5 }) {
			if (length < code.length() && codes.contains(code.substring(0, length))) {
				return true;
			}
		}
		return false;
	}

	/** True for a budget unit's row ({@code 517 卢氏县医疗保障局}). */
	public static boolean isUnit(ParsedRow row) {
		return Rows.KIND_UNIT.equals(row.kind()) || "unit".equals(row.codeKind());
	}

	/** 类, 款 or 项: as the parser reports it, else by the code's length. */
	public static String level(ParsedRow row) {
		if (row.level() != null && !row.level().isBlank()) {
			return row.level();
		}
		return levelOf(row.code());
	}

	/** The level of a code by its length; null when it has none. */
	public static String levelOf(String code) {
		if (code == null) {
			return null;
		}
		return switch (code.length()) {
			case 3 -> CLASS;
			case 5 -> SEGMENT;
			case 7 -> ITEM;
			default -> null;
		};
	}

	/** The code one level up, as reported or by prefix; null at 类. */
	public static String parent(ParsedRow row) {
		if (row.parentCode() != null && !row.parentCode().isBlank()) {
			return row.parentCode();
		}
		String code = row.code();
		if (code == null) {
			return null;
		}
		return switch (code.length()) {
			case 7 -> code.substring(0, 5);
			case 5 -> code.substring(0, 3);
			default -> null;
		};
	}

	/** The 类 a code belongs to. */
	public static String classOf(String code) {
		return (code != null && code.length() >= 3) ? code.substring(0, 3) : null;
	}

	/**
	 * The amount of each 类 in {@code column}: its 类 row where printed, else the sum of
	 * the rows of the highest level printed under it (款, else 项). Zero classes are kept.
	 */
	public static Map<String, Quantity> byClass(TableView table, Term column) {
		Map<String, List<ParsedRow>> rowsByClass = new LinkedHashMap<>();
		for (ParsedRow row : table.subjects()) {
			String classCode = classOf(row.code());
			if (classCode != null) {
				rowsByClass.computeIfAbsent(classCode, (c) -> new ArrayList<>()).add(row);
			}
		}
		Map<String, Quantity> amounts = new LinkedHashMap<>();
		rowsByClass
			.forEach((classCode, rows) -> quantity(table, column, rows).ifPresent((q) -> amounts.put(classCode, q)));
		return amounts;
	}

	/**
	 * The amounts of the most detailed rows among {@code rows} (项, else 款); empty when
	 * only the 类.
	 */
	private static List<BigDecimal> items(TableView table, Term column, List<ParsedRow> rows) {
		for (String level : List.of(ITEM, SEGMENT)) {
			List<BigDecimal> amounts = new ArrayList<>();
			rows.stream()
				.filter((r) -> level.equals(level(r)))
				.forEach((r) -> table.amount(r, column).ifPresent(amounts::add));
			if (!amounts.isEmpty()) {
				return amounts;
			}
		}
		return List.of();
	}

	private static Optional<Quantity> quantity(TableView table, Term column, List<ParsedRow> rows) {
		for (String level : List.of(CLASS, SEGMENT, ITEM)) {
			List<ParsedRow> atLevel = rows.stream().filter((r) -> level.equals(level(r))).toList();
			if (atLevel.isEmpty()) {
				continue;
			}
			List<BigDecimal> amounts = new ArrayList<>();
			for (ParsedRow row : atLevel) {
				table.amount(row, column).ifPresent(amounts::add);
			}
			if (amounts.isEmpty()) {
				return Optional.empty();
			}
			String where = table.code() + " " + level + " rows " + codes(atLevel);
			if (level.equals(CLASS) && amounts.size() == 1) {
				return Optional.of(Quantity.aggregate(amounts.get(0), items(table, column, rows), where));
			}
			return Optional.of(Quantity.sum(amounts, where));
		}
		return Optional.empty();
	}

	/** The codes of rows, for locations. */
	public static String codes(List<ParsedRow> rows) {
		List<String> codes = rows.stream().map(ParsedRow::code).toList();
		if (codes.size() > 6) {
			return codes.get(0) + "…" + codes.get(codes.size() - 1) + " (" + codes.size() + ")";
		}
		return String.join("+", codes);
	}

}
