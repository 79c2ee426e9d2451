package org.disclosure.validate.rules.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.Quantity;
import org.disclosure.validate.rules.tables.RowIdentity;
import org.disclosure.validate.rules.tables.TableFigures;
import org.disclosure.validate.rules.tables.Subjects;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * BU06: 一般公共预算基本支出情况表: 合计 = 人员经费 + 公用经费 and the column sums; its 合计, 人员经费, 公用经费 = BU05
 * 基本支出, 工资福利 + 对个人和家庭的补助, 商品和服务 + 资本性; and no 302/307/310/399 row in the 人员经费 column (nor
 * 301/303 in 公用经费).
 */
public final class Bu06Rule extends CatalogueRule {

	private static final RowIdentity ROW = RowIdentity.of(Columns.TOTAL, Columns.PERSONNEL, Columns.PUBLIC_FUNDS);

	public Bu06Rule() {
		super("BU06", "BU06 合计 = 人员经费 + 公用经费 = Σ rows; 合计, 人员, 公用 = BU05; rows in the column their code belongs to",
				Severity.ERROR, Tolerance.Kind.SUM,
				"BU06 rows (economic codes) with 合计/人员经费/公用经费; BU05 (else BU03) 合计 row", Scope.BUDGET);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TableView> bu06 = TableView.find(document, "BU06");
		if (bu06.isEmpty()) {
			return RuleOutcome.notApplicable("no BU06");
		}
		TableView table = bu06.get();
		Findings findings = findings();
		ROW.check(table, findings);
		Optional<ParsedRow> total = table.total();
		List<ParsedRow> rows = table.rows().stream().filter((r) -> total.isEmpty() || r != total.get()).toList();
		for (Term column : List.of(Columns.TOTAL, Columns.PERSONNEL, Columns.PUBLIC_FUNDS)) {
			columnSum(table, total, rows, column, findings);
		}
		String reference = TableView.find(document, "BU05").isPresent() ? "BU05" : "BU03";
		String misplaced = misplaced(table, rows, findings);
		against(table, total, Columns.TOTAL, TableFigures.total(document, reference, Columns.BASIC), "", findings);
		against(table, total, Columns.PERSONNEL,
				TableFigures.totalSum(document, reference, Columns.WAGES, Columns.PERSONAL_SUBSIDIES), misplaced,
				findings);
		against(table, total, Columns.PUBLIC_FUNDS,
				TableFigures.totalSum(document, reference, Columns.GOODS_AND_SERVICES, Columns.CAPITAL), misplaced,
				findings);
		return findings.outcome("BU06 prints no 合计, 人员经费 or 公用经费");
	}

	private static void columnSum(TableView table, Optional<ParsedRow> total, List<ParsedRow> rows, Term column,
			Findings findings) {
		Optional<BigDecimal> printed = total.flatMap((t) -> table.amount(t, column));
		List<BigDecimal> amounts = new ArrayList<>();
		Subjects.outermost(rows).forEach((r) -> table.amount(r, column).ifPresent(amounts::add));
		if (printed.isPresent() && !amounts.isEmpty()) {
			String name = table.column(column).orElse(column.name());
			findings.judge(Tolerance.sum(printed.get(), amounts), "BU06 合计 row " + name + " = Σ rows",
					table.at(total.get(), name));
		}
	}

	private static void against(TableView table, Optional<ParsedRow> total, Term column, Optional<Quantity> expected,
			String explanation, Findings findings) {
		Optional<BigDecimal> printed = total.flatMap((t) -> table.amount(t, column));
		if (printed.isEmpty() || expected.isEmpty()) {
			return;
		}
		String name = table.column(column).orElse(column.name());
		findings.judge(Quantity.compare(expected.get(), Quantity.printed(printed.get(), table.at(total.get(), name))),
				"BU06 " + name + " = " + expected.get().where() + explanation,
				table.at(total.get(), name) + "; " + expected.get().where());
	}

	/** Rows whose amount sits in the column their economic class does not belong to. */
	private static String misplaced(TableView table, List<ParsedRow> rows, Findings findings) {
		List<String> wrong = new ArrayList<>();
		BigDecimal amount = BigDecimal.ZERO;
		for (ParsedRow row : rows) {
			String code = row.code();
			if (code == null || code.length() < 3) {
				continue;
			}
			boolean personnelClass = Rows.PERSONNEL_CLASSES.contains(code.substring(0, 3));
			boolean publicClass = Rows.PUBLIC_FUNDS_CLASSES.contains(code.substring(0, 3));
			Term wrongColumn = personnelClass ? Columns.PUBLIC_FUNDS : publicClass ? Columns.PERSONNEL : null;
			Optional<BigDecimal> misplaced = (wrongColumn != null) ? table.amount(row, wrongColumn) : Optional.empty();
			if (misplaced.isPresent() && misplaced.get().signum() != 0) {
				wrong.add(TableView.describe(row) + " " + misplaced.get().toPlainString());
				amount = amount.add(misplaced.get());
			}
		}
		if (wrong.isEmpty()) {
			return "";
		}
		findings.add(Severity.ERROR,
				"BU06 rows in the column their economic class does not belong to (302/307/310/399 are 公用经费, 301/303 人员经费): "
						+ String.join("; ", wrong),
				BigDecimal.ZERO, amount, amount, "BU06 rows " + String.join("; ", wrong));
		return " (" + wrong.size() + " rows misplaced, " + amount.toPlainString() + ")";
	}

}
