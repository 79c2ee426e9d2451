package org.disclosure.validate.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rounding tolerance of DOMAIN.md (尾数误差). Printed figures are rounded to their
 * printed precision, so a figure {@code x} printed with {@code d} decimals stands for
 * anything in {@code [x − ½·10^-d, x + ½·10^-d]}; every comparison asks whether the
 * printed figures can be roundings of figures that agree. BigDecimal only.
 */
public final class Tolerance {

	/**
	 * How far a percentage may miss its allowed range and still be a slip of its last
	 * digit.
	 */
	public static final BigDecimal SLIP = new BigDecimal("0.01");

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private Tolerance() {
	}

	/** The tolerance a rule uses, as users read it in docs/rules.md. */
	/** The unit amounts are compared in. */
	public static final String MONEY = "万元";

	/** The unit of percentages and rates. */
	public static final String PERCENT = "%";

	public enum Kind {

		/** A sum identity of rounded figures. */
		SUM("sum identity T = x1 + … + xn: |T − Σ| ≤ half a printed unit of T and of each non-zero addend, "
				+ "0.005 × (n + 1) at two decimals"),

		/** The same figure printed twice. */
		SAME_FIGURE("the same figure printed twice: equal at the coarser printed precision (288.1 = 288.10 ≠ 288.84)"),

		/** A percentage of two rounded figures. */
		PERCENTAGE("percentage p with d decimals of a/b: [p ± ½·10^-d] overlaps the range the rounded a and b allow; "
				+ "missing it by ≤ 0.01 point is a slip (warning); over a zero base undefined (warning, info when 0 is printed)"),

		/** A year-on-year change and rate. */
		YEAR_ON_YEAR("year on year: prior = current − Δ, rate = Δ / prior over the ranges the rounded figures allow "
				+ "(Δ / current is flagged); over a zero prior undefined (warning)"),

		/** Whole numbers. */
		COUNT("whole numbers (counts): exact"),

		/** Presence only. */
		NONE("none: presence of tables, sections, explanations");

		private final String description;

		Kind(String description) {
			this.description = description;
		}

		public String description() {
			return this.description;
		}

	}

	/** How two printed figures relate. */
	public enum Agreement {

		/** Equal as printed. */
		EXACT,

		/** Different as printed, within rounding: info. */
		ROUNDING,

		/** A percentage missing its range by at most {@link #SLIP}: warning. */
		SLIP,

		/** Beyond rounding: the rule's severity. */
		BEYOND,

		/** A ratio over a zero base: undefined. */
		UNDEFINED

	}

	/**
	 * The result of one comparison.
	 *
	 * @param expected what the other figures say the printed one should be
	 * @param actual the printed figure
	 * @param difference {@code actual − expected}
	 * @param allowed the rounding allowance (amounts) or the half unit of the printed
	 * percentage
	 * @param note the range or arithmetic behind the verdict, for the message
	 * @param unit the unit of the figures compared: 万元, %, null for counts
	 */
	public record Comparison(Agreement agreement, BigDecimal expected, BigDecimal actual, BigDecimal difference,
			BigDecimal allowed, String note, String unit) {

		/** A comparison of amounts in 万元. */
		public Comparison(Agreement agreement, BigDecimal expected, BigDecimal actual, BigDecimal difference,
				BigDecimal allowed, String note) {
			this(agreement, expected, actual, difference, allowed, note, MONEY);
		}

		public boolean consistent() {
			return this.agreement == Agreement.EXACT || this.agreement == Agreement.ROUNDING;
		}

	}

	/**
	 * Half a unit of the last printed decimal: 0.005 for {@code 1055.79}, 0.5 for
	 * {@code 9}.
	 */
	public static BigDecimal halfUnit(BigDecimal printed) {
		return HALF.movePointLeft(Math.max(printed.scale(), 0));
	}

	/**
	 * The allowance of a sum identity: half a unit of the total and of each non-zero
	 * addend, {@code 0.005 × (n + 1)} when all are printed with two decimals.
	 */
	public static BigDecimal sumAllowance(BigDecimal total, List<BigDecimal> addends) {
		BigDecimal allowance = halfUnit(total);
		for (BigDecimal addend : addends) {
			if (addend.signum() != 0) {
				allowance = allowance.add(halfUnit(addend));
			}
		}
		return allowance;
	}

