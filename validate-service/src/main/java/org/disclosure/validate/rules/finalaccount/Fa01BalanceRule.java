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

/** FA01-BALANCE: 收入总计 = 支出总计. */
public final class Fa01BalanceRule extends CatalogueRule {

	public Fa01BalanceRule() {
		super("FA01-BALANCE", "FA01 收入总计 = 支出总计", Severity.ERROR, Tolerance.Kind.SAME_FIGURE, "FA01 总计 of both sides",
				Scope.TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TwoSidedTable> fa01 = TableView.find(document, "FA01").flatMap(TwoSidedTable::of);
		if (fa01.isEmpty()) {
			return RuleOutcome.notApplicable("no FA01 with income and expenditure sides");
		}
		Findings findings = findings();
		TwoSidedChecks.balance(fa01.get(), Columns.AMOUNT, Columns.AMOUNT, findings);
		return findings.outcome("FA01 prints no 总计 on one of its sides");
	}

}
