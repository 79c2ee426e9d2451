package org.disclosure.validate.rules.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.vocabulary.NarrativeSubjects;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * NR-YOY: every year-on-year change: the prior year is current ∓ Δ and the rate Δ / prior
 * (a rate over the current year is called out); the same Δ of the same figure carries the
 * same rate everywhere; over a zero prior year the rate is undefined (warning).
 */
public final class NarrativeYearOnYearRule extends CatalogueRule {

	private static final FigureKind[] AMOUNTS = { FigureKind.AMOUNT, FigureKind.ACTUAL, FigureKind.BUDGETED };

	public NarrativeYearOnYearRule() {
		super("NR-YOY",
				"Each 增减 Δ and rate: prior = current ∓ Δ, rate = Δ / prior; the same Δ carries the same % everywhere",
				Severity.ERROR, Tolerance.Kind.YEAR_ON_YEAR,
				"narrative change and change-rate figures with their current amounts", Scope.NARRATIVE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		String reason = Applicability.reasonNot(document, null);
		if (reason != null) {
			return RuleOutcome.notApplicable(reason);
		}
		Figures figures = Figures.of(document);
		Findings findings = findings();
		Map<String, List<NarrativeFigure>> ratesByChange = new LinkedHashMap<>();
		for (List<NarrativeFigure> statement : figures.statements().values()) {
			Set<NarrativeFigure> usedRates = new HashSet<>();
			for (NarrativeFigure change : statement) {
				if (change.kind() != FigureKind.CHANGE) {
					continue;
				}
				Optional<NarrativeFigure> rate = rate(statement, change, usedRates);
				Optional<NarrativeFigure> current = current(figures, statement, change);
				sameSubjectAmount(statement, change).ifPresent((stated) -> priorAtLeastZero(change, stated, findings));
				if (rate.isEmpty() || current.isEmpty()) {
					continue;
				}
				usedRates.add(rate.get());
				BigDecimal currentValue = Figures.tenThousand(current.get());
				BigDecimal changeValue = Figures.tenThousand(change);
				findings.judge(Tolerance.yearOnYear(rate.get().value(), currentValue, changeValue),
						change.subject() + " 同比: Δ " + changeValue.toPlainString() + " 万元 on "
								+ currentValue.toPlainString() + " 万元, rate " + rate.get().value().toPlainString()
								+ "%",
						Figures.at(change));
				String key = changeValue.stripTrailingZeros().toPlainString() + "@"
						+ currentValue.stripTrailingZeros().toPlainString();
				ratesByChange.computeIfAbsent(key, (k) -> new ArrayList<>()).add(rate.get());
			}
		}
		for (List<NarrativeFigure> rates : ratesByChange.values()) {
			NarrativeFigure first = rates.get(0);
			for (NarrativeFigure other : rates.subList(1, rates.size())) {
				findings.judge(Tolerance.same(first.value(), other.value(), Tolerance.PERCENT),
						"the same Δ carries the same rate (" + first.value().toPlainString() + "% in " + first.section()
								+ ")",
						Figures.at(other));
			}
		}
		return findings.outcome("no year-on-year change stated with its rate and current amount");
	}

	/** The amount of the change's own subject stated in its statement, if any. */
	private static Optional<NarrativeFigure> sameSubjectAmount(List<NarrativeFigure> statement,
			NarrativeFigure change) {
		Term subject = Term.of(change.subject());
		for (FigureKind kind : AMOUNTS) {
			Optional<NarrativeFigure> same = Figures.first(statement, subject, kind);
			if (same.isPresent()) {
				return same;
			}
		}
		return Optional.empty();
	}

	/**
	 * An increase no larger than the figure it increased to: the prior year is current −
	 * Δ, and a budget or an account is never below zero (0 万元, 比上年增加 1421.25 万元 cannot
	 * be).
	 */
	private static void priorAtLeastZero(NarrativeFigure change, NarrativeFigure current, Findings findings) {
		BigDecimal currentValue = Figures.tenThousand(current);
		BigDecimal changeValue = Figures.tenThousand(change);
		if (changeValue.signum() <= 0) {
			return;
		}
		Tolerance.Comparison atMost = Tolerance.atMost(changeValue, currentValue);
		if (atMost.agreement() == Tolerance.Agreement.BEYOND) {
			findings.judge(atMost,
					change.subject() + " 同比: an increase of " + changeValue.toPlainString() + " 万元 to "
							+ currentValue.toPlainString() + " 万元 puts the prior year at "
							+ currentValue.subtract(changeValue).toPlainString() + " 万元, below zero",
					Figures.at(change));
		}
	}

	/**
	 * The rate of a change: same subject in the statement, else the next unused rate
	 * after it.
	 */
	private static Optional<NarrativeFigure> rate(List<NarrativeFigure> statement, NarrativeFigure change,
			Set<NarrativeFigure> used) {
		Term subject = Term.of(change.subject());
		Optional<NarrativeFigure> same = statement.stream()
			.filter((f) -> f.kind() == FigureKind.CHANGE_RATE && !used.contains(f)
					&& NarrativeSubjects.is(subject, f.subject()))
			.findFirst();
		if (same.isPresent()) {
			return same;
		}
		int from = statement.indexOf(change);
		return statement.subList(from + 1, statement.size())
			.stream()
			.filter((f) -> f.kind() == FigureKind.CHANGE_RATE && !used.contains(f))
			.findFirst();
	}

	/**
	 * The current figure a change is of: same subject in the statement, else the amount
	 * before it in the statement, else the nearest statement of a same-subject amount
	 * before it in its section; an amount or 决算 is preferred to a 年初预算 of the same
	 * statement.
	 */
	static Optional<NarrativeFigure> current(Figures figures, List<NarrativeFigure> statement, NarrativeFigure change) {
		Term subject = Term.of(change.subject());
		for (FigureKind kind : AMOUNTS) {
			Optional<NarrativeFigure> same = Figures.first(statement, subject, kind);
			if (same.isPresent()) {
				return same;
			}
		}
		int at = statement.indexOf(change);
		for (int i = at - 1; i >= 0; i--) {
			if (Figures.is(statement.get(i), AMOUNTS)) {
				return Optional.of(statement.get(i));
			}
		}
		List<NarrativeFigure> all = figures.all();
		for (int i = all.indexOf(change) - 1; i >= 0; i--) {
			NarrativeFigure candidate = all.get(i);
			if (!Objects.equals(candidate.section(), change.section())) {
				break;
			}
			if (Figures.is(candidate, AMOUNTS) && NarrativeSubjects.is(subject, candidate.subject())) {
				// the nearest statement of the amount; its 决算 rather than its 年初预算
				List<NarrativeFigure> stated = figures.statements().getOrDefault(candidate.statement(), List.of());
				for (FigureKind kind : AMOUNTS) {
					Optional<NarrativeFigure> preferred = Figures.first(stated, subject, kind);
					if (preferred.isPresent()) {
						return preferred;
					}
				}
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
