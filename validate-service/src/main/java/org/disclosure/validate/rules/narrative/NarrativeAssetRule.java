package org.disclosure.validate.rules.narrative;

import java.math.BigDecimal;
import java.util.List;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.vocabulary.NarrativeSubjects;

/** NR-ASSET: the vehicles held (共有车辆 N 辆) = Σ the kinds listed after 其中. */
public final class NarrativeAssetRule extends CatalogueRule {

	public NarrativeAssetRule() {
		super("NR-ASSET", "车辆 total = Σ vehicle kinds (国有资产占用情况)", Severity.ERROR, Tolerance.Kind.COUNT,
				"narrative vehicle counts (辆) of one statement", Scope.NARRATIVE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		String reason = Applicability.reasonNot(document, null);
		if (reason != null) {
			return RuleOutcome.notApplicable(reason);
		}
		Findings findings = findings();
		for (List<NarrativeFigure> statement : Figures.of(document).statements().values()) {
			for (NarrativeFigure total : statement) {
				if (total.kind() != FigureKind.COUNT
						|| !NarrativeSubjects.is(NarrativeSubjects.VEHICLES_HELD, total.subject())) {
					continue;
				}
				List<NarrativeFigure> kinds = statement.stream()
					.filter((f) -> f != total && f.kind() == FigureKind.COUNT && "辆".equals(f.unit())
							&& !NarrativeSubjects.is(NarrativeSubjects.VEHICLES_HELD, f.subject()))
					.toList();
				if (kinds.isEmpty()) {
					continue;
				}
				BigDecimal sum = kinds.stream().map(NarrativeFigure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
				findings.judge(Tolerance.count(sum, total.value()),
						"车辆 " + total.value().toPlainString() + " 辆 = Σ " + kinds.size() + " kinds", Figures.at(total));
			}
		}
		return findings.outcome("no vehicle total with its kinds stated");
	}

}
