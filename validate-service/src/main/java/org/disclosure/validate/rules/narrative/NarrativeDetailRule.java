package org.disclosure.validate.rules.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.Quantity;
import org.disclosure.validate.rules.tables.Subjects;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.Names;
import org.disclosure.validate.rules.vocabulary.NarrativeSubjects;
import org.disclosure.validate.rules.vocabulary.Sections.Topic;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * NR-DETAIL: the 具体情况 of 一般公共预算财政拨款支出, item by item: 决算数 = the FA05 row, 完成% = 决算 / 年初预算
 * (a rate printed over a zero 年初预算 is undefined: warning), and the items' 年初预算 add up to
 * the stated total.
 */
public final class NarrativeDetailRule extends CatalogueRule {

	private static final List<Term> NOT_ITEMS = List.of(NarrativeSubjects.THREE_PUBLIC, NarrativeSubjects.OUTBOUND,
			NarrativeSubjects.VEHICLES, NarrativeSubjects.VEHICLE_PURCHASE, NarrativeSubjects.VEHICLE_OPERATION,
			NarrativeSubjects.RECEPTION, NarrativeSubjects.OPERATION_FUNDS, NarrativeSubjects.BASIC,
			NarrativeSubjects.PERSONNEL, NarrativeSubjects.PUBLIC_FUNDS);

	public NarrativeDetailRule() {
		super("NR-DETAIL", "Each 项: 决算数 = FA05 row, 完成% = 决算/年初预算 (zero base: warning); Σ items' 年初预算 = stated total",
				Severity.ERROR, Tolerance.Kind.PERCENTAGE,
				"narrative 年初预算/决算数/完成% statements of the 一般公共预算 section; FA05 项 rows", Scope.NARRATIVE,
				DocKind.FINAL_ACCOUNT);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		String reason = Applicability.reasonNot(document, DocKind.FINAL_ACCOUNT);
		if (reason != null) {
			return RuleOutcome.notApplicable(reason);
		}
		Optional<TableView> fa05 = TableView.find(document, "FA05");
		Findings findings = findings();
		Statement total = null;
		List<Statement> items = new ArrayList<>();
		for (Map.Entry<Integer, List<NarrativeFigure>> entry : Figures.of(document).statements().entrySet()) {
			Optional<Statement> statement = Statement.of(entry.getValue());
			if (statement.isEmpty() || excluded(statement.get())) {
				continue;
			}
			if (NarrativeSubjects.is(NarrativeSubjects.GENERAL_BUDGET, statement.get().subject())) {
				total = (total == null) ? statement.get() : total;
				continue;
			}
			Topic topic = Figures.topic(statement.get().first());
			Optional<ParsedRow> row = fa05.flatMap((t) -> row(t, statement.get()));
			if (topic == Topic.GENERAL_BUDGET || (topic == Topic.OTHER && row.isPresent())) {
				items.add(statement.get());
				check(statement.get(), fa05, row, findings);
			}
		}
		if (total != null) {
			completion(total, findings);
			sums(total, items, findings);
		}
		return findings.outcome("no 年初预算/决算数/完成% statement in the 一般公共预算 section");
	}

	private static boolean excluded(Statement statement) {
		Topic topic = Figures.topic(statement.first());
		if (topic != Topic.GENERAL_BUDGET && topic != Topic.OTHER) {
			return true;
		}
		return NOT_ITEMS.stream().anyMatch((t) -> NarrativeSubjects.is(t, statement.subject()));
	}

	private void check(Statement item, Optional<TableView> fa05, Optional<ParsedRow> row, Findings findings) {
		completion(item, findings);
		if (item.actual() != null && row.isPresent()) {
			Optional<BigDecimal> printed = fa05.get().amount(row.get(), Columns.SUBTOTAL);
			String column = fa05.get().column(Columns.SUBTOTAL).orElse("合计");
			printed.ifPresent((p) -> NarrativeChecks.amount(item.actual(),
					Optional.of(Quantity.printed(p, fa05.get().at(row.get(), column))), "决算数", findings));
		}
	}

