package org.disclosure.validate.rules.narrative;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.TableFigures;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.NarrativeSubjects;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Sections.Topic;

/** NR-TOTAL: "收、支总计均为 X" = FA01 总计; "财政拨款收、支总计" = FA04 总计. */
public final class NarrativeTotalRule extends CatalogueRule {

	public NarrativeTotalRule() {
		super("NR-TOTAL", "Narrative 收、支总计 = FA01 总计; 财政拨款收、支总计 = FA04 总计", Severity.ERROR, Tolerance.Kind.SAME_FIGURE,
				"narrative 收支总计 figures (sections 一 and 四); FA01 and FA04 总计", Scope.NARRATIVE, DocKind.FINAL_ACCOUNT);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		String reason = Applicability.reasonNot(document, DocKind.FINAL_ACCOUNT);
		if (reason != null) {
			return RuleOutcome.notApplicable(reason);
		}
		Findings findings = findings();
		for (NarrativeFigure figure : Figures.of(document).where((f) -> f.kind() == FigureKind.AMOUNT)) {
			Topic topic = Figures.topic(figure);
			boolean fiscal = NarrativeSubjects.is(NarrativeSubjects.FISCAL_TOTAL, figure.subject())
					|| (topic == Topic.FISCAL_OVERVIEW
							&& NarrativeSubjects.is(NarrativeSubjects.TOTAL, figure.subject()));
			boolean total = !fiscal && NarrativeSubjects.is(NarrativeSubjects.TOTAL, figure.subject())
					&& (topic == Topic.OVERVIEW || topic == Topic.OTHER);
			if (fiscal) {
				NarrativeChecks.amount(figure, TableFigures.grandTotal(document, "FA04", Rows.INCOME, Columns.AMOUNT),
						"财政拨款收、支总计", findings);
			}
			else if (total) {
				NarrativeChecks.amount(figure, TableFigures.grandTotal(document, "FA01", Rows.INCOME, Columns.AMOUNT),
						"收、支总计", findings);
			}
		}
		return findings.outcome("no 收支总计 stated, or no FA01/FA04 总计 to compare with");
	}

}