	/**
	 * {@code total = Σ addends} (addends may be negative for a difference such as 年末 = 年初
	 * + 收入 − 支出).
	 */
	public static Comparison sum(BigDecimal total, List<BigDecimal> addends) {
		BigDecimal sum = addends.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal difference = total.subtract(sum);
		BigDecimal allowed = sumAllowance(total, addends);
		long nonZero = addends.stream().filter((a) -> a.signum() != 0).count();
		return new Comparison(verdict(difference, allowed), sum, total, difference, allowed,
				"n = " + nonZero + " non-zero addends, allowed ±" + allowed.stripTrailingZeros().toPlainString());
	}

	/**
	 * Two sums of printed figures that must agree ({@code Σ left = Σ right}): allowed
	 * half a printed unit of each non-zero figure on either side.
	 */
	public static Comparison sums(List<BigDecimal> left, List<BigDecimal> right) {
		BigDecimal leftSum = left.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal rightSum = right.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal allowed = BigDecimal.ZERO;
		long nonZero = 0;
		for (BigDecimal figure : Stream.concat(left.stream(), right.stream()).toList()) {
			if (figure.signum() != 0) {
				allowed = allowed.add(halfUnit(figure));
				nonZero++;
			}
		}
		BigDecimal difference = rightSum.subtract(leftSum);
		return new Comparison(verdict(difference, allowed), leftSum, rightSum, difference, allowed,
				nonZero + " non-zero figures, allowed ±" + allowed.stripTrailingZeros().toPlainString());
	}

	/**
	 * The same figure printed twice: equal when both round to the same value at the
	 * coarser printed precision (a finer figure exactly half-way rounds either way).
	 */
	public static Comparison same(BigDecimal expected, BigDecimal actual) {
		return same(expected, actual, MONEY);
	}

	/**
	 * The same figure in {@code unit} printed twice
	 * ({@link #same(BigDecimal, BigDecimal)}).
	 */
	public static Comparison same(BigDecimal expected, BigDecimal actual, String unit) {
		int coarser = Math.max(Math.min(expected.scale(), actual.scale()), 0);
		BigDecimal difference = actual.subtract(expected);
		BigDecimal allowed = HALF.movePointLeft(coarser);
		Agreement agreement;
		if (difference.signum() == 0) {
			agreement = Agreement.EXACT;
		}
		else if (roundsEqual(expected, actual, coarser, RoundingMode.HALF_UP)
				|| roundsEqual(expected, actual, coarser, RoundingMode.HALF_DOWN)) {
			agreement = Agreement.ROUNDING;
		}
		else {
			agreement = Agreement.BEYOND;
		}
		return new Comparison(agreement, expected, actual, difference, allowed, "compared at " + coarser + " decimals",
				unit);
	}

	/** {@code part ≤ whole}, each printed figure allowed its rounding. */
	public static Comparison atMost(BigDecimal part, BigDecimal whole) {
		BigDecimal allowed = halfUnit(part).add(halfUnit(whole));
		BigDecimal excess = part.subtract(whole);
		Agreement agreement = (excess.signum() <= 0) ? Agreement.EXACT
				: (excess.compareTo(allowed) <= 0) ? Agreement.ROUNDING : Agreement.BEYOND;
		return new Comparison(agreement, whole, part, excess, allowed, "at most " + whole.toPlainString());
	}

	/** Whole numbers (counts): equal or not. */
	public static Comparison count(BigDecimal expected, BigDecimal actual) {
		BigDecimal difference = actual.subtract(expected);
		return new Comparison((difference.signum() == 0) ? Agreement.EXACT : Agreement.BEYOND, expected, actual,
				difference, BigDecimal.ZERO, "counts", null);
	}

	/**
	 * A percentage {@code printed} of {@code numerator / denominator}: consistent when
	 * the printed percentage's interval overlaps the range of ratios the rounded inputs
	 * allow (0.15 / 0.29 allows 49.15 %–54.39 %, so 52.41 % is consistent).
	 */
	public static Comparison percentage(BigDecimal printed, BigDecimal numerator, BigDecimal denominator) {
		return ratio(printed, Interval.of(numerator), Interval.of(denominator), numerator, denominator, "");
	}

