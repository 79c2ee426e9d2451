package org.disclosure.validate.rules.narrative;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

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

/**
 * NR-SOURCE: a narrative figure of the 财政拨款 is quoted from its own table, not from the
 * all-funds table beside it. Where the narrative's 一般公共预算财政拨款支出 (基本支出, 财政拨款收支总计) misses
 * its table and is instead the all-funds figure (本年支出合计, 基本支出 of all funds, 收支总计), the
 * figure was copied from the wrong table: a warning that names both, beside the error of
 * the rule that compares it.
 */
public final class NarrativeSourceRule extends CatalogueRule {

	/** The figures a final account states as 决算 amounts. */
	private static final FigureKind[] ACTUALS = { FigureKind.AMOUNT, FigureKind.ACTUAL };

	/** The figures a budget states as its amounts. */
	private static final FigureKind[] BUDGETED = { FigureKind.AMOUNT, FigureKind.BUDGETED };

	/** The 财政拨款 figures of a final account and the all-funds figures beside them. */
	private static final List<Quoted> FINAL_ACCOUNT = List.of(
			new Quoted("一般公共预算财政拨款支出", NarrativeSourceRule::generalBudget,
					(d) -> TableFigures.total(d, "FA05", Columns.SUBTOTAL),
					List.of(new LookAlike("all funds' 本年支出合计",
							(d) -> TableFigures.total(d, "FA03", Columns.EXPENDITURE_TOTAL)
								.or(() -> TableFigures.side(d, "FA01", Rows.EXPENDITURE, Rows.EXPENDITURE_TOTAL,
										Columns.AMOUNT))))),
			new Quoted("一般公共预算财政拨款基本支出", NarrativeSourceRule::fiscalBasic,
					(d) -> TableFigures.total(d, "FA05", Columns.BASIC),
					List.of(new LookAlike("all funds' 基本支出", (d) -> TableFigures.total(d, "FA03", Columns.BASIC)))),
			new Quoted("财政拨款收支总计", NarrativeSourceRule::fiscalTotal,
					(d) -> TableFigures.grandTotal(d, "FA04", Rows.INCOME, Columns.AMOUNT),
					List.of(new LookAlike("all funds' 收支总计",
							(d) -> TableFigures.grandTotal(d, "FA01", Rows.INCOME, Columns.AMOUNT)))));

	/** The 财政拨款 figures of a budget and the all-funds figures beside them. */
	private static final List<Quoted> BUDGET = List.of(
			new Quoted("一般公共预算支出", NarrativeSourceRule::generalBudget,
					(d) -> TableFigures.total(d, "BU05", Columns.TOTAL),
					List.of(new LookAlike("all funds' 支出合计",
							(d) -> TableFigures.total(d, "BU03", Columns.TOTAL)
								.or(() -> TableFigures.side(d, "BU01", Rows.EXPENDITURE, Rows.EXPENDITURE_TOTAL,
										Columns.AMOUNT))))),
			new Quoted("一般公共预算基本支出", NarrativeSourceRule::fiscalBasic,
					(d) -> TableFigures.total(d, "BU05", Columns.BASIC),
					List.of(new LookAlike("all funds' 基本支出", (d) -> TableFigures.total(d, "BU03", Columns.BASIC)))),
			new Quoted("财政拨款收支总计", NarrativeSourceRule::fiscalTotal,
					(d) -> TableFigures.grandTotal(d, "BU04", Rows.INCOME, Columns.AMOUNT),
					List.of(new LookAlike("all funds' 收支总计",
							(d) -> TableFigures.grandTotal(d, "BU01", Rows.INCOME, Columns.AMOUNT)))));

