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

/** FA01-INC-SUM: 本年收入合计 = Σ income rows 1–8 of 收入支出决算总表. */
public final class Fa01IncomeSumRule extends CatalogueRule {

	public Fa01IncomeSumRule() {
		super("FA01-INC-SUM", "FA01 本年收入合计 = Σ income rows 1–8", Severity.ERROR, Tolerance.Kind.SUM,
				"FA01 income side: rows above 本年收入合计 and 本年收入合计 (金额)", Scope.TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TwoSidedTable> fa01 = TableView.find(document, "FA01").flatMap(TwoSidedTable::of);
		if (fa01.isEmpty()) {
			return RuleOutcome.notApplicable("no FA01 with income and expenditure sides");
		}
		Findings findings = findings();
		TwoSidedChecks.incomeSum(fa01.get(), findings);
		return findings.outcome("FA01 prints no 本年收入合计 or no income rows");
	}

}
