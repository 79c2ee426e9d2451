package org.disclosure.validate.rules.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.tables.Quantity;
import org.disclosure.validate.rules.vocabulary.NarrativeSubjects;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * A total and its parts as a narrative section states them ("收入合计 X 万元，其中：财政拨款收入 Y 万元，占
 * z%"): each amount against its table figure, each share against the amounts.
 *
 * @param total the total's subject and table figure
 * @param parts the parts' subjects and table figures
 */
public record Composition(Part total, List<Part> parts) {

	/**
	 * A subject and the table figure it restates (empty when the document lacks the
	 * table).
	 */
	public record Part(Term subject, Optional<Quantity> table) {
	}

	/** Checks the amounts (kind amount) and shares among {@code section}'s figures. */
	public void check(Figures figures, List<NarrativeFigure> section, String what, Findings findings) {
		check(figures, section, what, findings, FigureKind.AMOUNT);
	}

	/**
	 * Checks the amounts and shares among {@code section}'s figures, amounts being
	 * figures of {@code amountKinds} (a budget states 年初预算 where a final account states
	 * amounts).
	 */
	public void check(Figures figures, List<NarrativeFigure> section, String what, Findings findings,
			FigureKind... amountKinds) {
		for (NarrativeFigure figure : section) {
			if (Figures.is(figure, amountKinds) && NarrativeSubjects.is(this.total.subject(), figure.subject())) {
				NarrativeChecks.amount(figure, this.total.table(), what, findings);
			}
		}
		for (Part part : this.parts) {
			for (NarrativeFigure figure : section) {
				if (!NarrativeSubjects.is(part.subject(), figure.subject())) {
					continue;
				}
				if (Figures.is(figure, amountKinds)) {
					NarrativeChecks.amount(figure, part.table(), what, findings);
				}
				else if (figure.kind() == FigureKind.SHARE) {
					Optional<BigDecimal> numerator = figures.near(figure, part.subject(), amountKinds)
						.map(Figures::tenThousand)
						.or(() -> part.table().map(Quantity::value));
					Optional<BigDecimal> denominator = figures.near(figure, this.total.subject(), amountKinds)
						.map(Figures::tenThousand)
						.or(() -> this.total.table().map(Quantity::value));
					if (numerator.isPresent() && denominator.isPresent()) {
						NarrativeChecks.share(figure, numerator.get(), denominator.get(), what, findings);
					}
				}
			}
		}
	}

}
