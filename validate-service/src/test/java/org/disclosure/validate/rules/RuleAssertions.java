package org.disclosure.validate.rules;

import java.math.BigDecimal;
import java.util.List;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on one rule's outcome. */
public final class RuleAssertions {

	private RuleAssertions() {
	}

	/** The findings of {@code rule} of {@code severity}; the rule must apply. */
	public static List<Finding> findings(Rule rule, DocumentParsed document, Severity severity) {
		Rule.RuleOutcome outcome = rule.evaluate(document);
		assertThat(outcome.applicable()).as("%s applies (%s)", rule.id(), outcome.reason()).isTrue();
		outcome.findings().forEach((f) -> assertThat(f.ruleId()).isEqualTo(rule.id()));
		return outcome.findings().stream().filter((f) -> f.severity() == severity).toList();
	}

	/** The rule applies and raises neither error nor warning. */
	public static void passes(Rule rule, DocumentParsed document) {
		assertThat(findings(rule, document, Severity.ERROR)).as("errors of %s", rule.id()).isEmpty();
		assertThat(findings(rule, document, Severity.WARNING)).as("warnings of %s", rule.id()).isEmpty();
	}

	/** The rule raises exactly one finding of {@code severity} and returns it. */
	public static Finding single(Rule rule, DocumentParsed document, Severity severity) {
		List<Finding> found = findings(rule, document, severity);
		assertThat(found).as("%s findings of %s", severity, rule.id()).hasSize(1);
		return found.get(0);
	}

	/** The rule does not apply, saying why. */
	public static void notApplicable(Rule rule, DocumentParsed document) {
		Rule.RuleOutcome outcome = rule.evaluate(document);
		assertThat(outcome.applicable()).as("%s does not apply", rule.id()).isFalse();
		assertThat(outcome.reason()).isNotBlank();
		assertThat(outcome.findings()).isEmpty();
	}

	/** A finding's figures. */
	public static void figures(Finding finding, String expected, String actual, String difference) {
		assertThat(finding.expected()).isEqualByComparingTo(new BigDecimal(expected));
		assertThat(finding.actual()).isEqualByComparingTo(new BigDecimal(actual));
		assertThat(finding.difference()).isEqualByComparingTo(new BigDecimal(difference));
		assertThat(finding.location()).isNotBlank();
		assertThat(finding.message()).isNotBlank();
		assertThat(finding.ruleTitle()).isNotBlank();
	}

}
