package org.disclosure.e2e.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.Severity;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;
import org.disclosure.validate.rules.Rule;
import org.disclosure.validate.rules.RuleCatalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's acceptance on real parses: each fixture file (txt, html, docx, pdf and the
 * tables-only xlsx) is parsed by the real parser, mapped to the {@code DocumentParsed}
 * event and validated by the rule catalogue. Every finding of
 * {@code fixtures/expected/*.json} must come out with its rule and severity (on the xlsx
 * the table-side ones: narrative rules do not apply there), nothing under
 * {@code not_errors} may be an error or a warning, and no other error or warning may be
 * raised unless {@link #ALLOWED} names it with the reason it is real.
 */
class FixtureFindingsAcceptanceTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

	/**
	 * What identifies each entry of {@code findings_expected}, in the order of the
	 * expected file, read by hand from its {@code what}: every key must occur in a
	 * finding of the entry's rule and severity (numbers compare by value: 210.5 =
	 * 210.50).
	 */
	private static final Map<String, List<List<String>>> EXPECTED_KEYS = Map.of("luolong-2024-final",
			List.of(List.of("工会事务", "94.34", "90.34"), List.of("信息化建设", "0.16", "16.20"), List.of("1055.79", "1066.76"),
					List.of("一般行政管理事务", "199"), List.of("社会保障和就业支出", "3.01")),
			"xuchang-2024-final",
			List.of(List.of("1073.37", "1394.87"), List.of("其他科学技术支出", "公益性岗位补贴", "其他医疗保障管理事务支出", "一般行政管理事务")),
			"lushi-2024-budget",
			List.of(List.of("BU02", "BU07"), List.of("611.78", "601.22", "16.70", "27.26", "4.68", "0.70", "5.18"),
					List.of("611.78", "601.22", "16.70", "27.26"), List.of("220.50", "210.50")));

	/**
	 * Each entry of {@code not_errors}, in the order of the expected file: the figures
	 * that name it, and whether the catalogue reports it as info (it must then be there)
	 * or why not.
	 */
	private static final Map<String, List<NotError>> NOT_ERRORS = Map.of(
			"luolong-2024-final", List.of(NotError.info("1055.79", "1055.80"),
					NotError.info("318.45", "318.44").and("737.34", "737.36"), NotError.info("298.64", "298.63")),
			"xuchang-2024-final",
			List.of(NotError.info("15.97", "15.98"), NotError.info("899.59", "899.60"), NotError.narrativeInfo("52.41"),
					NotError.absent("no rule compares FA02 with FA03 item by item (X01-02 and X01-03 compare each "
							+ "with FA01); the 年初结转 18.77 explains the difference", "2101599", "152.26")),
			"lushi-2024-budget", List.of(NotError.info("838.99", "838.98"),
					// BU-NR compares the narrative's 卫生健康 730.83 with the BU05 rows
					// (730.82);
					// no rule compares BU03/BU05 per 类 with BU01, so the xlsx has no
					// finding.
					NotError.narrativeInfo("730.83", "730.82")));

	/**
	 * Errors and warnings the expected files do not list, each real and checked by hand.
	 */
	/**
	 * Tables beyond the national core that the expected files find missing because the 目录
	 * lists them: a file without the 目录 (the tables-only spreadsheet) cannot show it.
	 */
	private static final Set<String> LISTED_EXTRAS = Set.of("BU07");

	/**
	 * The formats of a document that carry its 目录: all but the tables-only spreadsheet.
	 */
	private static final String WITH_CONTENTS = "with-contents";

	private static final List<Allowed> ALLOWED = List.of(
			new Allowed("luolong-2024-final", WITH_CONTENTS, "CP-TOC-MATCH", Severity.WARNING, "一般公共预算财政拨款",
					"a real title variant: the 目录 lists “九、财政拨款“三公”经费支出决算表” while the table is titled "
							+ "“一般公共预算财政拨款“三公”经费支出决算表” (the xlsx has no 目录, so no such warning)"),
			new Allowed("luolong-2024-final", "xlsx", "CP-EMPTY", Severity.ERROR, "FA09",
					"the -tables.xlsx rebuild dropped the 说明 under its FA09 sheet (三公 all zero): its xl/sharedStrings.xml "
							+ "holds the 说明 of FA07 and FA08 only, while the txt prints “说明：本部门没有三公经费预算收入…” "
							+ "below FA09 (line 384); an empty table without its 说明 in this file is a true CP-EMPTY error"));

	static Stream<FixtureDocument> fixtures() {
		return RealParses.fixtures().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void everyExpectedFindingComesOutWithItsRuleAndSeverityAndNothingElseIsAnErrorOrWarning(FixtureDocument fixture) {
		DocumentParsed document = RealParses.parsed(fixture);
		List<Finding> findings = RuleCatalogue.standard().validate(document).findings();
		JsonNode expected = JSON.readTree(Fixtures.expectedJson(fixture.document()));
		List<List<String>> keys = EXPECTED_KEYS.get(fixture.document());
		assertThat(expected.get("findings_expected")).as("expected findings of " + fixture.document())
			.hasSize(keys.size());
		Set<Finding> explained = new HashSet<>();
		int i = 0;
		for (JsonNode entry : expected.get("findings_expected")) {
			String rule = entry.get("rule").asString();
			Severity severity = Severity.valueOf(entry.get("severity").asString().toUpperCase());
			List<String> listedKeys = keys.get(i++);
			if (fixture.tablesOnly() && narrative(rule)) {
				continue;
			}
			// without its 目录 a tables-only file cannot show a province's extra table
			// (BU07)
			// was meant to be there: only the national core is required
			List<String> entryKeys = fixture.tablesOnly()
					? listedKeys.stream().filter((key) -> !LISTED_EXTRAS.contains(key)).toList() : listedKeys;
			List<Finding> candidates = findings.stream()
				.filter((f) -> f.ruleId().equals(rule) && f.severity() == severity)
				.toList();
			for (String key : entryKeys) {
				assertThat(candidates)
					.as("%s: %s %s “%s” (key %s); findings of the rule: %s", fixture, severity, rule,
							entry.get("what").asString(), key, describe(findings, rule))
					.anyMatch((f) -> mentions(f, key));
			}
			candidates.stream()
				.filter((f) -> entryKeys.stream().anyMatch((k) -> mentions(f, k)))
				.forEach(explained::add);
		}
		for (Allowed allowed : ALLOWED) {
			if (allowed.appliesTo(fixture)) {
				List<Finding> matching = findings.stream().filter(allowed::matches).toList();
				assertThat(matching).as("allowed %s still raised on %s", allowed.rule(), fixture).isNotEmpty();
				explained.addAll(matching);
			}
		}
		List<String> unexplained = findings.stream()
			.filter((f) -> f.severity() != Severity.INFO && !explained.contains(f))
			.map(FixtureFindingsAcceptanceTest::describe)
			.toList();
		assertThat(unexplained).as("errors and warnings on %s that the expected file does not list", fixture).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void whatTheExpectedFileCallsRoundingIsNeverAnErrorOrWarning(FixtureDocument fixture) {
		List<Finding> findings = RuleCatalogue.standard().validate(RealParses.parsed(fixture)).findings();
		JsonNode expected = JSON.readTree(Fixtures.expectedJson(fixture.document()));
		List<NotError> notErrors = NOT_ERRORS.get(fixture.document());
		assertThat(expected.get("not_errors")).hasSize(notErrors.size());
		int i = 0;
		for (JsonNode entry : expected.get("not_errors")) {
			NotError notError = notErrors.get(i++);
			String what = entry.asString();
			for (List<String> keys : notError.keys()) {
				List<Finding> about = findings.stream()
					.filter((f) -> keys.stream().allMatch((k) -> mentions(f, k)))
					.toList();
				assertThat(about).as("%s: “%s” must not be an error or warning", fixture, what)
					.allMatch((f) -> f.severity() == Severity.INFO);
				if (notError.mustBeReported(fixture)) {
					assertThat(about).as("%s: “%s” is reported as rounding (info)", fixture, what).isNotEmpty();
				}
				else {
					assertThat(about).as("%s: “%s” has no finding: %s", fixture, what, notError.whyAbsent()).isEmpty();
				}
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void onTheTablesOnlySpreadsheetTheNarrativeRulesDoNotApply(FixtureDocument fixture) {
		DocumentParsed document = RealParses.parsed(fixture);
		for (Rule rule : RuleCatalogue.standard().rules()) {
			Rule.RuleOutcome outcome = rule.evaluate(document);
			if (fixture.tablesOnly() && narrative(rule.id())) {
				assertThat(outcome.applicable()).as("%s on %s", rule.id(), fixture).isFalse();
			}
		}
		if (fixture.tablesOnly()) {
			assertThat(RuleCatalogue.standard().validate(document).rulesEvaluated()).isGreaterThan(5);
		}
	}

	/**
	 * The rules that read the narrative. NR-PERF is not among them on a spreadsheet: it
	 * also checks the performance self-evaluation tables (执行率, 总分), which the xlsx
	 * carries as sheets, and reads the narrative only where there is one.
	 */
	private static boolean narrative(String rule) {
		return (rule.startsWith("NR-") && !rule.equals("NR-PERF")) || rule.equals("BU-NR");
	}

	/** True when {@code key} occurs in the finding: a number by value, a word as text. */
	static boolean mentions(Finding finding, String key) {
		String text = text(finding);
		if (!NUMBER.matcher(key).matches()) {
			return text.contains(key);
		}
		BigDecimal wanted = new BigDecimal(key);
		Matcher numbers = NUMBER.matcher(text);
		while (numbers.find()) {
			if (new BigDecimal(numbers.group()).compareTo(wanted) == 0) {
				return true;
			}
		}
		return false;
	}

	private static String text(Finding finding) {
		return finding.message() + " | " + finding.location() + " | " + plain(finding.expected()) + " | "
				+ plain(finding.actual());
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "";
	}

	private static String describe(Finding finding) {
		return finding.severity() + " " + finding.ruleId() + ": " + finding.message() + " @ " + finding.location();
	}

	private static List<String> describe(List<Finding> findings, String rule) {
		List<String> described = new ArrayList<>();
		findings.stream().filter((f) -> f.ruleId().equals(rule)).forEach((f) -> described.add(describe(f)));
		return described;
	}

	/**
	 * An entry of {@code not_errors}: the figures naming it; reported as info in every
	 * file, only where there is a narrative, or never (with the reason).
	 */
	private record NotError(List<List<String>> keys, boolean narrative, String reasonAbsent) {

		static NotError info(String... keys) {
			return new NotError(List.of(List.of(keys)), false, null);
		}

		static NotError narrativeInfo(String... keys) {
			return new NotError(List.of(List.of(keys)), true, null);
		}

		static NotError absent(String reason, String... keys) {
			return new NotError(List.of(List.of(keys)), false, reason);
		}

		/** The same entry, a second figure of it reported apart. */
		NotError and(String... more) {
			List<List<String>> all = new ArrayList<>(this.keys);
			all.add(List.of(more));
			return new NotError(all, this.narrative, this.reasonAbsent);
		}

		boolean mustBeReported(FixtureDocument fixture) {
			return this.reasonAbsent == null && !(this.narrative && fixture.tablesOnly());
		}

		String whyAbsent() {
			return (this.reasonAbsent != null) ? this.reasonAbsent
					: "a narrative figure, and the xlsx has no narrative";
		}

	}

	/**
	 * An error or warning the expected file does not list, allowed on one document (one
	 * format, or all when null) because it is real; {@code key} picks the finding.
	 */
	private record Allowed(String document, String format, String rule, Severity severity, String key,
			String justification) {

		boolean appliesTo(FixtureDocument fixture) {
			boolean format = (this.format == null) || this.format.equals(fixture.format())
					|| (WITH_CONTENTS.equals(this.format) && !fixture.tablesOnly());
			return this.document.equals(fixture.document()) && format;
		}

		boolean matches(Finding finding) {
			return finding.ruleId().equals(this.rule) && finding.severity() == this.severity
					&& mentions(finding, this.key);
		}

	}

}
