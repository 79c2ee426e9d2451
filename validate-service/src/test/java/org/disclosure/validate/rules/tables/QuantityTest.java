package org.disclosure.validate.rules.tables;

import java.math.BigDecimal;
import java.util.List;

import org.disclosure.validate.rules.Tolerance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityTest {

	private static final List<BigDecimal> ITEMS = List.of(new BigDecimal("1.26"), new BigDecimal("2.36"),
			new BigDecimal("3.46"));

	@Test
	void theSameFigurePrintedTwiceAgreesExactly() {
		Tolerance.Comparison same = Quantity.compare(Quantity.printed(new BigDecimal("7.08"), "FA01"),
				Quantity.aggregate(new BigDecimal("7.08"), ITEMS, "FA03"));
		assertThat(same.agreement()).isEqualTo(Tolerance.Agreement.EXACT);
	}

	@Test
	void aRoundedTotalAndASumOfRoundedItemsDifferByTheItemsRounding() {
		Tolerance.Comparison rounded = Quantity.compare(Quantity.printed(new BigDecimal("7.09"), "FA01"),
				Quantity.aggregate(new BigDecimal("7.08"), ITEMS, "FA03"));
		assertThat(rounded.agreement()).isEqualTo(Tolerance.Agreement.ROUNDING);
		assertThat(rounded.note()).contains("3 printed items");
	}

	@Test
	void anAggregateThatDisagreesWithItsOwnItemsDoesNotLendThemItsRounding() {
		Tolerance.Comparison wrong = Quantity.compare(Quantity.printed(new BigDecimal("7.08"), "FA01"),
				Quantity.aggregate(new BigDecimal("17.08"), ITEMS, "FA03"));
		assertThat(wrong.consistent()).isFalse();
		assertThat(wrong.difference()).isEqualByComparingTo("10.00");
	}

	@Test
	void aPrintedFigureAgainstASumUsesTheSumsTolerance() {
		Tolerance.Comparison sum = Quantity.compare(Quantity.printed(new BigDecimal("7.09"), "FA01"),
				Quantity.sum(ITEMS, "FA05 项 rows"));
		assertThat(sum.consistent()).isTrue();
		Tolerance.Comparison off = Quantity.compare(Quantity.printed(new BigDecimal("7.20"), "FA01"),
				Quantity.sum(ITEMS, "FA05 项 rows"));
		assertThat(off.consistent()).isFalse();
	}

}
