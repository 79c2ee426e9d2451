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
 * @param items for a printed aggregate (a 类 row), the printed items it totals in its
 * table; empty otherwise
 */
public record Quantity(List<BigDecimal> parts, boolean sum, String where, List<BigDecimal> items) {

	public Quantity {
		parts = List.copyOf(parts);
		items = List.copyOf(items);
	}

	public Quantity(List<BigDecimal> parts, boolean sum, String where) {
		this(parts, sum, where, List.of());
	}

	public static Quantity printed(BigDecimal figure, String where) {
		return new Quantity(List.of(figure), false, where);
	}

	/** A printed aggregate and the items its table prints under it. */
	public static Quantity aggregate(BigDecimal figure, List<BigDecimal> items, String where) {
		return new Quantity(List.of(figure), false, where, items);
	}

	public static Quantity sum(List<BigDecimal> parts, String where) {
		return new Quantity(parts, true, where);
	}

	public BigDecimal value() {
		return this.parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * Compares {@code actual} with {@code expected}: the same figure printed twice, a sum
	 * identity when one of them is a sum, two sums otherwise. Two printed aggregates of
	 * the same items may differ by the rounding of those items (one the rounded total,
	 * the other the sum of rounded items): when they differ and both agree with those
	 * items, the difference is the items' rounding.
	 */
	public static Tolerance.Comparison compare(Quantity expected, Quantity actual) {
		if (!expected.sum && !actual.sum) {
			Tolerance.Comparison same = Tolerance.same(expected.parts.get(0), actual.parts.get(0));
			if (same.consistent()) {
				return same;
			}
			for (Quantity aggregate : List.of(actual, expected)) {
				Quantity other = (aggregate == actual) ? expected : actual;
				if (!aggregate.items.isEmpty()) {
					Tolerance.Comparison ofItems = Tolerance.sum(other.parts.get(0), aggregate.items);
					boolean itsOwn = Tolerance.sum(aggregate.parts.get(0), aggregate.items).consistent();
					if (ofItems.consistent() && itsOwn) {
						return new Tolerance.Comparison(Tolerance.Agreement.ROUNDING, same.expected(), same.actual(),
								same.difference(), ofItems.allowed(),
								"two totals of the same " + aggregate.items.size() + " printed items, allowed ±"
										+ ofItems.allowed().stripTrailingZeros().toPlainString(),
								same.unit());
					}
				}
			}
			return same;
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
