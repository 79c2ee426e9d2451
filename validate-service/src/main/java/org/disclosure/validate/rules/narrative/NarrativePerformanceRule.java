package org.disclosure.validate.rules.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.ParsedTable.ParsedCell;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.vocabulary.Names;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Sections.Topic;

/**
 * NR-PERF: the performance self-evaluations (部门整体/项目支出绩效自评表): 执行率 = 全年执行数 / 全年预算数, the
 * fund sources add up to 年度资金总额, each 得分 ≤ 分值, 总分 = Σ the scores (执行率, 资金管理 and
 * indicators; exact to 0.01); and the narrative's 完成预算% of each project. The scores are
 * added only when their 分值 add up to the printed 满分, so a table read incompletely is not
 * judged.
 */
public final class NarrativePerformanceRule extends CatalogueRule {

	public NarrativePerformanceRule() {
		super("NR-PERF", "Self-evaluations: 执行率 = 执行数 / 全年预算数; sources = 年度资金总额; 得分 ≤ 分值; 总分 = Σ scores; narrative 完成%",
				Severity.ERROR, Tolerance.Kind.PERCENTAGE,
				"PERF_DEPT/PERF_PROJECT tables (年度资金总额 row, score rows, 总分); narrative 绩效 statements", Scope.NARRATIVE,
				DocKind.FINAL_ACCOUNT);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		if (document.metadata() == null || document.metadata().docKind() != DocKind.FINAL_ACCOUNT) {
			return RuleOutcome.notApplicable("not a final account (budgets: BU-PERF)");
		}
		Findings findings = findings();
		List<TableView> tables = new ArrayList<>(TableView.all(document, "PERF_DEPT"));
		tables.addAll(TableView.all(document, "PERF_PROJECT"));
		for (TableView table : tables) {
			evaluation(table, findings);
		}
		for (List<NarrativeFigure> statement : Figures.of(document).statements().values()) {
			Optional<NarrativeFigure> budgeted = find(statement, FigureKind.BUDGETED);
			Optional<NarrativeFigure> executed = find(statement, FigureKind.ACTUAL);
			Optional<NarrativeFigure> completion = find(statement, FigureKind.COMPLETION);
			if (budgeted.isPresent() && executed.isPresent() && completion.isPresent()
					&& Figures.topic(completion.get()) == Topic.PERFORMANCE) {
				NarrativeChecks.completion(completion.get(), Figures.tenThousand(executed.get()),
						Figures.tenThousand(budgeted.get()), "绩效 完成预算", findings);
			}
		}
		return findings.outcome("no self-evaluation table or 绩效 statement with figures");
	}

	private static Optional<NarrativeFigure> find(List<NarrativeFigure> statement, FigureKind kind) {
		return statement.stream().filter((f) -> f.kind() == kind).findFirst();
	}

	private static void evaluation(TableView table, Findings findings) {
		List<ParsedRow> rows = table.rows();
		Optional<ParsedRow> funds = rows.stream()
			.filter((r) -> Rows.FUNDS_TOTAL.matches(TableView.nameOf(r)))
			.findFirst();
		if (funds.isEmpty()) {
			return;
		}
		List<ParsedCell> numbers = numbers(funds.get(), true);
		int rate = rateIndex(numbers);
		if (rate < 3) {
			return;
		}
		findings.judge(
				Tolerance.percentage(numbers.get(rate).amount(), numbers.get(rate - 2).amount(),
						numbers.get(rate - 3).amount()),
				table.code() + " 执行率 = 全年执行数 / 全年预算数", table.at(funds.get(), "执行率"));
		sources(table, funds.get(), numbers.subList(0, rate - 1), findings);
		if (rate + 1 < numbers.size()) {
			scores(table, funds.get(), score(numbers.get(rate - 1).amount()), score(numbers.get(rate + 1).amount()),
					findings);
		}
	}

