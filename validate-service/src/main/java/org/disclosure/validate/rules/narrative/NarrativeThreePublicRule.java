package org.disclosure.validate.rules.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.disclosure.validate.rules.tables.Quantity;
import org.disclosure.validate.rules.tables.TableFigures;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.NarrativeSubjects;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Sections.Topic;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * NR-3GONG: the 三公 narrative against FA09 (全年预算, 决算, 完成%, 占%), 公务接待 = 外宾 + 国内, 公务用车 = 购置
 * + 运行, and an amount > 0 exactly when trips or visits are counted (warning).
 */
public final class NarrativeThreePublicRule extends CatalogueRule {

	/** Narrative subject → FA09/BU08 row. */
	static final Map<Term, Term> ITEMS = new LinkedHashMap<>();

	static {
		ITEMS.put(NarrativeSubjects.THREE_PUBLIC, Rows.THREE_PUBLIC_TOTAL);
		ITEMS.put(NarrativeSubjects.OUTBOUND, Rows.OUTBOUND);
		ITEMS.put(NarrativeSubjects.VEHICLES, Rows.VEHICLES);
		ITEMS.put(NarrativeSubjects.VEHICLE_PURCHASE, Rows.VEHICLE_PURCHASE);
		ITEMS.put(NarrativeSubjects.VEHICLE_OPERATION, Rows.VEHICLE_OPERATION);
		ITEMS.put(NarrativeSubjects.RECEPTION, Rows.RECEPTION);
	}

	public NarrativeThreePublicRule() {
		super("NR-3GONG",
				"Narrative 三公 预算/决算/完成%/占% = FA09; 公务接待 = 外宾 + 国内; 公务用车 = 购置 + 运行; amount > 0 ⇔ visits > 0 (warning)",
				Severity.ERROR, Tolerance.Kind.SAME_FIGURE, "narrative figures of the 三公 section; FA09 预算数/决算数",
				Scope.NARRATIVE, DocKind.FINAL_ACCOUNT);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		String reason = Applicability.reasonNot(document, DocKind.FINAL_ACCOUNT);
		if (reason != null) {
			return RuleOutcome.notApplicable(reason);
		}
		Figures figures = Figures.of(document);
		List<NarrativeFigure> section = section(figures);
		Findings findings = findings();
		check(document, "FA09", figures, section, findings);
		parts(section, NarrativeSubjects.RECEPTION,
				List.of(NarrativeSubjects.FOREIGN_RECEPTION, NarrativeSubjects.DOMESTIC_RECEPTION), findings);
		parts(section, NarrativeSubjects.VEHICLES,
				List.of(NarrativeSubjects.VEHICLE_PURCHASE, NarrativeSubjects.VEHICLE_OPERATION), findings);
		visits(section, findings);
		return findings.outcome("no 三公 figures stated, or no FA09 to compare with");
	}

	/** The figures of the 三公 section (or stating the 三公 total under another heading). */
	public static List<NarrativeFigure> section(Figures figures) {
		return figures.where((f) -> Figures.topic(f) == Topic.THREE_PUBLIC || (Figures.topic(f) == Topic.OTHER
				&& NarrativeSubjects.is(NarrativeSubjects.THREE_PUBLIC, f.subject())));
	}

