package org.disclosure.validate.rules.narrative;

import java.math.BigDecimal;
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
import org.disclosure.validate.rules.tables.Subjects;
import org.disclosure.validate.rules.tables.TableFigures;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.FunctionalClasses;
import org.disclosure.validate.rules.vocabulary.NarrativeSubjects;
import org.disclosure.validate.rules.vocabulary.Sections.Topic;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * NR-STRUCT: the 结构情况 of 一般公共预算财政拨款支出, each 类 amount = FA05 and its share (占 x%) of the
 * total. A share off by one in its last digit is a slip (warning).
 */
public final class NarrativeStructureRule extends CatalogueRule {

	public NarrativeStructureRule() {
		super("NR-STRUCT", "Narrative 类 amounts of 一般公共预算财政拨款支出 = FA05, and their shares (slip: warning)",
				Severity.ERROR, Tolerance.Kind.PERCENTAGE,
				"narrative 类 figures (amount, share) of the 一般公共预算 section; FA05 类 rows (or Σ项) and 合计",
				Scope.NARRATIVE, DocKind.FINAL_ACCOUNT);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		String reason = Applicability.reasonNot(document, DocKind.FINAL_ACCOUNT);
		if (reason != null) {
			return RuleOutcome.notApplicable(reason);
		}
		Findings findings = findings();
		Optional<TableView> fa05 = TableView.find(document, "FA05");
		Map<String, Quantity> classes = fa05.map((t) -> Subjects.byClass(t, Columns.SUBTOTAL)).orElse(Map.of());
		Optional<Quantity> total = TableFigures.total(document, "FA05", Columns.SUBTOTAL);
		check(Figures.of(document), Topic.GENERAL_BUDGET, classes, total, "一般公共预算财政拨款支出结构", findings);
		return findings.outcome("no 类 amounts stated in the 一般公共预算 section");
	}

	/**
	 * The 类 amounts and shares stated in sections of {@code topic} against
	 * {@code classes} of a table and its {@code total} (NR-STRUCT, BU-NR).
	 */
	public static void check(Figures figures, Topic topic, Map<String, Quantity> classes, Optional<Quantity> total,
			String what, Findings findings) {
		for (NarrativeFigure figure : figures.inTopic(topic)) {
			String classCode = classOf(figure);
			if (classCode == null) {
				continue;
			}
			Term subject = Term.of(figure.subject());
			if (figure.kind() == FigureKind.AMOUNT) {
				NarrativeChecks.amount(figure, Optional.ofNullable(classes.get(classCode)), what, findings);
			}
			else if (figure.kind() == FigureKind.SHARE) {
				Optional<BigDecimal> amount = figures.amountNear(figure, subject)
					.map(Figures::tenThousand)
					.or(() -> Optional.ofNullable(classes.get(classCode)).map(Quantity::value));
				Optional<BigDecimal> base = figures.amountNear(figure, NarrativeSubjects.GENERAL_BUDGET)
					.map(Figures::tenThousand)
					.or(() -> total.map(Quantity::value));
				if (amount.isPresent() && base.isPresent()) {
					NarrativeChecks.share(figure, amount.get(), base.get(), what, findings);
				}
			}
		}
	}

	/** The 类 a figure describes: its 3-digit code, else the 类 its subject names. */
	static String classOf(NarrativeFigure figure) {
		if (figure.subjectCode() != null && figure.subjectCode().matches("[0-9]{3}")) {
			return figure.subjectCode();
		}
		if (figure.subjectCode() != null && !figure.subjectCode().isBlank()) {
			return null;
		}
		return FunctionalClasses.codeOf(NarrativeSubjects.clean(figure.subject())).orElse(null);
	}

}
