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
		SearchQuery query = SearchQuery.builder()
			.province(" ")
			.city("")
			.county(" 洛阳市 ")
			.rule(" ")
			.scope(" ")
			.part("")
			.skippedRule(" ")
			.build();

		assertThat(query.province()).isNull();
		assertThat(query.city()).isNull();
		assertThat(query.county()).isEqualTo("洛阳市");
		assertThat(query.rule()).isNull();
		assertThat(query.scope()).isNull();
		assertThat(query.part()).isNull();
		assertThat(query.skippedRule()).isNull();
		assertThat(query.coverage()).isNull();
		assertThat(query.tables()).isEmpty();
		assertThat(query.sort()).isEqualTo(SearchSort.RELEVANCE);
	}

	@Test
	void tableCodesAreUpperCasedAndDeduplicated() {
		assertThat(SearchQuery.builder().tables("fa01", " FA09 ", "FA01", "").build().tables()).containsExactly("FA01",
				"FA09");
		assertThatExceptionOfType(InvalidSearchException.class)
			.isThrownBy(() -> SearchQuery.builder().tables("FA01 OR 1=1").build())
			.withMessageContaining("table code");
	}

	@Test
	void kindStatusSeverityAndOrderMustBeKnownValues() {
		assertThat(SearchQuery.builder().kind("budget").status("warnings").severity("info").build().severity())
			.isEqualTo("info");
		assertThatExceptionOfType(InvalidSearchException.class)
			.isThrownBy(() -> SearchQuery.builder().kind("决算").build())
			.withMessageContaining("final_account, budget");
		assertThatExceptionOfType(InvalidSearchException.class)
			.isThrownBy(() -> SearchQuery.builder().status("ok").build());
		assertThatExceptionOfType(InvalidSearchException.class)
			.isThrownBy(() -> SearchQuery.builder().severity("fatal").build())
			.withMessageContaining("error, warning, info");
		assertThatExceptionOfType(InvalidSearchException.class)
			.isThrownBy(() -> SearchQuery.builder().sort(SearchSort.YEAR, "up").build());
	}

	@Test
	void scopePartAndCoverageMustBeKnownValues() {
		SearchQuery query = SearchQuery.builder()
			.scope(" unit ")
			.part("narrative")
			.status("incomplete")
			.coverage(CoverageRange.of(" >=0.9"))
			.skippedRule(" NR-YOY ")
			.build();

		assertThat(query.scope()).isEqualTo("unit");
		assertThat(query.part()).isEqualTo("narrative");
		assertThat(query.status()).isEqualTo("incomplete");
		assertThat(query.coverage()).isEqualTo(CoverageRange.HIGH);
		assertThat(query.skippedRule()).isEqualTo("NR-YOY");
		assertThat(CoverageRange.of(null)).isNull();
		assertThat(CoverageRange.of("<0.5")).isEqualTo(CoverageRange.LOW);
		assertThat(CoverageRange.of("0.5-0.9")).isEqualTo(CoverageRange.PARTIAL);
		assertThatExceptionOfType(InvalidSearchException.class)
			.isThrownBy(() -> SearchQuery.builder().scope("部门").build())
			.withMessageContaining("department, unit");
		assertThatExceptionOfType(InvalidSearchException.class)
			.isThrownBy(() -> SearchQuery.builder().part("annex").build())
			.withMessageContaining("whole, narrative, tables");
		assertThatExceptionOfType(InvalidSearchException.class).isThrownBy(() -> CoverageRange.of("0.5"))
			.withMessageContaining("<0.5, 0.5-0.9, >=0.9");
	}

	@Test
	void sortsAreNamedAsInTheApi() {
		assertThat(SearchSort.of(null)).isEqualTo(SearchSort.RELEVANCE);
		assertThat(SearchSort.of(" Errors ")).isEqualTo(SearchSort.ERRORS);
		assertThat(SearchSort.of("department")).isEqualTo(SearchSort.DEPARTMENT);
		assertThatExceptionOfType(InvalidSearchException.class).isThrownBy(() -> SearchSort.of("date"))
			.withMessageContaining("relevance, year, department, errors");
	}

	@Test
	void pagesAreOneBased() {
		assertThat(SearchQuery.builder().page(3, 20).build().from()).isEqualTo(40);
	}

	@Test
	void pagesOutsideTheWindowAreRefused() {
		assertThatExceptionOfType(InvalidSearchException.class)
			.isThrownBy(() -> SearchQuery.builder().page(0, 10).build());
		assertThatExceptionOfType(InvalidSearchException.class)
			.isThrownBy(() -> SearchQuery.builder().page(1, 101).build());
		assertThatExceptionOfType(InvalidSearchException.class)
			.isThrownBy(() -> SearchQuery.builder().page(101, 100).build());
		assertThatExceptionOfType(InvalidSearchException.class).isThrownBy(() -> text("字".repeat(257)));
	}

	private static SearchQuery text(String text) {
		return SearchQuery.builder().text(text).build();
	}

}
