package org.disclosure.validate.rules.finalaccount;

import java.util.Optional;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.tables.TwoSidedChecks;
import org.disclosure.validate.rules.tables.TwoSidedTable;
import org.disclosure.validate.rules.vocabulary.Columns;

/**
 * FA01-TOTALS: 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余; 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余.
 */
public final class Fa01TotalsRule extends CatalogueRule {

	public Fa01TotalsRule() {
		super("FA01-TOTALS", "FA01 总计 = 本年合计 + 结余/结转 rows, on both sides", Severity.ERROR, Tolerance.Kind.SUM,
				"FA01 总计, 本年收入合计, 使用非财政拨款结余, 年初结转和结余, 本年支出合计, 结余分配, 年末结转和结余", Scope.TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TwoSidedTable> fa01 = TableView.find(document, "FA01").flatMap(TwoSidedTable::of);
		if (fa01.isEmpty()) {
			return RuleOutcome.notApplicable("no FA01 with income and expenditure sides");
		}
		Findings findings = findings();
		TwoSidedChecks.totals(fa01.get(), Columns.AMOUNT, Columns.AMOUNT, findings);
		return findings.outcome("FA01 prints no 总计");
	}

}
