package org.disclosure.validate.rules.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.vocabulary.NarrativeSubjects;
import org.disclosure.validate.rules.vocabulary.Sections.Topic;

/**
 * NR-CHANGES: figures that must change alike are said to change alike wherever the
 * narrative states their change. 收入总计 and 支出总计 balance, so their changes are one; the
 * 财政拨款 收支总计 likewise; and a figure restated in a second sentence of its section (the same
 * amount) carries the same change there. Changes measured against a budget (比年初预算) are
 * not compared with changes over the year.
 */
public final class NarrativeChangesRule extends CatalogueRule {

	/** A change measured against the year's budget rather than the prior year. */
	private static final Pattern AGAINST_BUDGET = Pattern
		.compile("(?:与|比|较|同)\\s*(?:本年度?|当年|[0-9]{4}\\s*年度?)?\\s*(?:年初|调整)?预算");

	private static final String TOTAL = "收支总计";

	private static final String FISCAL_TOTAL = "财政拨款收支总计";

	private static final Set<String> TOTALS = Set.of(TOTAL, FISCAL_TOTAL);

	public NarrativeChangesRule() {
		super("NR-CHANGES", "Figures that must change alike (收入总计 and 支出总计, a figure restated) carry one change",
				Severity.ERROR, Tolerance.Kind.SAME_FIGURE,
				"narrative change figures of the totals and of figures stated twice, with their current amounts",
				Scope.NARRATIVE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		String reason = Applicability.reasonNotDated(document);
		if (reason != null) {
			return RuleOutcome.notApplicable(reason);
		}
		boolean finalAccount = document.metadata().docKind() == DocKind.FINAL_ACCOUNT;
		Figures figures = Figures.of(document);
		Map<String, List<Change>> byFigure = new LinkedHashMap<>();
		for (List<NarrativeFigure> statement : figures.statements().values()) {
			for (NarrativeFigure change : statement) {
				if (change.kind() != FigureKind.CHANGE || change.subject() == null || (finalAccount
						&& change.sentence() != null && AGAINST_BUDGET.matcher(change.sentence()).find())) {
					continue;
				}
				Optional<BigDecimal> current = NarrativeYearOnYearRule.current(figures, statement, change)
					.filter((
							f) -> NarrativeSubjects.clean(f.subject()).equals(NarrativeSubjects.clean(change.subject()))
									|| key(f).equals(key(change)))
					.map(Figures::tenThousand);
				byFigure.computeIfAbsent(key(change), (k) -> new ArrayList<>()).add(new Change(change, current));
			}
		}
		Findings findings = findings();
		for (List<Change> changes : byFigure.values()) {
			Change first = changes.get(0);
			for (Change other : changes.subList(1, changes.size())) {
				if (other.figure().statement() == first.figure().statement() || !sameCurrent(first, other)) {
					continue;
				}
				findings.judge(Tolerance.same(Figures.tenThousand(first.figure()), Figures.tenThousand(other.figure())),
						other.figure().subject() + " changes by " + Figures.tenThousand(other.figure()).toPlainString()
								+ " 万元 here and by " + Figures.tenThousand(first.figure()).toPlainString() + " 万元 in “"
								+ first.figure().sentence() + "”",
						Figures.at(other.figure()));
			}
		}
		return findings.outcome("no figure's change is stated twice, nor the changes of both 收入总计 and 支出总计");
	}

	/**
	 * What a change is of: the 收支总计 of all funds or of the 财政拨款 (收入 and 支出 alike,
	 * wherever stated); any other subject within its section's topic.
	 */
	static String key(NarrativeFigure figure) {
		Topic topic = Figures.topic(figure);
		if (NarrativeSubjects.is(NarrativeSubjects.FISCAL_TOTAL, figure.subject()) || (topic == Topic.FISCAL_OVERVIEW
				&& NarrativeSubjects.is(NarrativeSubjects.TOTAL, figure.subject()))) {
			return FISCAL_TOTAL;
		}
		if (NarrativeSubjects.is(NarrativeSubjects.TOTAL, figure.subject())
				&& (topic == Topic.OVERVIEW || topic == Topic.OTHER)) {
			return TOTAL;
		}
		return topic + "|" + NarrativeSubjects.clean(figure.subject());
	}

	/**
	 * Both changes are of the same current amount; for the 收支总计, which balance, one of
	 * them may state none.
	 */
	private static boolean sameCurrent(Change a, Change b) {
		if (a.current().isEmpty() || b.current().isEmpty()) {
			return TOTALS.contains(key(a.figure()));
		}
		return Tolerance.same(a.current().get(), b.current().get()).consistent();
	}

	private record Change(NarrativeFigure figure, Optional<BigDecimal> current) {
	}

}
