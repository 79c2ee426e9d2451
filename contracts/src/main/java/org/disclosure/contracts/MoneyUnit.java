package org.disclosure.contracts;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The money units tables print (元, 千元, 万元, 亿元) and the move of the decimal point between
 * them and 万元, the unit every money amount of a {@link ParsedTable} is carried in. Moving
 * the point keeps the printed precision: 164,978,640 元 is 16497.8640 万元 and back. Columns
 * of scores, rates, counts and codes hold no money and are never converted.
 */
public final class MoneyUnit {

	/** The unit amounts are carried and compared in. */
	public static final String TEN_THOUSAND = "万元";

	/** Column headers of figures that are no money. */
	private static final Pattern NOT_MONEY = Pattern.compile("分值|得分|分数|率|%|比例|比重|权重|数量|人数|个数|次数|辆|序号|编码|代码|指标值");

	private MoneyUnit() {
	}

	/**
	 * How many places the decimal point moves from {@code unit} to 万元: 4 from 元, 1 from
	 * 千元, -4 from 亿元, 0 from 万元 or an unknown unit.
	 */
	public static int shiftToTenThousands(String unit) {
		if (unit == null) {
			return 0;
		}
		return switch (unit) {
			case "元" -> 4;
			case "千元" -> 1;
			case "亿元" -> -4;
			default -> 0;
		};
	}

	/** {@code amount}, printed in {@code unit}, in 万元. */
	public static BigDecimal inTenThousands(BigDecimal amount, String unit) {
		int shift = shiftToTenThousands(unit);
		return (amount == null || shift == 0) ? amount : amount.movePointLeft(shift);
	}

	/** {@code amount} in 万元 as {@code unit} prints it: 16497.8640 万元 is 164978640 元. */
	public static BigDecimal asPrinted(BigDecimal amount, String unit) {
		int shift = shiftToTenThousands(unit);
		return (amount == null || shift == 0) ? amount : amount.movePointRight(shift);
	}

	/**
	 * Whether a column holds money, told by its name and its header as printed: not a
	 * score, rate, share, count or code.
	 */
	public static boolean holdsMoney(String name, String header) {
		return !(name != null && NOT_MONEY.matcher(name).find())
				&& !(header != null && NOT_MONEY.matcher(header).find());
	}

}
