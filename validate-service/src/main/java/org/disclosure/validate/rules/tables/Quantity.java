package org.disclosure.validate.rules.tables;

import java.math.BigDecimal;
import java.util.List;

import org.disclosure.validate.rules.Tolerance;

/**
 * A figure a rule compares: printed once, or only as the sum of printed figures (a 类 of a
 * table that prints 项 rows only), so that the comparison uses the tolerance of what was
 * printed.
 *
 * @param parts the printed figures; one for a printed figure
 * @param sum true when the quantity is the sum of its parts
 * @param where where the figures are printed
 */
public record Quantity(List<BigDecimal> parts, boolean sum, String where) {

	public Quantity {
		parts = List.copyOf(parts);
	}

	public static Quantity printed(BigDecimal figure, String where) {
		return new Quantity(List.of(figure), false, where);
	}

	public static Quantity sum(List<BigDecimal> parts, String where) {
		return new Quantity(parts, true, where);
	}

	public BigDecimal value() {
		return this.parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * Compares {@code actual} with {@code expected}: the same figure printed twice, a sum
	 * identity when one of them is a sum, two sums otherwise.
	 */
	public static Tolerance.Comparison compare(Quantity expected, Quantity actual) {
		if (!expected.sum && !actual.sum) {
			return Tolerance.same(expected.parts.get(0), actual.parts.get(0));
		}
		if (!actual.sum) {
			return Tolerance.sum(actual.parts.get(0), expected.parts);
		}
		if (!expected.sum) {
			Tolerance.Comparison reversed = Tolerance.sum(expected.parts.get(0), actual.parts);
			return new Tolerance.Comparison(reversed.agreement(), reversed.actual(), reversed.expected(),
					reversed.difference().negate(), reversed.allowed(), reversed.note(), reversed.unit());
		}
		return Tolerance.sums(expected.parts, actual.parts);
	}

}
