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

/** FA04-BALANCE: 财政拨款 收入总计 = 支出总计 (合计 column). */
public final class Fa04BalanceRule extends CatalogueRule {

	public Fa04BalanceRule() {
		super("FA04-BALANCE", "FA04 收入总计 = 支出总计", Severity.ERROR, Tolerance.Kind.SAME_FIGURE,
				"FA04 总计 of both sides (支出: 合计 column)", Scope.TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TwoSidedTable> fa04 = TableView.find(document, "FA04").flatMap(TwoSidedTable::of);
		if (fa04.isEmpty()) {
			return RuleOutcome.notApplicable("no FA04 with income and expenditure sides");
		}
		Findings findings = findings();
		TwoSidedChecks.balance(fa04.get(), Columns.AMOUNT, Columns.FISCAL_TOTAL, findings);
		return findings.outcome("FA04 prints no 总计 on one of its sides");
	}

}
