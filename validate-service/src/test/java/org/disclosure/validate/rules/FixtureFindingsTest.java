package org.disclosure.validate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.Severity;
import org.disclosure.contracts.Validation;
import org.disclosure.fixtures.Fixtures;
import org.disclosure.validate.rules.fixtures.LuolongDocument;
import org.disclosure.validate.rules.fixtures.LushiDocument;
import org.disclosure.validate.rules.fixtures.XuchangDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue on the three fixtures, read as hand-built parses that carry the figures
 * the documents print: every finding of {@code expected/NAME.json} is raised with its
 * rule and severity, nothing else is an error, and what the expected files list under
 * {@code not_errors} comes out as rounding (info). Once parse-service maps its output
 * into the contract, the same assertions run on the parsed fixtures in every format.
 */
class FixtureFindingsTest {

	private static final Map<String, DocumentParsed> DOCUMENTS = Map.of("luolong-2024-final", LuolongDocument.parsed(),
			"xuchang-2024-final", XuchangDocument.parsed(), "lushi-2024-budget", LushiDocument.parsed());

	private final RuleCatalogue catalogue = RuleCatalogue.standard();

	static Stream<Arguments> fixtures() {
		return Fixtures.documentNames().stream().map((name) -> Arguments.of(name));
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void everyExpectedFindingIsRaisedWithItsRuleAndSeverity(String name) {
		Validation validation = this.catalogue.validate(DOCUMENTS.get(name));
		for (JsonNode expected : expected(name).get("findings_expected")) {
			String rule = expected.get("rule").asString();
			Severity severity = Severity.valueOf(expected.get("severity").asString().toUpperCase());
			long wanted = count(expected(name), rule, severity);
			assertThat(validation.findings())
				.as("%s: %s %s — %s", name, rule, severity, expected.get("what").asString())
				.filteredOn((f) -> f.ruleId().equals(rule) && f.severity() == severity)
				.hasSizeGreaterThanOrEqualTo((int) wanted);
		}
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void noOtherRuleRaisesAnError(String name) {
		List<String> expectedErrorRules = new ArrayList<>();
		for (JsonNode expected : expected(name).get("findings_expected")) {
			if ("error".equals(expected.get("severity").asString())) {
				expectedErrorRules.add(expected.get("rule").asString());
			}
		}
		List<Finding> errors = this.catalogue.validate(DOCUMENTS.get(name))
			.findings()
			.stream()
			.filter((f) -> f.severity() == Severity.ERROR)
			.toList();
		assertThat(errors).as(name).allSatisfy((f) -> assertThat(expectedErrorRules).contains(f.ruleId()));
	}

	@Test
	void luolongRoundingIsInfo() {
		List<Finding> info = info("luolong-2024-final");
		assertThat(info).anySatisfy((f) -> matches(f, "HIER", "FA02 row 合计", "1055.80", "1055.79"))
			.anySatisfy((f) -> matches(f, "HIER", "FA03 row 合计, column 本年支出合计", "1055.80", "1055.79"))
			.anySatisfy((f) -> matches(f, "HIER", "FA05 row 合计, column 合计", "1055.80", "1055.79"))
			.anySatisfy((f) -> matches(f, "HIER", "FA03 row 合计, column 基本支出", "318.44", "318.45"))
			.anySatisfy((f) -> matches(f, "HIER", "FA05 row 合计, column 项目支出", "737.36", "737.34"))
			.anySatisfy((f) -> matches(f, "FA06-ECON", "FA06 row 301", "298.63", "298.64"));
	}

	@Test
	void xuchangRoundingAndCarryAreNotErrors() {
		List<Finding> info = info("xuchang-2024-final");
		assertThat(info).anySatisfy((f) -> matches(f, "HIER", "FA02 row 208", "15.98", "15.97"))
			.anySatisfy((f) -> matches(f, "X05-06", "FA05 row 合计, column 基本支出", "899.60", "899.59"))
			.anySatisfy((f) -> {
				assertThat(f.ruleId()).isEqualTo("NR-3GONG");
				assertThat(f.message()).contains("52.41").contains("49.15%–54.39%");
			});
		assertThat(this.catalogue.validate(DOCUMENTS.get("xuchang-2024-final")).findings())
			.as("FA02 2101599 152.26 vs FA03 171.03 differ by the 年初结转 18.77: no rule compares them")
			.noneMatch(
					(f) -> f.location() != null && f.location().contains("2101599") && f.severity() != Severity.INFO);
	}

	@Test
	void lushiRoundingIsInfo() {
		List<Finding> info = info("lushi-2024-budget");
		assertThat(info).anySatisfy((f) -> matches(f, "BU01", "BU01 row 本年支出合计", "838.99", "838.98"))
			.anySatisfy((f) -> {
				assertThat(f.ruleId()).isEqualTo("BU-NR");
				assertThat(f.expected()).isEqualByComparingTo("730.82");
				assertThat(f.actual()).isEqualByComparingTo("730.83");
			});
	}

	private List<Finding> info(String name) {
		return this.catalogue.validate(DOCUMENTS.get(name))
			.findings()
			.stream()
			.filter((f) -> f.severity() == Severity.INFO)
			.toList();
	}

	private static void matches(Finding finding, String rule, String location, String expected, String actual) {
		assertThat(finding.ruleId()).isEqualTo(rule);
		assertThat(finding.location()).startsWith(location);
		assertThat(finding.expected()).isEqualByComparingTo(expected);
		assertThat(finding.actual()).isEqualByComparingTo(actual);
	}

	private static long count(JsonNode expected, String rule, Severity severity) {
		long count = 0;
		for (JsonNode finding : expected.get("findings_expected")) {
			if (finding.get("rule").asString().equals(rule)
					&& finding.get("severity").asString().equalsIgnoreCase(severity.value())) {
				count++;
			}
		}
		return count;
	}

	private static JsonNode expected(String name) {
		return JsonMapper.builder().build().readTree(Fixtures.expectedJson(name));
	}

}