	private static void completion(Statement statement, Findings findings) {
		if (statement.completion() != null && statement.actual() != null && statement.budgeted() != null) {
			NarrativeChecks.completion(statement.completion(), Figures.tenThousand(statement.actual()),
					Figures.tenThousand(statement.budgeted()), "完成年初预算", findings);
		}
	}

	private static void sums(Statement total, List<Statement> items, Findings findings) {
		List<BigDecimal> budgeted = new ArrayList<>();
		List<BigDecimal> actual = new ArrayList<>();
		for (Statement item : items) {
			if (item.budgeted() != null) {
				budgeted.add(Figures.tenThousand(item.budgeted()));
			}
			if (item.actual() != null) {
				actual.add(Figures.tenThousand(item.actual()));
			}
		}
		if (total.budgeted() != null && !budgeted.isEmpty()) {
			findings.judge(Tolerance.sum(Figures.tenThousand(total.budgeted()), budgeted),
					"stated total 年初预算 = Σ the " + budgeted.size() + " items' 年初预算",
					Figures.at(total.budgeted()) + "; the " + items.size() + " items of 具体情况");
		}
		if (total.actual() != null && !actual.isEmpty()) {
			findings.judge(Tolerance.sum(Figures.tenThousand(total.actual()), actual),
					"stated total 决算 = Σ the " + actual.size() + " items' 决算数",
					Figures.at(total.actual()) + "; the " + items.size() + " items of 具体情况");
		}
	}

	/**
	 * The FA05 row of an item: by its code, else the 项 row whose name ends the subject
	 * (subjects may print the path 类 › 款 › 项), unique or none.
	 */
	private static Optional<ParsedRow> row(TableView fa05, Statement item) {
		String code = item.code();
		if (code != null && code.matches("[0-9]{7}")) {
			Optional<ParsedRow> byCode = fa05.rowWithCode(code);
			if (byCode.isPresent()) {
				return byCode;
			}
		}
		String subject = Names.normalize(NarrativeSubjects.clean(item.subject()));
		List<ParsedRow> candidates = fa05.subjects()
			.stream()
			.filter((r) -> Subjects.ITEM.equals(Subjects.level(r)))
			.filter((r) -> !Names.normalize(TableView.nameOf(r)).isEmpty()
					&& subject.endsWith(Names.normalize(TableView.nameOf(r))))
			.toList();
		int longest = candidates.stream()
			.mapToInt((r) -> Names.normalize(TableView.nameOf(r)).length())
			.max()
			.orElse(0);
		List<ParsedRow> best = candidates.stream()
			.filter((r) -> Names.normalize(TableView.nameOf(r)).length() == longest)
			.toList();
		return (best.size() == 1) ? Optional.of(best.get(0)) : Optional.empty();
	}

	/** One statement of 年初预算, 决算数 and 完成% about one subject. */
	private record Statement(NarrativeFigure budgeted, NarrativeFigure actual, NarrativeFigure completion) {

		static Optional<Statement> of(List<NarrativeFigure> figures) {
			NarrativeFigure budgeted = find(figures, FigureKind.BUDGETED);
			NarrativeFigure actual = find(figures, FigureKind.ACTUAL);
			NarrativeFigure completion = find(figures, FigureKind.COMPLETION);
			if (budgeted == null && (actual == null || completion == null)) {
				return Optional.empty();
			}
			return Optional.of(new Statement(budgeted, actual, completion));
		}

		private static NarrativeFigure find(List<NarrativeFigure> figures, FigureKind kind) {
			return figures.stream().filter((f) -> f.kind() == kind).findFirst().orElse(null);
		}

		NarrativeFigure first() {
			return (this.budgeted != null) ? this.budgeted : this.actual;
		}

		String subject() {
			return first().subject();
		}

		String code() {
			return first().subjectCode();
		}

	}

}
