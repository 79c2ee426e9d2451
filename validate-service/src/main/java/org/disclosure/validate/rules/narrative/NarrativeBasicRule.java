package org.disclosure.validate.rules.narrative;

import java.util.List;
import java.util.Optional;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.NarrativeFigure;
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

/**
 * NR-BASIC: 基本支出 = FA05 基本支出; 人员经费, 公用经费 = FA06 合计 rows (and their shares); the 机关运行经费
 * (the 公用经费 of the administrative units) 完成% = 决算 / 年初预算.
 */
public final class NarrativeBasicRule extends CatalogueRule {

	public NarrativeBasicRule() {
		super("NR-BASIC", "Narrative 基本支出 = FA05 基本支出; 人员经费, 公用经费 = FA06 合计 rows; 机关运行经费 完成% = 决算 / 年初预算",
				Severity.ERROR, Tolerance.Kind.SAME_FIGURE,
				"narrative figures of the 基本支出 section; FA05 合计 row (基本支出); FA06 人员经费合计, 公用经费合计", Scope.NARRATIVE,
				DocKind.FINAL_ACCOUNT);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		String reason = Applicability.reasonNot(document, DocKind.FINAL_ACCOUNT);
		if (reason != null) {
			return RuleOutcome.notApplicable(reason);
		}
		Composition basic = new Composition(
				new Part(NarrativeSubjects.BASIC, TableFigures.total(document, "FA05", Columns.BASIC)), List.of(
						new Part(NarrativeSubjects.PERSONNEL,
								TableFigures.economicTotal(document, "FA06", Rows.PERSONNEL, Rows.PERSONNEL_TOTAL,
										Columns.ECONOMIC_AMOUNT)),
						new Part(NarrativeSubjects.PUBLIC_FUNDS, TableFigures.economicTotal(document, "FA06",
								Rows.PUBLIC_FUNDS, Rows.PUBLIC_FUNDS_TOTAL, Columns.ECONOMIC_AMOUNT))));
		Figures figures = Figures.of(document);
		Findings findings = findings();
		basic.check(figures, figures.inTopic(Topic.BASIC), "基本支出", findings);
		for (List<NarrativeFigure> statement : figures.statements().values()) {
			Optional<NarrativeFigure> budgeted = Figures.first(statement, NarrativeSubjects.OPERATION_FUNDS,
					FigureKind.BUDGETED);
			Optional<NarrativeFigure> actual = Figures.first(statement, NarrativeSubjects.OPERATION_FUNDS,
					FigureKind.ACTUAL, FigureKind.AMOUNT);
			Optional<NarrativeFigure> completion = Figures.first(statement, NarrativeSubjects.OPERATION_FUNDS,
					FigureKind.COMPLETION);
			if (budgeted.isPresent() && actual.isPresent() && completion.isPresent()) {
				NarrativeChecks.completion(completion.get(), Figures.tenThousand(actual.get()),
						Figures.tenThousand(budgeted.get()), "机关运行经费 完成年初预算", findings);
			}
		}
		return findings.outcome("the 基本支出 section states no figure of FA05/FA06");
	}

}
