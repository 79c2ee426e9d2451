package org.disclosure.validate.rules.budget;

import java.util.Optional;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.TwoSidedChecks;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.tables.TwoSidedTable;
import org.disclosure.validate.rules.vocabulary.Columns;

/**
 * BU01: 部门收支总体情况表 as FA01: 本年收入合计 = Σ income rows, 本年支出合计 = Σ 类 rows, 收入总计 = 本年收入合计 +
 * 上年结转结余, 支出总计 = 本年支出合计 + 年终结转结余, 收入总计 = 支出总计.
 */
public final class Bu01Rule extends CatalogueRule {

	public Bu01Rule() {
		super("BU01", "BU01 sums (本年收入合计, 本年支出合计 = Σ 类), totals (总计) and balance (收入总计 = 支出总计)", Severity.ERROR,
				Tolerance.Kind.SUM, "BU01 income rows, 类 rows, 本年合计, 结转结余, 总计", Scope.BUDGET);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TwoSidedTable> bu01 = TableView.find(document, "BU01").flatMap(TwoSidedTable::of);
		if (bu01.isEmpty()) {
			return RuleOutcome.notApplicable("no BU01 with income and expenditure sides");
		}
		Findings findings = findings();
		TwoSidedChecks.incomeSum(bu01.get(), findings);
		TwoSidedChecks.expenditureSum(bu01.get(), Columns.AMOUNT, findings);
		TwoSidedChecks.totals(bu01.get(), Columns.AMOUNT, Columns.AMOUNT, findings);
		TwoSidedChecks.balance(bu01.get(), Columns.AMOUNT, Columns.AMOUNT, findings);
		return findings.outcome("BU01 prints no totals");
	}

}
