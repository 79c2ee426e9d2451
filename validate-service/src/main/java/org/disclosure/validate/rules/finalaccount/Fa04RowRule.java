package org.disclosure.validate.rules.finalaccount;

import java.util.Optional;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.RowIdentity;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.vocabulary.Columns;

/** FA04-ROW: on the expenditure side of 财政拨款收入支出决算总表, 合计 = 一般公共预算 + 政府性基金 + 国有资本经营. */
public final class Fa04RowRule extends CatalogueRule {

	private static final RowIdentity IDENTITY = RowIdentity.of(Columns.FISCAL_TOTAL, Columns.GENERAL_BUDGET,
			Columns.FUND_BUDGET, Columns.STATE_CAPITAL_BUDGET);

	public Fa04RowRule() {
		super("FA04-ROW", "FA04 合计 = 一般公共预算 + 政府性基金 + 国有资本经营 财政拨款, every expenditure row", Severity.ERROR,
				Tolerance.Kind.SUM, "FA04 expenditure columns 合计, 一般公共预算财政拨款, 政府性基金预算财政拨款, 国有资本经营预算财政拨款", Scope.TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TableView> fa04 = TableView.find(document, "FA04");
		if (fa04.isEmpty()) {
			return RuleOutcome.notApplicable("no FA04");
		}
		Findings findings = findings();
		if (!IDENTITY.check(fa04.get(), findings)) {
			return RuleOutcome.notApplicable("FA04 prints no 合计 with its three fund columns");
		}
		return findings.outcome("FA04 has no expenditure rows");
	}

}
