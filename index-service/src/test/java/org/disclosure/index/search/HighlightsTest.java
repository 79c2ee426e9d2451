package org.disclosure.index.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightsTest {

	@Test
	void aPhraseMarkedPerCharacterIsMarkedOnce() {
		assertThat(Highlights.merge("用于<em>城</em><em>乡</em><em>医</em><em>疗</em><em>救</em><em>助</em>支出"))
			.isEqualTo("用于<em>城乡医疗救助</em>支出");
	}

	@Test
	void whitespaceInsideAPhraseStaysInsideTheMark() {
		assertThat(Highlights.merge("<em>城</em> <em>乡</em>\n<em>医</em>")).isEqualTo("<em>城 乡\n医</em>");
	}

	@Test
	void separateMatchesStaySeparate() {
		assertThat(Highlights.merge("<em>城乡</em>居民<em>医疗</em>")).isEqualTo("<em>城乡</em>居民<em>医疗</em>");
	}

}
