package org.disclosure.contracts;

import java.util.List;

/** The findings on a document and their summary. */
public record Validation(ValidationStatus status, int errors, int warnings, int rulesEvaluated,
		List<Finding> findings) {

	/** Summarises {@code findings}: failed on any error, warnings on any warning. */
	public static Validation of(int rulesEvaluated, List<Finding> findings) {
		int errors = (int) findings.stream().filter((f) -> f.severity() == Severity.ERROR).count();
		int warnings = (int) findings.stream().filter((f) -> f.severity() == Severity.WARNING).count();
		ValidationStatus status = (errors > 0) ? ValidationStatus.FAILED
				: (warnings > 0) ? ValidationStatus.WARNINGS : ValidationStatus.PASSED;
		return new Validation(status, errors, warnings, rulesEvaluated, List.copyOf(findings));
	}

}
