package org.disclosure.contracts;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyUnitTest {

	@Test
	void amountsMoveToTenThousandsByTheDecimalPointKeepingTheirPrecision() {
		assertThat(MoneyUnit.inTenThousands(new BigDecimal("164978640"), "元")).isEqualTo(new BigDecimal("16497.8640"));
		assertThat(MoneyUnit.inTenThousands(new BigDecimal("3520.5"), "千元")).isEqualTo(new BigDecimal("352.05"));
		assertThat(MoneyUnit.inTenThousands(new BigDecimal("1.25"), "亿元")).isEqualTo(new BigDecimal("12500"));
		assertThat(MoneyUnit.inTenThousands(new BigDecimal("1055.79"), "万元")).isEqualTo(new BigDecimal("1055.79"));
		assertThat(MoneyUnit.inTenThousands(new BigDecimal("1055.79"), null)).isEqualTo(new BigDecimal("1055.79"));
		assertThat(MoneyUnit.inTenThousands(null, "元")).isNull();
	}

	@Test
	void anAmountInTenThousandsIsPrintedBackInItsTablesUnit() {
		assertThat(MoneyUnit.asPrinted(new BigDecimal("16497.8640"), "元")).isEqualTo(new BigDecimal("164978640"));
		assertThat(MoneyUnit.asPrinted(new BigDecimal("352.05"), "千元")).isEqualTo(new BigDecimal("3520.5"));
		assertThat(MoneyUnit.asPrinted(new BigDecimal("12500"), "亿元")).isEqualByComparingTo("1.25");
		assertThat(MoneyUnit.asPrinted(new BigDecimal("1055.79"), "万元")).isEqualTo(new BigDecimal("1055.79"));
		assertThat(MoneyUnit.asPrinted(new BigDecimal("1055.79"), "美元")).isEqualTo(new BigDecimal("1055.79"));
		for (String unit : new String[] { "元", "千元", "万元", "亿元" }) {
			BigDecimal printed = new BigDecimal("98765.43");
			assertThat(MoneyUnit.asPrinted(MoneyUnit.inTenThousands(printed, unit), unit)).as(unit)
				.isEqualByComparingTo(printed);
		}
	}

	@Test
	void scoresRatesCountsAndCodesAreNoMoney() {
		assertThat(MoneyUnit.holdsMoney("本年支出合计", "本年支出合计")).isTrue();
		assertThat(MoneyUnit.holdsMoney("基本支出", null)).isTrue();
		assertThat(MoneyUnit.holdsMoney("执行率", "执行率")).isFalse();
		assertThat(MoneyUnit.holdsMoney("score", "得分")).isFalse();
		assertThat(MoneyUnit.holdsMoney("车辆", "购置数量（辆）")).isFalse();
		assertThat(MoneyUnit.holdsMoney("科目编码", "科目编码")).isFalse();
	}

}
