package org.disclosure.validate.rules;

import java.math.BigDecimal;
import java.util.List;

import org.disclosure.validate.rules.Tolerance.Agreement;
import org.disclosure.validate.rules.Tolerance.Comparison;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ToleranceTest {

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	private static List<BigDecimal> ds(String... values) {
		return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
	}

	@Nested
	class SumIdentity {

		@Test
		void allowsHalfACentPerNonZeroAddendPlusOne() {
			assertThat(Tolerance.sumAllowance(d("318.45"), ds("3.18", "31.71", "23.10", "233.40", "27.05")))
				.isEqualByComparingTo("0.030");
			assertThat(Tolerance.sumAllowance(d("15.97"), ds("2.90", "13.08", "0.00"))).isEqualByComparingTo("0.015");
		}

		@Test
		void luolongBasicExpenditureIsRounding() {
			Comparison c = Tolerance.sum(d("318.45"), ds("3.18", "31.71", "23.10", "233.40", "27.05"));
			assertThat(c.agreement()).isEqualTo(Agreement.ROUNDING);
			assertThat(c.expected()).isEqualByComparingTo("318.44");
			assertThat(c.difference()).isEqualByComparingTo("0.01");
		}

		@Test
		void luolongProjectExpenditureWithNineAddendsIsRounding() {
			Comparison c = Tolerance.sum(d("737.34"),
					ds("27.23", "298.68", "323.00", "43.10", "1.99", "1.62", "5.00", "1.51", "35.23"));
			assertThat(c.agreement()).isEqualTo(Agreement.ROUNDING);
			assertThat(c.allowed()).isEqualByComparingTo("0.050");
			assertThat(c.difference()).isEqualByComparingTo("-0.02");
		}

		@Test
		void xuchangClass208IsRounding() {
			assertThat(Tolerance.sum(d("15.97"), ds("2.90", "13.08")).agreement()).isEqualTo(Agreement.ROUNDING);
		}

		@Test
		void beyondTheAllowanceIsBeyond() {
			Comparison c = Tolerance.sum(d("15.97"), ds("2.90", "13.10"));
			assertThat(c.agreement()).isEqualTo(Agreement.BEYOND);
			assertThat(c.difference()).isEqualByComparingTo("-0.03");
		}

		@Test
		void anExactSumIsExact() {
			assertThat(Tolerance.sum(d("1055.79"), ds("1055.79", "0.00")).agreement()).isEqualTo(Agreement.EXACT);
		}

		@Test
		void coarserAddendsBringTheirOwnHalfUnit() {
			assertThat(Tolerance.sumAllowance(d("100.00"), ds("374.3", "9"))).isEqualByComparingTo("0.555");
		}

		@Test
		void twoSumsAllowEachNonZeroFigure() {
			Comparison c = Tolerance.sums(ds("61.81", "730.83", "46.35"), ds("838.98"));
			assertThat(c.agreement()).isEqualTo(Agreement.ROUNDING);
			assertThat(c.allowed()).isEqualByComparingTo("0.020");
		}

	}

	@Nested
	class SameFigure {

		@Test
		void equalAtTheCoarserPrintedPrecision() {
			assertThat(Tolerance.same(d("288.10"), d("288.1")).agreement()).isEqualTo(Agreement.EXACT);
			assertThat(Tolerance.same(d("288.14"), d("288.1")).agreement()).isEqualTo(Agreement.ROUNDING);
			assertThat(Tolerance.same(d("288.84"), d("288.1")).agreement()).isEqualTo(Agreement.BEYOND);
		}

		@Test
		void aFigureHalfWayRoundsEitherWay() {
			assertThat(Tolerance.same(d("288.15"), d("288.1")).agreement()).isEqualTo(Agreement.ROUNDING);
			assertThat(Tolerance.same(d("288.15"), d("288.2")).agreement()).isEqualTo(Agreement.ROUNDING);
		}

		@Test
		void atTheSamePrecisionOnlyEqualIsEqual() {
			Comparison c = Tolerance.same(d("838.98"), d("838.99"));
			assertThat(c.agreement()).isEqualTo(Agreement.BEYOND);
			assertThat(c.difference()).isEqualByComparingTo("0.01");
		}

	}

	@Nested
	class Percentage {

		@Test
		void threePublicCompletionIsConsistentWithTheRoundedInputs() {
			Comparison c = Tolerance.percentage(d("52.41"), d("0.15"), d("0.29"));
			assertThat(c.agreement()).isEqualTo(Agreement.ROUNDING);
			assertThat(c.note()).contains("49.15%").contains("54.39%");
		}

		@Test
		void anExactlyRoundedPercentageIsExact() {
			assertThat(Tolerance.percentage(d("30.16"), d("318.45"), d("1055.79")).agreement())
				.isEqualTo(Agreement.EXACT);
			assertThat(Tolerance.percentage(d("100"), d("1055.79"), d("1055.79")).agreement())
				.isEqualTo(Agreement.EXACT);
		}

		@Test
		void roundedInputsExplainTheLastDigit() {
			assertThat(Tolerance.percentage(d("99.68"), d("29.85"), d("29.95")).agreement())
				.isEqualTo(Agreement.ROUNDING);
		}

		@Test
		void aMissByAtMostOneHundredthOfAPointIsASlip() {
			Comparison c = Tolerance.percentage(d("3.01"), d("31.71"), d("1055.79"));
			assertThat(c.agreement()).isEqualTo(Agreement.SLIP);
			assertThat(c.expected()).isEqualByComparingTo("3.00");
		}

		@Test
		void aWrongPercentageIsBeyond() {
			Comparison union = Tolerance.percentage(d("94.34"), d("3.18"), d("3.52"));
			assertThat(union.agreement()).isEqualTo(Agreement.BEYOND);
			assertThat(union.expected()).isEqualByComparingTo("90.34");
			assertThat(union.difference()).isEqualByComparingTo("4.00");
			Comparison it = Tolerance.percentage(d("0.16"), d("1.62"), d("10.00"));
			assertThat(it.agreement()).isEqualTo(Agreement.BEYOND);
			assertThat(it.expected()).isEqualByComparingTo("16.20");
		}

		@Test
		void overAZeroBaseIsUndefined() {
			Comparison c = Tolerance.percentage(d("199"), d("1.99"), d("0.00"));
			assertThat(c.agreement()).isEqualTo(Agreement.UNDEFINED);
			assertThat(c.expected()).isNull();
		}

		@Test
		void aPercentageWithoutDecimalsHasHalfAPoint() {
			assertThat(Tolerance.percentage(d("78"), d("3762.6"), d("4818.39")).agreement()).isEqualTo(Agreement.EXACT);
			assertThat(Tolerance.percentage(d("79"), d("3762.6"), d("4818.39")).agreement())
				.isEqualTo(Agreement.BEYOND);
		}

	}

	@Nested
	class YearOnYear {

		@Test
		void theRateIsTheChangeOverThePriorYear() {
			assertThat(Tolerance.yearOnYear(d("42.10"), d("318.45"), d("94.35")).agreement())
				.isEqualTo(Agreement.EXACT);
			assertThat(Tolerance.yearOnYear(d("-78"), d("1055.79"), d("-3762.6")).agreement())
				.isEqualTo(Agreement.EXACT);
			assertThat(Tolerance.yearOnYear(d("-7.17"), d("19.81"), d("-1.53")).agreement()).isEqualTo(Agreement.EXACT);
			assertThat(Tolerance.yearOnYear(d("1060"), d("27.26"), d("24.91")).agreement()).isIn(Agreement.EXACT,
					Agreement.ROUNDING);
		}

		@Test
		void aRateOverTheCurrentYearIsFlagged() {
			Comparison c = Tolerance.yearOnYear(d("30.20"), d("298.64"), d("90.2"));
			assertThat(c.agreement()).isEqualTo(Agreement.BEYOND);
			assertThat(c.expected()).isEqualByComparingTo("43.27");
			assertThat(c.note()).contains("current year").contains("prior = 298.64 − (90.2) = 208.44");
		}

		@Test
		void aRateOverAZeroPriorYearIsUndefined() {
			assertThat(Tolerance.yearOnYear(d("100"), d("5.00"), d("5.00")).agreement()).isEqualTo(Agreement.UNDEFINED);
		}

	}

	@Test
	void atMostAllowsRounding() {
		assertThat(Tolerance.atMost(d("0.15"), d("0.15")).agreement()).isEqualTo(Agreement.EXACT);
		assertThat(Tolerance.atMost(d("0.16"), d("0.15")).agreement()).isEqualTo(Agreement.ROUNDING);
		assertThat(Tolerance.atMost(d("0.45"), d("0.15")).agreement()).isEqualTo(Agreement.BEYOND);
	}

	@Test
	void countsAreExact() {
		assertThat(Tolerance.count(d("1"), d("1")).agreement()).isEqualTo(Agreement.EXACT);
		assertThat(Tolerance.count(d("1"), d("2")).agreement()).isEqualTo(Agreement.BEYOND);
	}

	@Test
	void halfUnitFollowsThePrintedPrecision() {
		assertThat(Tolerance.halfUnit(d("1055.79"))).isEqualByComparingTo("0.005");
		assertThat(Tolerance.halfUnit(d("374.3"))).isEqualByComparingTo("0.05");
		assertThat(Tolerance.halfUnit(d("9"))).isEqualByComparingTo("0.5");
	}

}
