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

/** FA02-ROW: in every row of 收入决算表, 本年收入合计 = Σ the income columns. */
public final class Fa02RowRule extends CatalogueRule {

	private static final RowIdentity IDENTITY = RowIdentity.of(Columns.INCOME_TOTAL, Columns.FISCAL_INCOME,
			Columns.SUPERIOR_SUBSIDY_INCOME, Columns.SERVICE_INCOME, Columns.BUSINESS_INCOME, Columns.AFFILIATED_INCOME,
			Columns.OTHER_INCOME);

	public Fa02RowRule() {
		super("FA02-ROW", "FA02 本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他, every row", Severity.ERROR,
				Tolerance.Kind.SUM, "FA02 columns 本年收入合计 and at least two income columns", Scope.TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TableView> fa02 = TableView.find(document, "FA02");
		if (fa02.isEmpty()) {
			return RuleOutcome.notApplicable("no FA02");
		}
		Findings findings = findings();
		if (!IDENTITY.check(fa02.get(), findings)) {
			return RuleOutcome.notApplicable("FA02 prints no 本年收入合计 column or fewer than two income columns");
		}
		return findings.outcome("FA02 has no rows");
	}

}
