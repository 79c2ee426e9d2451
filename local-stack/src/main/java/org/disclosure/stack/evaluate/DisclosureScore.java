package org.disclosure.stack.evaluate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One labelled file scored against its expected file: metadata fields, totals and tables
 * right, known inconsistencies reported, errors beyond them, and whether a verdict claims
 * a check the pipeline could not make (passed or warnings while a core table of the
 * document was not read).
 *
 * @param expected what the file must yield
 * @param evaluated what the pipeline made of it
 * @param metadata each metadata check
 * @param totals each total check
 * @param tablesMissing expected tables the pipeline did not read
 * @param tablesExtra tables the pipeline read that the document does not contain
 * @param found the known inconsistencies reported, and by which finding
 * @param missed the known inconsistencies no finding reports
 * @param extraErrors error findings that report no known inconsistency
 * @param unearnedVerdict true when the verdict claims a check of tables that were not
 * read
 */
public record DisclosureScore(ExpectedDisclosure expected, EvaluatedDisclosure evaluated, List<Check> metadata,
		List<Check> totals, List<String> tablesMissing, List<String> tablesExtra, List<KnownInconsistency> found,
		List<KnownInconsistency> missed, List<EvaluatedDisclosure.Finding> extraErrors, boolean unearnedVerdict) {

	/** Differences below this are rounding of the same printed figure (万元). */
	private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

	/** The national core of each kind (DOMAIN.md, "Across provinces"). */
	private static final Map<String, Set<String>> CORE = Map.of("final_account",
			Set.of("FA01", "FA02", "FA03", "FA04", "FA05", "FA06", "FA07", "FA08", "FA09"), "budget",
			Set.of("BU01", "BU02", "BU03", "BU04", "BU05", "BU06", "BU08", "BU09", "BU11"));

	/**
	 * Printed on a cover only: a tables-only file of the document does not carry them.
	 */
	private static final Set<String> COVER_FIELDS = Set.of("published");

	/** Narrative rules: a tables-only file is not expected to report what they find. */
	private static final Set<String> NARRATIVE_RULE_PREFIXES = Set.of("NR-", "BU-NR");

	/** One compared value. */
	public record Check(String name, String expected, String actual, boolean ok) {
	}

	/** Scores {@code evaluated} against {@code expected}. */
	public static DisclosureScore of(ExpectedDisclosure expected, EvaluatedDisclosure evaluated) {
		List<Check> metadata = new ArrayList<>();
		expected.metadata().forEach((field, expectation) -> {
			if (!(evaluated.tablesOnly() && COVER_FIELDS.contains(field))) {
				metadata.add(metadataCheck(field, expectation, evaluated));
			}
		});
		List<Check> totals = new ArrayList<>();
		Map<String, BigDecimal> actualTotals = evaluated.totals();
		expected.totals().forEach((key, amount) -> {
			BigDecimal actual = actualTotals.get(key);
			boolean ok = actual != null && actual.subtract(amount).abs().compareTo(HALF_CENT) < 0;
			totals.add(new Check(key, amount.toPlainString(), (actual != null) ? actual.toPlainString() : null, ok));
		});
		List<String> read = evaluated.tables();
		List<String> missing = expected.tablesPresent().stream().filter((code) -> !read.contains(code)).toList();
		List<String> extra = read.stream().filter((code) -> !expected.tablesPresent().contains(code)).toList();
		List<EvaluatedDisclosure.Finding> findings = evaluated.findings();
		List<KnownInconsistency> found = new ArrayList<>();
		List<KnownInconsistency> missed = new ArrayList<>();
		for (KnownInconsistency known : expected.inconsistencies()) {
			if (!evaluated.isIndexed() || (evaluated.tablesOnly() && narrativeRule(known.rule()))) {
				continue;
			}
			(findings.stream().anyMatch(known::reportedBy) ? found : missed).add(known);
		}
		List<EvaluatedDisclosure.Finding> extraErrors = findings.stream()
			.filter(EvaluatedDisclosure.Finding::isError)
			.filter((finding) -> expected.inconsistencies().stream().noneMatch((known) -> known.reportedBy(finding)))
			.toList();
		String kind = evaluated.field("doc_kind");
		Set<String> core = CORE.getOrDefault((kind != null) ? kind : "", Set.of());
		boolean coreUnread = missing.stream().anyMatch(core::contains);
		return new DisclosureScore(expected, evaluated, metadata, totals, missing, extra, found, missed, extraErrors,
				evaluated.isIndexed() && evaluated.claimsChecked() && coreUnread);
	}

	private static Check metadataCheck(String field, ExpectedDisclosure.Expectation expectation,
			EvaluatedDisclosure evaluated) {
		String actual = evaluated.field(field);
		String wanted = expectation.expected();
		boolean ok = switch (expectation.match()) {
			case EQUALS -> (wanted == null) ? actual == null : wanted.equals(actual);
			case CONTAINS -> actual != null && actual.contains(wanted);
			case ONE_OF -> actual != null && List.of(wanted.split("/")).contains(actual);
		};
		return new Check(field, wanted, actual, ok);
	}

	private static boolean narrativeRule(String rule) {
		return rule != null && NARRATIVE_RULE_PREFIXES.stream().anyMatch(rule::startsWith);
	}

	public int metadataRight() {
		return (int) this.metadata.stream().filter(Check::ok).count();
	}

	public int totalsRight() {
		return (int) this.totals.stream().filter(Check::ok).count();
	}

	public int tablesRight() {
		return this.expected.tablesPresent().size() - this.tablesMissing.size();
	}

}
