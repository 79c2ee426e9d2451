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

/** NR-INC: the 收入决算情况 section's 收入合计, its sources and their shares = FA01/FA02. */
public final class NarrativeIncomeRule extends CatalogueRule {

	public NarrativeIncomeRule() {
		super("NR-INC", "Narrative 收入合计, 财政拨款收入 … 其他收入 and their shares = FA01 本年收入合计 / FA02 合计 row", Severity.ERROR,
				Tolerance.Kind.SAME_FIGURE, "narrative figures of the 收入决算情况 section; FA01 本年收入合计; FA02 合计 row",
				Scope.NARRATIVE, DocKind.FINAL_ACCOUNT);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		String reason = Applicability.reasonNot(document, DocKind.FINAL_ACCOUNT);
		if (reason != null) {
			return RuleOutcome.notApplicable(reason);
		}
		Composition income = new Composition(
				new Part(NarrativeSubjects.INCOME,
						TableFigures.side(document, "FA01", Rows.INCOME, Rows.INCOME_TOTAL, Columns.AMOUNT)),
				List.of(part(document, NarrativeSubjects.FISCAL_INCOME, Columns.FISCAL_INCOME),
						part(document, Columns.SUPERIOR_SUBSIDY_INCOME, Columns.SUPERIOR_SUBSIDY_INCOME),
						part(document, Columns.SERVICE_INCOME, Columns.SERVICE_INCOME),
						part(document, Columns.BUSINESS_INCOME, Columns.BUSINESS_INCOME),
						part(document, Columns.AFFILIATED_INCOME, Columns.AFFILIATED_INCOME),
						part(document, Columns.OTHER_INCOME, Columns.OTHER_INCOME)));
		Figures figures = Figures.of(document);
		Findings findings = findings();
		income.check(figures, figures.inTopic(Topic.INCOME), "收入决算", findings);
		return findings.outcome("the 收入决算情况 section states no figure of FA01/FA02");
	}

	private static Part part(DocumentParsed document, Term subject, Term column) {
		return new Part(subject, TableFigures.total(document, "FA02", column));
	}

}
