package org.disclosure.parse.sections;

import java.util.List;
import java.util.stream.Stream;

import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;
import org.disclosure.parse.ParsedFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class SectionOutlineTest {

	static Stream<FixtureDocument> narrativeFormats() {
		return Fixtures.documents().stream().filter((fixture) -> !fixture.tablesOnly());
	}

	@ParameterizedTest
	@MethodSource("narrativeFormats")
	void theBodysPartsAndNarrativeSectionsAreListedOnce(FixtureDocument fixture) {
		List<String> sections = ParsedFixtures.parsed(fixture).sections();
		List<String> parts = sections.stream()
			.filter((heading) -> heading.replaceAll("\\s", "").matches("^第.部分.*"))
			.toList();

		assertThat(parts).as(fixture.fileName()).doesNotHaveDuplicates();
		assertThat(parts.get(0).replaceAll("\\s", "")).as(fixture.fileName()).startsWith("第一部分").contains("概况");
		assertThat(parts).as(fixture.fileName()).anySatisfy((part) -> assertThat(part).contains("说明"));
		assertThat(parts).as(fixture.fileName()).anySatisfy((part) -> assertThat(part).contains("名词解释"));
		long explained = sections.stream().filter((heading) -> heading.contains("情况说明")).count();
		assertThat(explained).as(fixture.fileName() + " narrative sections")
			.isGreaterThanOrEqualTo(fixture.document().startsWith("lushi") ? 1 : 9);
	}

}
