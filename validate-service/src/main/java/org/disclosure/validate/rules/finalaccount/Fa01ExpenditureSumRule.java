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

/** FA01-EXP-SUM: 本年支出合计 = Σ functional 类 rows of 收入支出决算总表. */
public final class Fa01ExpenditureSumRule extends CatalogueRule {

	public Fa01ExpenditureSumRule() {
		super("FA01-EXP-SUM", "FA01 本年支出合计 = Σ functional 类 rows", Severity.ERROR, Tolerance.Kind.SUM,
				"FA01 expenditure side: 类 rows and 本年支出合计 (金额)", Scope.TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TwoSidedTable> fa01 = TableView.find(document, "FA01").flatMap(TwoSidedTable::of);
		if (fa01.isEmpty()) {
			return RuleOutcome.notApplicable("no FA01 with income and expenditure sides");
		}
		Findings findings = findings();
		TwoSidedChecks.expenditureSum(fa01.get(), Columns.AMOUNT, findings);
		return findings.outcome("FA01 prints no 本年支出合计 or no 类 rows");
	}

}
