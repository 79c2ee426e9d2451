package org.disclosure.validate.rules.narrative;

import java.math.BigDecimal;
import java.util.Optional;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.Quantity;
import org.disclosure.validate.rules.tables.TableFigures;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.NarrativeSubjects;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Sections.Topic;

/** NR-GPB: 一般公共预算财政拨款支出 = FA05 合计, and its share of 支出合计. */
public final class NarrativeGeneralBudgetRule extends CatalogueRule {

	public NarrativeGeneralBudgetRule() {
		super("NR-GPB", "Narrative 一般公共预算财政拨款支出 = FA05 合计; its share of 支出合计", Severity.ERROR,
				Tolerance.Kind.SAME_FIGURE, "narrative 一般公共预算财政拨款支出 (amount, share); FA05 合计; FA01 本年支出合计",
				Scope.NARRATIVE, DocKind.FINAL_ACCOUNT);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		String reason = Applicability.reasonNot(document, DocKind.FINAL_ACCOUNT);
		if (reason != null) {
			return RuleOutcome.notApplicable(reason);
		}
		Figures figures = Figures.of(document);
		Findings findings = findings();
		Optional<Quantity> fa05 = TableFigures.total(document, "FA05", Columns.SUBTOTAL);
		for (NarrativeFigure figure : figures.inTopic(Topic.GENERAL_BUDGET)) {
			if (!NarrativeSubjects.is(NarrativeSubjects.GENERAL_BUDGET, figure.subject())) {
				continue;
			}
			if (figure.kind() == FigureKind.AMOUNT) {
				NarrativeChecks.amount(figure, fa05, "一般公共预算财政拨款支出", findings);
			}
			else if (figure.kind() == FigureKind.SHARE) {
				Optional<BigDecimal> amount = figures.amountNear(figure, NarrativeSubjects.GENERAL_BUDGET)
					.map(Figures::tenThousand)
					.or(() -> fa05.map(Quantity::value));
				Optional<BigDecimal> base = figures.amountNear(figure, NarrativeSubjects.EXPENDITURE)
					.map(Figures::tenThousand)
					.or(() -> TableFigures
						.side(document, "FA01", Rows.EXPENDITURE, Rows.EXPENDITURE_TOTAL, Columns.AMOUNT)
						.map(Quantity::value));
				if (amount.isPresent() && base.isPresent()) {
					NarrativeChecks.share(figure, amount.get(), base.get(), "一般公共预算财政拨款支出占支出合计", findings);
				}
			}
		}
		return findings.outcome("no 一般公共预算财政拨款支出 stated, or no FA05 to compare with");
	}

}
