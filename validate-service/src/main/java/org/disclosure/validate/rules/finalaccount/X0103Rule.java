package org.disclosure.validate.rules.finalaccount;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.Quantity;
import org.disclosure.validate.rules.tables.Subjects;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.tables.TwoSidedTable;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.FunctionalClasses;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Term;

/** X01-03: 支出决算表 (FA03) 合计 and 类 amounts = the expenditure rows of FA01. */
public final class X0103Rule extends CatalogueRule {

	public X0103Rule() {
		super("X01-03", "FA03 合计 and 类 rows (or Σ项 per 类) = FA01 本年支出合计 and 类 rows", Severity.ERROR,
				Tolerance.Kind.SAME_FIGURE, "FA03 合计 row and subject rows (本年支出合计); FA01 expenditure side",
				Scope.CROSS_TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TwoSidedTable> fa01 = TableView.find(document, "FA01").flatMap(TwoSidedTable::of);
		Optional<TableView> fa03 = TableView.find(document, "FA03");
		if (fa01.isEmpty() || fa03.isEmpty()) {
			return RuleOutcome.notApplicable("needs FA01 and FA03");
		}
		Findings findings = findings();
		totalAndClasses(fa01.get(), Columns.AMOUNT, fa03.get(), Columns.EXPENDITURE_TOTAL, "本年支出合计", findings);
		return findings.outcome("FA01 and FA03 share no expenditure figure");
	}

	/**
	 * A subject table's 合计 and 类 amounts in {@code column} against the 本年支出合计 and 类 rows
	 * of a two-sided table in {@code sideColumn} (X01-03, X04-05, X04-07, X04-08).
	 */
	static void totalAndClasses(TwoSidedTable side, Term sideColumn, TableView table, Term column, String what,
			Findings findings) {
		TableView sideView = side.view();
		String sideColumnName = sideView.column(sideColumn).orElse(sideColumn.name());
		String columnName = table.column(column).orElse(column.name());
		Optional<ParsedRow> sideTotal = side.expenditure(Rows.EXPENDITURE_TOTAL);
		Optional<BigDecimal> expectedTotal = sideTotal.flatMap((r) -> sideView.amount(r, sideColumn));
		Optional<ParsedRow> total = table.total();
		Optional<BigDecimal> actualTotal = total.flatMap((r) -> table.amount(r, column));
		if (expectedTotal.isPresent() && actualTotal.isPresent()) {
			findings.judge(Tolerance.same(expectedTotal.get(), actualTotal.get()),
					table.code() + " 合计 " + columnName + " = " + sideView.code() + " " + what + " (" + sideColumnName
							+ ")",
					table.at(total.get(), columnName) + "; " + sideView.at(sideTotal.get(), sideColumnName));
		}
		Map<String, Quantity> classes = Subjects.byClass(table, column);
		for (ParsedRow sideRow : side.expenditureClasses()) {
			String classCode = TwoSidedTable.classCode(sideRow);
			Optional<BigDecimal> expected = sideView.amount(sideRow, sideColumn);
			if (classCode == null || expected.isEmpty()) {
				continue;
			}
			Quantity actual = classes.get(classCode);
			String label = classCode + " " + FunctionalClasses.nameOf(classCode);
			if (actual == null) {
				if (expected.get().signum() != 0 && !classes.isEmpty()) {
					findings.judge(Tolerance.same(expected.get(), BigDecimal.ZERO.setScale(expected.get().scale())),
							table.code() + " prints no rows of 类 " + label + " that " + sideView.code() + " gives",
							sideView.at(sideRow, sideColumnName) + "; " + table.code() + " (no rows of " + classCode
									+ ")");
				}
				continue;
			}
			findings.judge(Quantity.compare(Quantity.printed(expected.get(), sideView.at(sideRow)), actual),
					table.code() + " 类 " + label + " (" + columnName + ") = " + sideView.code() + " row ("
							+ sideColumnName + ")",
					actual.where() + ", column " + columnName + "; " + sideView.at(sideRow, sideColumnName));
		}
	}

}
