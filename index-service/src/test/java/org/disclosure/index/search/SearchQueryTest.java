package org.disclosure.index.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SearchQueryTest {

	@Test
	void aChineseTextIsOnePhrase() {
		assertThat(text("城乡医疗救助").phrases()).containsExactly("城乡医疗救助");
	}

	@Test
	void whitespaceSeparatesPhrasesAndQuotesKeepThemTogether() {
		assertThat(text("  城乡医疗救助\u3000三公经费 \"医疗 保障\" ").phrases()).containsExactly("城乡医疗救助", "三公经费", "医疗 保障");
	}

	@Test
	void noTextIsNoPhrase() {
		assertThat(text(null).phrases()).isEmpty();
		assertThat(text("   ").phrases()).isEmpty();
		assertThat(text("\"\"").phrases()).isEmpty();
	}

	@Test
	void blankFiltersAreNoFilters() {
		SearchQuery query = new SearchQuery(null, " ", "", " 洛阳市 ", null, null, null, 1, 10);

		assertThat(query.province()).isNull();
		assertThat(query.city()).isNull();
		assertThat(query.county()).isEqualTo("洛阳市");
	}

	@Test
	void pagesAreOneBased() {
		assertThat(new SearchQuery(null, null, null, null, null, null, null, 3, 20).from()).isEqualTo(40);
	}

	@Test
	void pagesOutsideTheWindowAreRefused() {
		assertThatExceptionOfType(InvalidSearchException.class)
			.isThrownBy(() -> new SearchQuery(null, null, null, null, null, null, null, 0, 10));
		assertThatExceptionOfType(InvalidSearchException.class)
			.isThrownBy(() -> new SearchQuery(null, null, null, null, null, null, null, 1, 101));
		assertThatExceptionOfType(InvalidSearchException.class)
			.isThrownBy(() -> new SearchQuery(null, null, null, null, null, null, null, 101, 100));
		assertThatExceptionOfType(InvalidSearchException.class).isThrownBy(() -> text("字".repeat(257)));
	}

	private static SearchQuery text(String text) {
		return new SearchQuery(text, null, null, null, null, null, null, 1, 10);
	}

}
