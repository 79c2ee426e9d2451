package org.disclosure.validate.rules.finalaccount;

import java.util.List;
import java.util.Optional;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.RowIdentity;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.vocabulary.Columns;

/** FA07-ROW: 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出 (and 本年支出 = 基本 + 项目), every row. */
public final class Fa07RowRule extends CatalogueRule {

	private static final RowIdentity CARRY = new RowIdentity(Columns.CARRIED_OUT,
			List.of(Columns.CARRIED_IN, Columns.YEAR_INCOME), List.of(Columns.YEAR_EXPENDITURE));

	private static final RowIdentity EXPENDITURE = RowIdentity.of(Columns.YEAR_EXPENDITURE, Columns.BASIC,
			Columns.PROJECT);

	public Fa07RowRule() {
		super("FA07-ROW", "FA07 年末 = 年初 + 本年收入 − 本年支出 (本年支出 = 基本 + 项目), every row", Severity.ERROR, Tolerance.Kind.SUM,
				"FA07 columns 年初结转和结余, 本年收入, 本年支出, 年末结转和结余", Scope.TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TableView> fa07 = TableView.find(document, "FA07");
		if (fa07.isEmpty()) {
			return RuleOutcome.notApplicable("no FA07");
		}
		Findings findings = findings();
		boolean carry = CARRY.check(fa07.get(), findings);
		boolean expenditure = EXPENDITURE.check(fa07.get(), findings);
		if (!carry && !expenditure) {
			return RuleOutcome.notApplicable("FA07 prints none of its carry-over columns");
		}
		return findings.outcome("FA07 has no rows");
	}

}
