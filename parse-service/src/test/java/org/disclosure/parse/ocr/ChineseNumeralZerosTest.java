package org.disclosure.parse.ocr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates in Chinese numerals as chi_sim reads them on scans. */
class ChineseNumeralZerosTest {

	@Test
	void theZeroOfADateInChineseNumeralsReadAsOOrTwiceIsOneZero() {
		assertThat(ChineseNumeralZeros.corrected("二O〇二五年八月")).isEqualTo("二\u0000〇二五年八月");
		assertThat(ChineseNumeralZeros.corrected("二O二五年八月")).isEqualTo("二〇二五年八月");
		assertThat(ChineseNumeralZeros.corrected("2024 年度 2,100.00")).isEqualTo("2024 年度 2,100.00");
	}

	@Test
	void wordsThatArePrintedAreLeft() {
		assertThat(ChineseNumeralZeros.corrected("公文处理 收文登记 文化体育与传媒支出")).isEqualTo("公文处理 收文登记 文化体育与传媒支出");
		assertThat(ChineseNumeralZeros.corrected("收文预算总表 财政拨藉")).as("words are left to the table's shape")
			.isEqualTo("收文预算总表 财政拨藉");
	}

}
