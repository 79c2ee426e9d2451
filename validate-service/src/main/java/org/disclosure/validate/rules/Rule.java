package org.disclosure.validate.rules;

import java.util.List;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.Severity;

/**
 * One check of the catalogue in DOMAIN.md: named, described, with the severity it raises.
 */
public interface Rule {

	/** The catalogue id, e.g. {@code CP-TABLES}. */
	String id();

	/** One line for users. */
	String title();

	/** The severity of a violation. */
	Severity severity();

	/**
	 * What the rule found; {@link RuleOutcome#notApplicable} when the document lacks its
	 * inputs.
	 */
	RuleOutcome evaluate(DocumentParsed document);

	/** The result of one rule on one document. */
	record RuleOutcome(boolean applicable, String reason, List<Finding> findings) {

		public static RuleOutcome notApplicable(String reason) {
			return new RuleOutcome(false, reason, List.of());
		}

		public static RuleOutcome of(List<Finding> findings) {
			return new RuleOutcome(true, null, List.copyOf(findings));
		}

		public static RuleOutcome passed() {
			return of(List.of());
		}

	}

}
