package org.disclosure.validate.rules.budget;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.narrative.Composition;
import org.disclosure.validate.rules.narrative.Composition.Part;
import org.disclosure.validate.rules.narrative.Figures;
import org.disclosure.validate.rules.narrative.NarrativeChecks;
import org.disclosure.validate.rules.narrative.NarrativeStructureRule;
import org.disclosure.validate.rules.narrative.NarrativeThreePublicRule;
import org.disclosure.validate.rules.tables.Quantity;
import org.disclosure.validate.rules.tables.Subjects;
import org.disclosure.validate.rules.tables.TableFigures;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.NarrativeSubjects;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Sections.Topic;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * BU-NR: a budget's 情况说明 against its tables: 收支总计 and 收入/支出合计 = BU01; 基本/项目支出 and shares
 * = BU03; 一般公共预算 and its 类 = BU05; 人员经费 = 工资福利 + 对个人和家庭的补助 and 公用经费 = 商品和服务 + 资本性 of
 * BU05, wherever the narrative states them; 三公 = BU08; 政府性基金 = BU09.
 */
public final class BudgetNarrativeRule extends CatalogueRule {

	private static final FigureKind[] AMOUNTS = { FigureKind.AMOUNT, FigureKind.BUDGETED };

	public BudgetNarrativeRule() {
		super("BU-NR", "Budget narrative = tables: 总计/合计 = BU01; 基本/项目 = BU03; 一般公共预算, 类, 人员/公用经费 = BU05; 三公 = BU08",
				Severity.ERROR, Tolerance.Kind.SAME_FIGURE,
				"narrative figures of a budget; BU01, BU03, BU04, BU05, BU08, BU09", Scope.BUDGET);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		if (document.metadata() == null || document.metadata().docKind() != DocKind.BUDGET) {
			return RuleOutcome.notApplicable("not a budget");
		}
		Figures figures = Figures.of(document);
		if (figures.isEmpty()) {
			return RuleOutcome.notApplicable("the document states no narrative figures");
		}
		Findings findings = findings();
		String spending = TableView.find(document, "BU05").isPresent() ? "BU05" : "BU03";
		totals(document, figures, findings);
		new Composition(
				new Part(NarrativeSubjects.EXPENDITURE, side(document, Rows.EXPENDITURE, Rows.EXPENDITURE_TOTAL)),
				List.of(new Part(NarrativeSubjects.BASIC, TableFigures.total(document, "BU03", Columns.BASIC)),
						new Part(NarrativeSubjects.PROJECT, TableFigures.total(document, "BU03", Columns.PROJECT))))
			.check(figures, figures.inTopic(Topic.EXPENDITURE), "支出预算", findings, AMOUNTS);
		new Composition(
				new Part(NarrativeSubjects.GENERAL_BUDGET, TableFigures.total(document, spending, Columns.TOTAL)),
				List.of(new Part(NarrativeSubjects.BASIC, TableFigures.total(document, spending, Columns.BASIC)),
						new Part(NarrativeSubjects.PROJECT, TableFigures.total(document, spending, Columns.PROJECT))))
			.check(figures, figures.inTopic(Topic.GENERAL_BUDGET), "一般公共预算支出", findings, AMOUNTS);
		Map<String, Quantity> classes = TableView.find(document, spending)
			.map((t) -> Subjects.byClass(t, Columns.TOTAL))
			.orElse(Map.of());
		NarrativeStructureRule.check(figures, Topic.GENERAL_BUDGET, classes,
				TableFigures.total(document, spending, Columns.TOTAL), "一般公共预算支出结构", findings);
		basic(document, spending, figures, findings);
		NarrativeThreePublicRule.check(document, "BU08", figures, NarrativeThreePublicRule.section(figures), findings);
		for (NarrativeFigure figure : figures.inTopic(Topic.FUND)) {
			if (Figures.is(figure, AMOUNTS) && NarrativeSubjects.is(NarrativeSubjects.FUND_BUDGET, figure.subject())) {
				NarrativeChecks.amount(figure, TableFigures.total(document, "BU09", Columns.TOTAL), "政府性基金预算",
						findings);
			}
		}
		return findings.outcome("the narrative states no figure of BU01, BU03, BU05 or BU08");
	}

	private static void totals(DocumentParsed document, Figures figures, Findings findings) {
		for (NarrativeFigure figure : figures.where((f) -> Figures.is(f, AMOUNTS))) {
			Topic topic = Figures.topic(figure);
			if (NarrativeSubjects.is(NarrativeSubjects.TOTAL, figure.subject())
					&& (topic == Topic.OVERVIEW || topic == Topic.OTHER)) {
				boolean expenditure = figure.subject() != null && figure.subject().contains("支出");
				NarrativeChecks.amount(figure, TableFigures.grandTotal(document, "BU01",
						expenditure ? Rows.EXPENDITURE : Rows.INCOME, Columns.AMOUNT), "收支总计", findings);
			}
			else if (topic == Topic.INCOME && NarrativeSubjects.is(NarrativeSubjects.INCOME, figure.subject())) {
				NarrativeChecks.amount(figure, side(document, Rows.INCOME, Rows.INCOME_TOTAL), "收入预算", findings);
			}
			else if (topic == Topic.INCOME
					&& NarrativeSubjects.is(NarrativeSubjects.GENERAL_BUDGET, figure.subject())) {
				NarrativeChecks.amount(figure, side(document, Rows.INCOME, Rows.GENERAL_BUDGET_INCOME), "收入预算",
						findings);
			}
			else if (topic == Topic.FISCAL_OVERVIEW
					&& NarrativeSubjects.is(NarrativeSubjects.GENERAL_BUDGET, figure.subject())) {
				Optional<Quantity> bu04 = TableFigures.side(document, "BU04", Rows.INCOME, Rows.GENERAL_BUDGET_INCOME,
						Columns.AMOUNT);
				NarrativeChecks.amount(figure,
						bu04.isPresent() ? bu04 : side(document, Rows.INCOME, Rows.GENERAL_BUDGET_INCOME), "财政拨款收支预算",
						findings);
			}
		}
	}

	/** 人员经费 and 公用经费 wherever stated, 基本支出 in its section, with their shares. */
	private static void basic(DocumentParsed document, String spending, Figures figures, Findings findings) {
		Optional<Quantity> personnel = TableFigures.totalSum(document, spending, Columns.WAGES,
				Columns.PERSONAL_SUBSIDIES);
		Optional<Quantity> publicFunds = TableFigures.totalSum(document, spending, Columns.GOODS_AND_SERVICES,
				Columns.CAPITAL);
		List<NarrativeFigure> stated = figures
			.where((f) -> Figures.topic(f) != Topic.THREE_PUBLIC && Figures.topic(f) != Topic.OPERATION_FUNDS
					&& (Figures.topic(f) == Topic.BASIC
							|| NarrativeSubjects.is(NarrativeSubjects.PERSONNEL, f.subject())
							|| NarrativeSubjects.is(NarrativeSubjects.PUBLIC_FUNDS, f.subject())));
		new Composition(new Part(NarrativeSubjects.BASIC, TableFigures.total(document, spending, Columns.BASIC)),
				List.of(new Part(NarrativeSubjects.PERSONNEL, personnel),
						new Part(NarrativeSubjects.PUBLIC_FUNDS, publicFunds)))
			.check(figures, stated, "基本支出预算", findings, AMOUNTS);
	}

	private static Optional<Quantity> side(DocumentParsed document, String group, Term row) {
		return TableFigures.side(document, "BU01", group, row, Columns.AMOUNT);
	}

}
