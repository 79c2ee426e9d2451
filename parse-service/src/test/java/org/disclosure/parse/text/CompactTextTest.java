package org.disclosure.parse.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What compact text drops: every kind of space, and nothing else. */
class CompactTextTest {

	@Test
	void dropsExactlyTheSpacesOfEveryCharacter() {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			char character = (char) c;
			boolean space = Character.isWhitespace(character) || Character.isSpaceChar(character)
					|| character == '\u200b' || character == '\ufeff';
			String printed = CompactText.printed("收" + character + "入");
			assertThat(printed).as("U+%04X", c).isEqualTo(space ? "收入" : "收" + character + "入");
		}
	}

	@Test
	void keepsTheCharactersAsPrintedAroundTheSpaces() {
		assertThat(CompactText.printed(" 许昌市 医疗保障局（本级）\u3000\t")).isEqualTo("许昌市医疗保障局（本级）");
		assertThat(CompactText.printed("收入支出决算总表")).isEqualTo("收入支出决算总表");
		assertThat(CompactText.printed("  ")).isEmpty();
		assertThat(CompactText.printed(null)).isEmpty();
		assertThat(CompactText.of("一般公共预算 财政拨款（类）")).isEqualTo("一般公共预算财政拨款(类)");
	}

}
