package org.disclosure.parse.tables;

import java.math.BigDecimal;

/**
 * One cell of a row, under its column.
 *
 * @param column the column's canonical name ({@code 基本支出}, {@code 决算数})
 * @param text the cell as printed (label form)
 * @param amount the amount in a numeric column (zero for blank, {@code -}, {@code —});
 * null in a text column or when the cell prints text
 * @param percent true when the cell prints a percentage ({@code 100.0 %})
 */
public record TableCell(String column, String text, BigDecimal amount, boolean percent) {

	/** True when the cell holds a number. */
	public boolean numeric() {
		return this.amount != null;
	}

}
