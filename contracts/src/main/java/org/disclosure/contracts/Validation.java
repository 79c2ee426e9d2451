package org.disclosure.contracts;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The findings on a document and their summary: which rules ran, which could not and why,
 * and how much of the catalogue that covers.
 *
 * @param coverage the share of the rules that apply to the document's kind which ran
 * (0–1), two decimals
 * @param skipped the rules that could not run on the document, each with why
 * @param linkedDocuments the other files of a split publication this verdict also read
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Validation(ValidationStatus status, int errors, int warnings, int rulesEvaluated, List<Finding> findings,
		BigDecimal coverage, List<SkippedRule> skipped, List<String> linkedDocuments) {

	/** A verdict without coverage (events written before it was recorded). */
	public Validation(ValidationStatus status, int errors, int warnings, int rulesEvaluated, List<Finding> findings) {
		this(status, errors, warnings, rulesEvaluated, findings, null, null, null);
	}

	/** Summarises {@code findings}: failed on any error, warnings on any warning. */
	public static Validation of(int rulesEvaluated, List<Finding> findings) {
		return of(rulesEvaluated, findings, null, List.of(), false, List.of());
	}

	/**
	 * Summarises {@code findings}: failed on any error; else incomplete when the core of
	 * the document was not read, so no verdict of {@code passed} is claimed for what was
	 * not checked; else warnings on any warning, else passed.
	 * @param rulesEvaluated the rules that ran
	 * @param findings their findings
	 * @param coverage the share of the applicable rules that ran
	 * @param skipped the rules that could not run, with why
	 * @param coreUnread true when tables the checks depend on were not read
	 * @param linkedDocuments the other files of a split publication that were read
	 */
	public static Validation of(int rulesEvaluated, List<Finding> findings, BigDecimal coverage,
			List<SkippedRule> skipped, boolean coreUnread, List<String> linkedDocuments) {
		int errors = (int) findings.stream().filter((f) -> f.severity() == Severity.ERROR).count();
		int warnings = (int) findings.stream().filter((f) -> f.severity() == Severity.WARNING).count();
		ValidationStatus status = (errors > 0) ? ValidationStatus.FAILED : coreUnread ? ValidationStatus.INCOMPLETE
				: (warnings > 0) ? ValidationStatus.WARNINGS : ValidationStatus.PASSED;
		return new Validation(status, errors, warnings, rulesEvaluated, List.copyOf(findings), coverage,
				List.copyOf(skipped), List.copyOf(linkedDocuments));
	}

	/**
	 * A rule that could not run on a document, and why (table not read, figure absent).
	 */
	public record SkippedRule(String ruleId, String reason) {
	}

}
