package org.disclosure.validate.rules;

import java.util.List;
import java.util.Set;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.Severity;

/**
 * One check of the catalogue in DOMAIN.md: named, described, with the severity it raises,
 * the tolerance it compares with and the inputs it needs.
 */
public interface Rule {

	/** The catalogue id, e.g. {@code FA01-INC-SUM}. */
	String id();

	/** One line for users. */
	String title();

	/** The severity of a violation beyond tolerance. */
	Severity severity();

	/** The tolerance its comparisons use. */
	Tolerance.Kind tolerance();

	/**
	 * What it reads (tables, rows, columns, narrative figures); without them it does not
	 * apply.
	 */
	String needs();

	/** Where in the catalogue it stands. */
	Scope scope();

	/**
	 * The kinds of disclosure it checks: a rule of the other kind is no rule that could
	 * not run, it does not apply at all.
	 */
	default Set<DocKind> kinds() {
		return switch (scope()) {
			case TABLE, CROSS_TABLE -> Set.of(DocKind.FINAL_ACCOUNT);
			case BUDGET -> Set.of(DocKind.BUDGET);
			default -> Set.of(DocKind.FINAL_ACCOUNT, DocKind.BUDGET);
		};
	}

	/**
	 * What the rule found; {@link RuleOutcome#notApplicable} when the document lacks its
	 * inputs.
	 */
	RuleOutcome evaluate(DocumentParsed document);

	/** The parts of the catalogue, in the order of DOMAIN.md. */
	enum Scope {

		METADATA("Metadata"), TABLE("Within a table (final account)"), CROSS_TABLE("Across tables (final account)"),
		NARRATIVE("Narrative against tables"), COMPLETENESS("Completeness"), BUDGET("Budget (预算)");

		private final String heading;

		Scope(String heading) {
			this.heading = heading;
		}

		public String heading() {
			return this.heading;
		}

	}

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
