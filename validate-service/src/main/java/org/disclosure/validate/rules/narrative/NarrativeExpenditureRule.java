package org.disclosure.validate.rules.narrative;

import java.util.List;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.narrative.Composition.Part;
import org.disclosure.validate.rules.tables.TableFigures;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.NarrativeSubjects;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Sections.Topic;
import org.disclosure.validate.rules.vocabulary.Term;

/** NR-EXP: the 支出决算情况 section's 支出合计, 基本/项目 … and their shares = FA01/FA03. */
public final class NarrativeExpenditureRule extends CatalogueRule {

	public NarrativeExpenditureRule() {
		super("NR-EXP", "Narrative 支出合计, 基本支出, 项目支出 … and their shares = FA01 本年支出合计 / FA03 合计 row", Severity.ERROR,
				Tolerance.Kind.SAME_FIGURE, "narrative figures of the 支出决算情况 section; FA01 本年支出合计; FA03 合计 row",
				Scope.NARRATIVE, DocKind.FINAL_ACCOUNT);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		String reason = Applicability.reasonNot(document, DocKind.FINAL_ACCOUNT);
		if (reason != null) {
			return RuleOutcome.notApplicable(reason);
		}
		Composition expenditure = new Composition(
				new Part(NarrativeSubjects.EXPENDITURE,
						TableFigures.side(document, "FA01", Rows.EXPENDITURE, Rows.EXPENDITURE_TOTAL, Columns.AMOUNT)),
				List.of(part(document, NarrativeSubjects.BASIC, Columns.BASIC),
						part(document, NarrativeSubjects.PROJECT, Columns.PROJECT),
						part(document, Columns.PAID_TO_SUPERIOR, Columns.PAID_TO_SUPERIOR),
						part(document, Columns.BUSINESS_EXPENDITURE, Columns.BUSINESS_EXPENDITURE),
						part(document, Columns.SUBSIDY_TO_AFFILIATED, Columns.SUBSIDY_TO_AFFILIATED)));
		Figures figures = Figures.of(document);
		Findings findings = findings();
		expenditure.check(figures, figures.inTopic(Topic.EXPENDITURE), "支出决算", findings);
		return findings.outcome("the 支出决算情况 section states no figure of FA01/FA03");
	}

	private static Part part(DocumentParsed document, Term subject, Term column) {
		return new Part(subject, TableFigures.total(document, "FA03", column));
	}

}