	/**
	 * Each 三公 figure against the 三公 table {@code code} (FA09, BU08): 预算 in 预算数, 决算 in
	 * 决算数, 完成% and 占% from the figures.
	 */
	public static void check(DocumentParsed document, String code, Figures figures, List<NarrativeFigure> section,
			Findings findings) {
		boolean budget = code.startsWith("BU");
		for (NarrativeFigure figure : section) {
			Optional<Map.Entry<Term, Term>> item = ITEMS.entrySet()
				.stream()
				.filter((e) -> NarrativeSubjects.is(e.getKey(), figure.subject()))
				.findFirst();
			if (item.isEmpty()) {
				continue;
			}
			Term subject = item.get().getKey();
			Term row = item.get().getValue();
			Optional<Quantity> budgeted = TableFigures.cell(document, code, row, Columns.BUDGETED);
			Optional<Quantity> actual = budget ? budgeted : TableFigures.cell(document, code, row, Columns.ACTUAL);
			switch (figure.kind()) {
				case BUDGETED -> NarrativeChecks.amount(figure, budgeted, "三公 预算", findings);
				case ACTUAL, AMOUNT -> NarrativeChecks.amount(figure, actual, budget ? "三公 预算" : "三公 决算", findings);
				case COMPLETION -> {
					Optional<BigDecimal> a = near(figures, figure, subject, FigureKind.ACTUAL, FigureKind.AMOUNT)
						.or(() -> actual.map(Quantity::value));
					Optional<BigDecimal> b = near(figures, figure, subject, FigureKind.BUDGETED)
						.or(() -> budgeted.map(Quantity::value));
					if (a.isPresent() && b.isPresent()) {
						NarrativeChecks.completion(figure, a.get(), b.get(), "三公 完成预算", findings);
					}
				}
				case SHARE -> {
					Optional<BigDecimal> a = near(figures, figure, subject, FigureKind.ACTUAL, FigureKind.AMOUNT)
						.or(() -> actual.map(Quantity::value));
					Optional<Quantity> totalTable = budget
							? TableFigures.cell(document, code, Rows.THREE_PUBLIC_TOTAL, Columns.BUDGETED)
							: TableFigures.cell(document, code, Rows.THREE_PUBLIC_TOTAL, Columns.ACTUAL);
					Optional<BigDecimal> total = totalTable.map(Quantity::value);
					if (a.isPresent() && total.isPresent()) {
						NarrativeChecks.share(figure, a.get(), total.get(), "三公 占比", findings);
					}
				}
				default -> {
				}
			}
		}
	}

	private static Optional<BigDecimal> near(Figures figures, NarrativeFigure figure, Term subject,
			FigureKind... kinds) {
		return Figures.first(figures.statementOf(figure), subject, kinds).map(Figures::tenThousand);
	}

	/** A narrative whole = Σ its narrative parts (公务接待 = 外宾 + 国内). */
	private static void parts(List<NarrativeFigure> section, Term whole, List<Term> parts, Findings findings) {
		Optional<NarrativeFigure> total = Figures.first(section, whole, FigureKind.ACTUAL, FigureKind.AMOUNT);
		List<BigDecimal> amounts = new ArrayList<>();
		for (Term part : parts) {
			Figures.first(section, part, FigureKind.ACTUAL, FigureKind.AMOUNT)
				.ifPresent((f) -> amounts.add(Figures.tenThousand(f)));
		}
		if (total.isPresent() && amounts.size() == parts.size()) {
			findings.judge(Tolerance.sum(Figures.tenThousand(total.get()), amounts),
					whole.name() + " = " + String.join(" + ", parts.stream().map(Term::name).toList()),
					Figures.at(total.get()));
		}
	}

	/** An amount > 0 exactly when trips or visits are counted. */
	private static void visits(List<NarrativeFigure> section, Findings findings) {
		for (Term bucket : List.of(NarrativeSubjects.OUTBOUND, NarrativeSubjects.FOREIGN_RECEPTION,
				NarrativeSubjects.DOMESTIC_RECEPTION)) {
			Optional<NarrativeFigure> amount = Figures.first(section, bucket, FigureKind.ACTUAL, FigureKind.AMOUNT);
			List<NarrativeFigure> counts = section.stream()
				.filter((f) -> f.kind() == FigureKind.COUNT && NarrativeSubjects.visitsOf(f.subject()) == bucket)
				.toList();
			if (amount.isEmpty() || counts.isEmpty()) {
				continue;
			}
			findings.checked();
			boolean spent = amount.get().value().signum() > 0;
			boolean visited = counts.stream().anyMatch((c) -> c.value().signum() > 0);
			if (spent != visited) {
				findings.add(Severity.WARNING,
						bucket.name() + ": " + amount.get().value().toPlainString() + " 万元 spent but "
								+ (visited ? "visits counted" : "no trips or visits counted")
								+ " (amount > 0 ⇔ visits > 0)",
						null, amount.get().value(), null, Figures.at(amount.get()) + "; " + Figures.at(counts.get(0)));
			}
		}
	}

}
