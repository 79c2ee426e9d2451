package org.disclosure.validate.rules.finalaccount;

import java.util.List;
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
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * FA04-SUMS: as FA01, 本年收入合计 = Σ the three 财政拨款 income rows and 本年支出合计 = Σ 类 rows, in
 * each expenditure column.
 */
public final class Fa04SumsRule extends CatalogueRule {

	public Fa04SumsRule() {
		super("FA04-SUMS", "FA04 本年收入合计 = Σ income rows; 本年支出合计 = Σ 类 rows, every column", Severity.ERROR,
				Tolerance.Kind.SUM, "FA04 income rows, 类 rows, 本年收入合计, 本年支出合计", Scope.TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TwoSidedTable> fa04 = TableView.find(document, "FA04").flatMap(TwoSidedTable::of);
		if (fa04.isEmpty()) {
			return RuleOutcome.notApplicable("no FA04 with income and expenditure sides");
		}
		Findings findings = findings();
		TwoSidedChecks.incomeSum(fa04.get(), findings);
		for (Term column : Fa04Columns.EXPENDITURE) {
			if (fa04.get().view().has(column)) {
				TwoSidedChecks.expenditureSum(fa04.get(), column, findings);
			}
		}
		return findings.outcome("FA04 prints no 本年收入合计 or 本年支出合计 with their rows");
	}

	/** The expenditure columns of FA04. */
	static final class Fa04Columns {

		static final List<Term> EXPENDITURE = List.of(Columns.FISCAL_TOTAL, Columns.GENERAL_BUDGET, Columns.FUND_BUDGET,
				Columns.STATE_CAPITAL_BUDGET);

		private Fa04Columns() {
		}

	}

}
