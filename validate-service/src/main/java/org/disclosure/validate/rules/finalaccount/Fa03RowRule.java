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

/** FA03-ROW: in every row of 支出决算表, 本年支出合计 = Σ the expenditure columns. */
public final class Fa03RowRule extends CatalogueRule {

	private static final RowIdentity IDENTITY = RowIdentity.of(Columns.EXPENDITURE_TOTAL, Columns.BASIC,
			Columns.PROJECT, Columns.PAID_TO_SUPERIOR, Columns.BUSINESS_EXPENDITURE, Columns.SUBSIDY_TO_AFFILIATED);

	public Fa03RowRule() {
		super("FA03-ROW", "FA03 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助, every row", Severity.ERROR, Tolerance.Kind.SUM,
				"FA03 columns 本年支出合计 and at least two expenditure columns", Scope.TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TableView> fa03 = TableView.find(document, "FA03");
		if (fa03.isEmpty()) {
			return RuleOutcome.notApplicable("no FA03");
		}
		Findings findings = findings();
		if (!IDENTITY.check(fa03.get(), findings)) {
			return RuleOutcome.notApplicable("FA03 prints no 本年支出合计 column or fewer than two expenditure columns");
		}
		return findings.outcome("FA03 has no rows");
	}

}
