package org.disclosure.parse.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Compact text: the characters as printed without spaces, then folded. */
class CompactTextTest {

	@Test
	void keepsTheCharactersAsPrintedAroundTheSpaces() {
		assertThat(CompactText.printed(" 许昌市 医疗保障局（本级）\u3000\t")).isEqualTo("许昌市医疗保障局（本级）");
		assertThat(CompactText.printed("收入支出决算总表")).isEqualTo("收入支出决算总表");
		assertThat(CompactText.printed("  ")).isEmpty();
		assertThat(CompactText.printed(null)).isEmpty();
		assertThat(CompactText.of("一般公共预算 财政拨款（类）")).isEqualTo("一般公共预算财政拨款(类)");
	}

}
