package org.disclosure.validate.rules.narrative;

import java.math.BigDecimal;
import java.util.Optional;

import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.Quantity;

/**
 * Comparisons of narrative figures with tables and with each other, shared by NR-* and
 * BU-NR.
 */
public final class NarrativeChecks {

	private NarrativeChecks() {
	}

	/** A narrative amount against the table figure it restates. */
	public static void amount(NarrativeFigure figure, Optional<Quantity> table, String what, Findings findings) {
		if (table.isEmpty()) {
			return;
		}
		findings.judge(Quantity.compare(table.get(), Quantity.printed(Figures.tenThousand(figure), Figures.at(figure))),
				what + " (" + figure.subject() + ") = " + table.get().where(),
				Figures.at(figure) + "; " + table.get().where());
	}

	/** A printed share (占 x%) of {@code numerator / denominator}. */
	public static void share(NarrativeFigure share, BigDecimal numerator, BigDecimal denominator, String what,
			Findings findings) {
		findings.judge(Tolerance.percentage(share.value(), numerator, denominator),
				what + ": " + share.subject() + " 占 " + share.value().toPlainString() + "% = "
						+ numerator.toPlainString() + " / " + denominator.toPlainString(),
				Figures.at(share));
	}

	/** A printed completion (完成 x%) of {@code actual / budgeted}. */
	public static void completion(NarrativeFigure completion, BigDecimal actual, BigDecimal budgeted, String what,
			Findings findings) {
		findings.judge(Tolerance.percentage(completion.value(), actual, budgeted),
				what + ": " + completion.subject() + " 完成 " + completion.value().toPlainString() + "% = 决算 "
						+ actual.toPlainString() + " / 预算 " + budgeted.toPlainString(),
				Figures.at(completion));
	}

}
