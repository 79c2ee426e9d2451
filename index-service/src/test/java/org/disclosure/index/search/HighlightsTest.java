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
	void whitespaceInsideAPhraseStaysInsideTheMarkAsOneSpace() {
		assertThat(Highlights.merge("<em>城</em> <em>乡</em>\n<em>医</em>")).isEqualTo("<em>城 乡 医</em>");
	}

	@Test
	void tabsAndLineBreaksOfExtractedTablesBecomeSingleSpaces() {
		assertThat(Highlights.merge("\t210\t13\t01\t\t<em>城</em><em>乡</em>\n\n 323.00\u3000万元 "))
			.isEqualTo("210 13 01 <em>城乡</em> 323.00 万元");
	}

	@Test
	void separateMatchesStaySeparate() {
		assertThat(Highlights.merge("<em>城乡</em>居民<em>医疗</em>")).isEqualTo("<em>城乡</em>居民<em>医疗</em>");
	}

}