	/**
	 * A year-on-year rate: the prior year is {@code current − change}, the rate
	 * {@code change / prior}. A rate that fits {@code change / current} instead is said
	 * so: dividing by the current year is a frequent error.
	 * @param printedRate the printed rate in percent, negative for 下降/减少
	 * @param current this year's figure
	 * @param change the printed change, negative for 减少
	 */
	public static Comparison yearOnYear(BigDecimal printedRate, BigDecimal current, BigDecimal change) {
		Interval currentRange = Interval.of(current);
		Interval changeRange = Interval.of(change);
		Interval priorRange = new Interval(currentRange.low().subtract(changeRange.high()),
				currentRange.high().subtract(changeRange.low()));
		BigDecimal prior = current.subtract(change);
		Comparison overPrior = ratio(printedRate, changeRange, priorRange, change, prior, "prior = "
				+ current.toPlainString() + " − (" + change.toPlainString() + ") = " + prior.toPlainString() + "; ");
		if (overPrior.consistent() || overPrior.agreement() == Agreement.UNDEFINED || current.signum() == 0) {
			return overPrior;
		}
		Comparison overCurrent = ratio(printedRate, changeRange, currentRange, change, current, "");
		if (overCurrent.consistent()) {
			return new Comparison(overPrior.agreement(), overPrior.expected(), overPrior.actual(),
					overPrior.difference(), overPrior.allowed(),
					overPrior.note() + "; the printed rate is Δ / current year (本年), not Δ / prior year (上年)", PERCENT);
		}
		return overPrior;
	}

	private static Comparison ratio(BigDecimal printed, Interval numerator, Interval denominator,
			BigDecimal pointNumerator, BigDecimal pointDenominator, String prefix) {
		BigDecimal half = halfUnit(printed);
		int scale = Math.max(printed.scale(), 2);
		if (pointDenominator.signum() == 0) {
			return new Comparison(Agreement.UNDEFINED, null, printed, null, half,
					prefix + "the base is 0: the percentage is undefined", PERCENT);
		}
		BigDecimal expected = pointNumerator.multiply(HUNDRED).divide(pointDenominator, PRECISION);
		BigDecimal shown = expected.setScale(scale, RoundingMode.HALF_UP);
		BigDecimal difference = printed.subtract(shown);
		if (denominator.low().signum() <= 0 && denominator.high().signum() >= 0) {
			return new Comparison(Agreement.ROUNDING, shown, printed, difference, half,
					prefix + "the rounded base may be 0: any percentage fits", PERCENT);
		}
		Interval allowedRange = numerator.dividedBy(denominator).times(HUNDRED);
		Interval printedRange = new Interval(printed.subtract(half), printed.add(half));
		String note = prefix + "allowed " + allowedRange.low().setScale(scale, RoundingMode.FLOOR).toPlainString()
				+ "%–" + allowedRange.high().setScale(scale, RoundingMode.CEILING).toPlainString() + "%";
		BigDecimal gap = printedRange.gapTo(allowedRange);
		Agreement agreement;
		if (gap.signum() > 0) {
			agreement = (gap.compareTo(SLIP) <= 0) ? Agreement.SLIP : Agreement.BEYOND;
		}
		else {
			BigDecimal atPrintedScale = expected.setScale(Math.max(printed.scale(), 0), RoundingMode.HALF_UP);
			agreement = (atPrintedScale.compareTo(printed) == 0) ? Agreement.EXACT : Agreement.ROUNDING;
		}
		return new Comparison(agreement, shown, printed, difference, half, note, PERCENT);
	}

	private static Agreement verdict(BigDecimal difference, BigDecimal allowed) {
		if (difference.signum() == 0) {
			return Agreement.EXACT;
		}
		return (difference.abs().compareTo(allowed) <= 0) ? Agreement.ROUNDING : Agreement.BEYOND;
	}

	private static boolean roundsEqual(BigDecimal a, BigDecimal b, int scale, RoundingMode mode) {
		return a.setScale(scale, mode).compareTo(b.setScale(scale, mode)) == 0;
	}

	/** The figures a printed figure may stand for. */
	private record Interval(BigDecimal low, BigDecimal high) {

		static Interval of(BigDecimal printed) {
			BigDecimal half = halfUnit(printed);
			return new Interval(printed.subtract(half), printed.add(half));
		}

		/** Division by an interval that does not contain zero. */
		Interval dividedBy(Interval divisor) {
			BigDecimal[] corners = { this.low.divide(divisor.low, PRECISION), this.low.divide(divisor.high, PRECISION),
					this.high.divide(divisor.low, PRECISION), this.high.divide(divisor.high, PRECISION) };
			BigDecimal min = corners[0];
			BigDecimal max = corners[0];
			for (BigDecimal corner : corners) {
				min = min.min(corner);
				max = max.max(corner);
			}
			return new Interval(min, max);
		}

		Interval times(BigDecimal factor) {
			return new Interval(this.low.multiply(factor), this.high.multiply(factor));
		}

		/** The distance between two intervals, zero when they overlap. */
		BigDecimal gapTo(Interval other) {
			BigDecimal gap = this.low.subtract(other.high).max(other.low.subtract(this.high));
			return gap.max(BigDecimal.ZERO);
		}

	}

}