	/**
	 * The sources under the funds row (财政拨款, 财政专户管理资金, 单位资金): they add up to it, column
	 * by column, and each 执行率 = 执行数 / 预算数.
	 */
	private static void sources(TableView table, ParsedRow funds, List<ParsedCell> amounts, Findings findings) {
		List<ParsedRow> rows = table.rows();
		List<List<ParsedCell>> sources = new ArrayList<>();
		for (ParsedRow row : rows.subList(rows.indexOf(funds) + 1, rows.size())) {
			String name = Names.normalize(TableView.nameOf(row));
			if (Rows.FUND_SOURCE_WORDS.stream().noneMatch(name::contains)) {
				break;
			}
			List<ParsedCell> numbers = numbers(row, false);
			if (numbers.size() < amounts.size()) {
				return;
			}
			sources.add(numbers.subList(0, amounts.size()));
			List<ParsedCell> withRate = numbers(row, true);
			for (int i = 2; i < withRate.size(); i++) {
				if (withRate.get(i).percent() && !withRate.get(i - 1).percent() && !withRate.get(i - 2).percent()) {
					findings.judge(
							Tolerance.percentage(withRate.get(i).amount(), withRate.get(i - 1).amount(),
									withRate.get(i - 2).amount()),
							table.code() + " " + name + " 执行率 = 执行数 / 预算数", table.at(row, "执行率"));
					break;
				}
			}
		}
		if (sources.isEmpty()) {
			return;
		}
		for (int k = 0; k < amounts.size(); k++) {
			List<BigDecimal> parts = new ArrayList<>();
			for (List<ParsedCell> source : sources) {
				parts.add(source.get(k).amount());
			}
			findings.judge(Tolerance.sum(amounts.get(k).amount(), parts),
					table.code() + " " + TableView.nameOf(funds) + " = Σ its sources (" + amounts.get(k).column() + ")",
					table.at(funds, amounts.get(k).column()));
		}
	}

	/**
	 * 总分 = Σ scores (得分 ≤ 分值 each), once the scores' 分值 add up to the printed 满分; else
	 * the total cannot be verified (info).
	 */
	private static void scores(TableView table, ParsedRow funds, BigDecimal fundsMax, BigDecimal fundsScore,
			Findings findings) {
		List<ParsedRow> rows = table.rows();
		Optional<ParsedRow> totalRow = rows.stream()
			.filter((r) -> Rows.SCORE_TOTAL.matches(TableView.nameOf(r)))
			.findFirst();
		if (totalRow.isEmpty() || rows.indexOf(totalRow.get()) < rows.indexOf(funds)) {
			return;
		}
		List<ParsedCell> totals = numbers(totalRow.get(), false);
		if (totals.size() < 2) {
			return;
		}
		BigDecimal fullMarks = score(totals.get(0).amount());
		BigDecimal total = score(totals.get(totals.size() - 1).amount());
		BigDecimal maxima = fundsMax;
		List<BigDecimal> scores = new ArrayList<>(List.of(fundsScore));
		for (ParsedRow row : rows.subList(rows.indexOf(funds) + 1, rows.indexOf(totalRow.get()))) {
			String name = Names.normalize(TableView.nameOf(row));
			List<ParsedCell> numbers = numbers(row, false);
			if (Rows.FUND_SOURCE_WORDS.stream().anyMatch(name::contains) || numbers.size() < 2) {
				continue;
			}
			BigDecimal max = score(numbers.get(0).amount());
			BigDecimal score = score(numbers.get(1).amount());
			findings.judge(Tolerance.atMost(score, max), table.code() + " " + name + " 得分 ≤ 分值",
					table.at(row, numbers.get(1).column()));
			maxima = maxima.add(max);
			scores.add(score);
		}
		if (maxima.compareTo(fullMarks) != 0) {
			findings.add(Severity.INFO,
					table.code() + " 总分 not verified: the 分值 read add up to " + maxima.toPlainString()
							+ ", not the printed 满分 " + fullMarks.toPlainString(),
					fullMarks, maxima, maxima.subtract(fullMarks), table.at(totalRow.get()));
			return;
		}
		findings.judge(Tolerance.sum(total, scores), table.code() + " 总分 = Σ " + scores.size() + " scores",
				table.at(totalRow.get()));
	}

	/** The numeric cells of a row in order; percentages kept only when asked. */
	private static List<ParsedCell> numbers(ParsedRow row, boolean percentages) {
		return TableView.cells(row)
			.stream()
			.filter((c) -> c.amount() != null && (percentages || !c.percent()))
			.toList();
	}

	/** Where 执行率 stands among the funds row's numbers: the percentage, else the fifth. */
	private static int rateIndex(List<ParsedCell> numbers) {
		for (int i = 0; i < numbers.size(); i++) {
			if (numbers.get(i).percent()) {
				return i;
			}
		}
		return (numbers.size() == 5 || numbers.size() == 6) ? 4 : -1;
	}

	/** Scores are exact to 0.01. */
	private static BigDecimal score(BigDecimal printed) {
		return (printed.scale() < 2) ? printed.setScale(2, RoundingMode.UNNECESSARY) : printed;
	}

}
