package org.disclosure.parse.ocr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Table titles as chi_sim read them on the scan of a Jiangsu disclosure. */
class ChineseMisreadsTest {

	@Test
	void titlesReadWithAMisreadCharacterAreCorrected() {
		assertThat(ChineseMisreads.corrected("收文预算总表")).isEqualTo("收支预算总表");
		assertThat(ChineseMisreads.corrected("一般公共预算文出预算表")).isEqualTo("一般公共预算支出预算表");
		assertThat(ChineseMisreads.corrected("财政拨藉收文预算总表")).isEqualTo("财政拨款收支预算总表");
		assertThat(ChineseMisreads.corrected("财政拨亚基本文出预算表")).isEqualTo("财政拨款基本支出预算表");
	}

	@Test
	void theZeroOfADateInChineseNumeralsReadAsOOrTwiceIsOneZero() {
		assertThat(ChineseMisreads.corrected("二O〇二五年八月")).isEqualTo("二\u0000〇二五年八月");
		assertThat(ChineseMisreads.corrected("二O二五年八月")).isEqualTo("二〇二五年八月");
		assertThat(ChineseMisreads.corrected("2024 年度 2,100.00")).isEqualTo("2024 年度 2,100.00");
	}

	@Test
	void wordsThatArePrintedAreLeft() {
		assertThat(ChineseMisreads.corrected("公文处理 收文登记 文化体育与传媒支出")).isEqualTo("公文处理 收文登记 文化体育与传媒支出");
	}

}
