package org.disclosure.parse.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

import org.disclosure.parse.text.CompactText;

/**
 * Reads printed amounts as {@link BigDecimal}: {@code 1,055.79}, {@code 100.0 %},
 * full-width digits and punctuation, a minus of any width. In a numeric column a blank
 * cell, {@code -} or {@code —} is zero.
 */
public final class Amounts {

	private static final Pattern NUMBER = Pattern.compile("[-+]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?");

	private static final Pattern DASH = Pattern.compile("[-－—–―─‐]+");

	/** Scale of money printed in tables: two decimals. */
	private static final int MONEY_SCALE = 2;

	private Amounts() {
	}

	/**
	 * The number a cell prints, or empty when it prints none (text, a blank, a dash).
	 * @param cell the cell's text
	 * @return the number, as printed (a percentage without its sign)
	 */
	public static Optional<BigDecimal> parse(String cell) {
		String compact = normalise(cell);
		if (compact.endsWith("%")) {
			compact = compact.substring(0, compact.length() - 1);
		}
		if (compact.isEmpty() || !NUMBER.matcher(compact).matches()) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(compact.replace(",", "").replace("+", "")));
	}

	/** True when the cell prints a number (or a percentage). */
	public static boolean isNumber(String cell) {
		return parse(cell).isPresent();
	}

	/** True when the cell prints a percentage ({@code 100.0 %}). */
	public static boolean isPercent(String cell) {
		String compact = normalise(cell);
		return compact.endsWith("%") && parse(cell).isPresent();
	}

	/** True when a numeric column's cell means zero: blank, {@code -} or {@code —}. */
	public static boolean isNil(String cell) {
		String compact = normalise(cell);
		return compact.isEmpty() || DASH.matcher(compact).matches();
	}

	/** True when the cell is a number or a nil: what a numeric column holds. */
	public static boolean isNumeric(String cell) {
		return isNil(cell) || isNumber(cell);
	}

	/**
	 * The amount of a money cell: its number with at least two decimals (spreadsheets
	 * drop trailing zeros: {@code 276.5} is {@code 276.50}), zero for a nil, empty for
	 * text.
	 * @param cell the cell's text
	 * @return the amount
	 */
	public static Optional<BigDecimal> money(String cell) {
		if (isNil(cell)) {
			return Optional.of(BigDecimal.ZERO.setScale(MONEY_SCALE));
		}
		return parse(cell).map(Amounts::moneyScale);
	}

	/** {@code amount} with at least two decimals; float noise beyond them removed. */
	static BigDecimal moneyScale(BigDecimal amount) {
		if (amount.scale() < MONEY_SCALE) {
			return amount.setScale(MONEY_SCALE);
		}
		if (amount.scale() > 4) {
			BigDecimal rounded = amount.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
			if (rounded.subtract(amount).abs().compareTo(new BigDecimal("0.000001")) < 0) {
				return rounded;
			}
		}
		return amount;
	}

	private static String normalise(String cell) {
		if (cell == null) {
			return "";
		}
		return CompactText.of(cell).replace('−', '-').replace('％', '%').replace('，', ',');
	}

}
