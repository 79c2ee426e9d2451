package org.disclosure.validate.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.contracts.Finding;
import org.disclosure.contracts.Severity;

/**
 * The findings of one rule on one document. Turns a {@link Tolerance.Comparison} into the
 * finding it calls for: none when equal as printed, info within rounding (never an
 * error), warning for a slip of the last digit or a ratio over a zero base (info when
 * that ratio is printed as 0), the rule's severity beyond tolerance.
 */
public final class Findings {

	private final Rule rule;

	private final List<Finding> findings = new ArrayList<>();

	private int comparisons;

	public Findings(Rule rule) {
		this.rule = rule;
	}

	/**
	 * Records the finding a comparison calls for.
	 * @param what the identity or figure compared, e.g. {@code FA03 合计 基本支出 = Σ 项 rows}
	 * @param location the tables, rows, columns or sentence involved
	 */
	public void judge(Tolerance.Comparison comparison, String what, String location) {
		judge(comparison, what, location, this.rule.severity());
	}

	/**
	 * Records the finding a comparison calls for, {@code beyond} being the severity of a
	 * difference beyond tolerance (a definitional conflict rather than an inconsistency
	 * is a warning).
	 */
	public void judge(Tolerance.Comparison comparison, String what, String location, Severity beyond) {
		this.comparisons++;
		Severity severity = switch (comparison.agreement()) {
			case EXACT -> null;
			case ROUNDING -> Severity.INFO;
			case SLIP -> Severity.WARNING;
			case BEYOND -> beyond;
			case UNDEFINED -> (comparison.actual().signum() == 0) ? Severity.INFO : Severity.WARNING;
		};
		if (severity != null) {
			this.findings.add(new Finding(this.rule.id(), this.rule.title(), severity, message(comparison, what),
					comparison.expected(), comparison.actual(), comparison.difference(), location, null,
					comparison.unit(), comparison.note(), null));
		}
	}

	/**
	 * Records a finding that is not a comparison of figures (a missing table, a misplaced
	 * row).
	 */
	public void add(Severity severity, String message, BigDecimal expected, BigDecimal actual, BigDecimal difference,
			String location) {
		this.findings.add(new Finding(this.rule.id(), this.rule.title(), severity, message, expected, actual,
				difference, location));
	}

	/** Counts a check that passed without a comparison of figures. */
	public void checked() {
		this.comparisons++;
	}

	/** True when no comparison was made: the document lacked every input. */
	public boolean nothingCompared() {
		return this.comparisons == 0 && this.findings.isEmpty();
	}

	public List<Finding> list() {
		return List.copyOf(this.findings);
	}

	/**
	 * The outcome: these findings, or not applicable with {@code reason} when nothing was
	 * compared.
	 */
	public Rule.RuleOutcome outcome(String reasonWhenNothingCompared) {
		return nothingCompared() ? Rule.RuleOutcome.notApplicable(reasonWhenNothingCompared)
				: Rule.RuleOutcome.of(this.findings);
	}

	private static String message(Tolerance.Comparison comparison, String what) {
		String actual = plain(comparison.actual());
		String expected = plain(comparison.expected());
		String difference = plain(comparison.difference());
		return switch (comparison.agreement()) {
			case ROUNDING -> what + ": " + actual + " vs " + expected + ", difference " + difference
					+ " within rounding (尾数误差; " + comparison.note() + ")";
			case SLIP -> what + ": " + actual + " printed, " + expected + " computed, a slip of the last digit ("
					+ comparison.note() + ")";
			case UNDEFINED -> what + ": " + actual + " printed over a zero base, undefined (" + comparison.note() + ")";
			default -> what + ": " + actual + " printed, " + expected + " expected, difference " + difference
					+ " beyond rounding (" + comparison.note() + ")";
		};
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "—";
	}

}
