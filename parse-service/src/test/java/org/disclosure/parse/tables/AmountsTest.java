package org.disclosure.parse.tables;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Printed amounts as BigDecimal. */
class AmountsTest {

	@Test
	void thousandsSeparatorsAndFullWidthFormsAreRead() {
		assertThat(Amounts.parse("1,055.79")).hasValue(new BigDecimal("1055.79"));
		assertThat(Amounts.parse("１，０５５．７９")).hasValue(new BigDecimal("1055.79"));
		assertThat(Amounts.parse(" 2 . 90 ")).hasValue(new BigDecimal("2.90"));
		assertThat(Amounts.parse("−0.34")).hasValue(new BigDecimal("-0.34"));
	}

	@Test
	void percentagesAreNumbersMarkedAsPercent() {
		assertThat(Amounts.parse("100.0 %")).hasValue(new BigDecimal("100.0"));
		assertThat(Amounts.isPercent("100.0 %")).isTrue();
		assertThat(Amounts.isPercent("52.41％")).isTrue();
		assertThat(Amounts.isPercent("52.41")).isFalse();
	}

	@Test
	void blanksAndDashesAreZeroInANumericColumn() {
		for (String nil : new String[] { "", " ", "-", "—", "－", "——" }) {
			assertThat(Amounts.isNil(nil)).as(nil).isTrue();
			assertThat(Amounts.money(nil)).as(nil).hasValue(new BigDecimal("0.00"));
		}
		assertThat(Amounts.money("合计")).isEmpty();
		assertThat(Amounts.isNumeric("工会事务")).isFalse();
	}

	@Test
	void moneyKeepsTwoDecimalsWhereASpreadsheetDroppedThem() {
		assertThat(Amounts.money("276.5")).hasValue(new BigDecimal("276.50"));
		assertThat(Amounts.money("323")).hasValue(new BigDecimal("323.00"));
		assertThat(Amounts.money("0.1000000000001")).hasValue(new BigDecimal("0.10"));
		assertThat(Amounts.money("3762.6")).hasValue(new BigDecimal("3762.60"));
	}

	@Test
	void textIsNoNumber() {
		assertThat(Amounts.parse("≤4 万元")).isEmpty();
		assertThat(Amounts.parse("2024年")).isEmpty();
		assertThat(Amounts.parse("1,05")).isEmpty();
	}

}
