package org.disclosure.support.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which characters are spaces, and a text without them. */
class SpacesTest {

	@Test
	void everyCharacterIsJudgedAsTheFullDefinitionJudgesIt() {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			char character = (char) c;
			boolean space = Character.isWhitespace(character) || Character.isSpaceChar(character)
					|| character == '\u200b' || character == '\ufeff';
			assertThat(Spaces.isSpace(character)).as("U+%04X", c).isEqualTo(space);
			assertThat(Spaces.without("收" + character + "入")).as("U+%04X", c)
				.isEqualTo(space ? "收入" : "收" + character + "入");
		}
	}

	@Test
	void aTextWithoutSpacesIsReturnedAsItIs() {
		String title = "收入支出决算总表";
		assertThat(Spaces.without(title)).isSameAs(title);
		assertThat(Spaces.without(" 许昌市 医疗保障局（本级）\u3000\t\u200b")).isEqualTo("许昌市医疗保障局（本级）");
		assertThat(Spaces.without("  ")).isEmpty();
		assertThat(Spaces.without("")).isEmpty();
	}

}
