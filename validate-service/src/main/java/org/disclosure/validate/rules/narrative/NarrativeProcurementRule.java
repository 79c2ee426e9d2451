package org.disclosure.validate.rules.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.vocabulary.NarrativeSubjects;
import org.disclosure.validate.rules.vocabulary.Sections.Topic;
import org.disclosure.validate.rules.vocabulary.Term;

/** NR-PROC: 政府采购 total = 货物 + 工程 + 服务; each share (授予中小企业 占 x%) of its base. */
public final class NarrativeProcurementRule extends CatalogueRule {

	private static final FigureKind[] AMOUNTS = { FigureKind.AMOUNT, FigureKind.BUDGETED, FigureKind.ACTUAL };

	public NarrativeProcurementRule() {
		super("NR-PROC", "政府采购 total = 货物 + 工程 + 服务; shares of the 采购 total", Severity.ERROR, Tolerance.Kind.SUM,
				"narrative figures of the 政府采购 section", Scope.NARRATIVE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		String reason = Applicability.reasonNot(document, null);
		if (reason != null) {
			return RuleOutcome.notApplicable(reason);
		}
		Figures figures = Figures.of(document);
		List<NarrativeFigure> section = figures
			.where((f) -> Figures.topic(f) == Topic.PROCUREMENT || figures.statementOf(f)
				.stream()
				.anyMatch((g) -> NarrativeSubjects.is(NarrativeSubjects.PROCUREMENT, g.subject())));
		Findings findings = findings();
		Optional<NarrativeFigure> total = Figures.first(section, NarrativeSubjects.PROCUREMENT, AMOUNTS);
		List<BigDecimal> parts = new ArrayList<>();
		for (Term part : List.of(NarrativeSubjects.PROCUREMENT_GOODS, NarrativeSubjects.PROCUREMENT_WORKS,
				NarrativeSubjects.PROCUREMENT_SERVICES)) {
			Figures.first(section, part, AMOUNTS).ifPresent((f) -> parts.add(Figures.tenThousand(f)));
		}
		if (total.isPresent() && parts.size() == 3) {
			findings.judge(Tolerance.sum(Figures.tenThousand(total.get()), parts), "政府采购 = 货物 + 工程 + 服务",
					Figures.at(total.get()));
		}
		for (NarrativeFigure share : section) {
			if (share.kind() != FigureKind.SHARE) {
				continue;
			}
			Optional<NarrativeFigure> numerator = Figures.first(figures.statementOf(share), Term.of(share.subject()),
					AMOUNTS);
			Optional<NarrativeFigure> denominator = (share.base() != null)
					? Figures.first(section, Term.of(share.base()), AMOUNTS).or(() -> base(section, share)) : total;
			if (numerator.isPresent() && denominator.isPresent()) {
				NarrativeChecks.share(share, Figures.tenThousand(numerator.get()),
						Figures.tenThousand(denominator.get()), "政府采购 占比", findings);
			}
		}
		return findings.outcome("no 政府采购 total with its parts or shares stated");
	}

	/** A base named loosely (政府采购支出总额 for 政府采购支出): the procurement total. */
	private static Optional<NarrativeFigure> base(List<NarrativeFigure> section, NarrativeFigure share) {
		return NarrativeSubjects.is(NarrativeSubjects.PROCUREMENT, share.base())
				? Figures.first(section, NarrativeSubjects.PROCUREMENT, AMOUNTS) : Optional.empty();
	}

}