	public NarrativeSourceRule() {
		super("NR-SOURCE", "A narrative 财政拨款 figure is not the all-funds figure of the table beside its own",
				Severity.WARNING, Tolerance.Kind.SAME_FIGURE,
				"narrative 一般公共预算, 基本支出 and 财政拨款总计 figures; their tables (FA05/FA04, BU05/BU04) and the all-funds ones (FA03/FA01, BU03/BU01)",
				Scope.NARRATIVE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		String reason = Applicability.reasonNotDated(document);
		if (reason != null) {
			return RuleOutcome.notApplicable(reason);
		}
		boolean budget = document.metadata().docKind() == DocKind.BUDGET;
		List<Quoted> quoted = budget ? BUDGET : FINAL_ACCOUNT;
		FigureKind[] amounts = budget ? BUDGETED : ACTUALS;
		Figures figures = Figures.of(document);
		Findings findings = findings();
		for (Quoted candidate : quoted) {
			Optional<Quantity> own = candidate.own().apply(document);
			if (own.isEmpty()) {
				continue;
			}
			for (NarrativeFigure figure : figures.where((f) -> Figures.is(f, amounts) && candidate.applies().test(f))) {
				for (LookAlike lookAlike : candidate.lookAlikes()) {
					lookAlike.figure().apply(document).ifPresent((other) -> {
						findings.checked();
						diagnose(figure, candidate.what(), own.get(), lookAlike.what(), other, findings);
					});
				}
			}
		}
		return findings.outcome("no 财政拨款 figure stated beside both its own table and the all-funds one");
	}

	private static void diagnose(NarrativeFigure figure, String what, Quantity own, String lookAlikeWhat,
			Quantity lookAlike, Findings findings) {
		Quantity stated = Quantity.printed(Figures.tenThousand(figure), Figures.at(figure));
		boolean missesOwn = !Quantity.compare(own, stated).consistent();
		boolean isTheOther = Quantity.compare(lookAlike, stated).consistent();
		if (missesOwn && isTheOther) {
			findings.add(Severity.WARNING,
					what + " " + stated.value().toPlainString() + " 万元 is " + lookAlikeWhat + " (" + lookAlike.where()
							+ "), not its own " + own.value().toPlainString() + " 万元 (" + own.where()
							+ "): quoted from the wrong table",
					own.value(), stated.value(), stated.value().subtract(own.value()),
					Figures.at(figure) + "; " + own.where() + "; " + lookAlike.where());
		}
	}

	/** 一般公共预算(财政拨款)支出 in the section of that name. */
	private static boolean generalBudget(NarrativeFigure figure) {
		return Figures.topic(figure) == Topic.GENERAL_BUDGET
				&& NarrativeSubjects.is(NarrativeSubjects.GENERAL_BUDGET, figure.subject());
	}

	/** The 基本支出 of the 一般公共预算财政拨款: its section, or a subject that says so. */
	private static boolean fiscalBasic(NarrativeFigure figure) {
		String subject = (figure.subject() != null) ? figure.subject() : "";
		boolean named = subject.contains("一般公共预算") || subject.contains("财政拨款");
		return NarrativeSubjects.is(NarrativeSubjects.BASIC, subject)
				&& (named || Figures.topic(figure) == Topic.BASIC);
	}

	/** 财政拨款收支总计, or a 总计 in the 财政拨款 overview. */
	private static boolean fiscalTotal(NarrativeFigure figure) {
		return NarrativeSubjects.is(NarrativeSubjects.FISCAL_TOTAL, figure.subject())
				|| (Figures.topic(figure) == Topic.FISCAL_OVERVIEW
						&& NarrativeSubjects.is(NarrativeSubjects.TOTAL, figure.subject()));
	}

	/**
	 * A 财政拨款 figure of the narrative and where it stands in the tables.
	 *
	 * @param what its name
	 * @param applies whether a narrative figure states it
	 * @param own its figure in its own table
	 * @param lookAlikes the all-funds figures it is mistaken for
	 */
	private record Quoted(String what, Predicate<NarrativeFigure> applies,
			Function<DocumentParsed, Optional<Quantity>> own, List<LookAlike> lookAlikes) {
	}

	/** An all-funds figure a 财政拨款 figure is mistaken for. */
	private record LookAlike(String what, Function<DocumentParsed, Optional<Quantity>> figure) {
	}

}
