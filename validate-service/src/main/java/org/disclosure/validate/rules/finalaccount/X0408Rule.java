package org.disclosure.validate.rules.finalaccount;

import java.util.Optional;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.tables.TwoSidedTable;
import org.disclosure.validate.rules.vocabulary.Columns;

/** X04-08: 国有资本经营预算财政拨款支出决算表 (FA08) = the 国有资本经营 column of FA04. */
public final class X0408Rule extends CatalogueRule {

	public X0408Rule() {
		super("X04-08", "FA08 合计 and 类 = FA04 国有资本经营预算财政拨款 column", Severity.ERROR, Tolerance.Kind.SAME_FIGURE,
				"FA08 合计 and subject rows; FA04 expenditure side (国有资本经营预算财政拨款)", Scope.CROSS_TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TwoSidedTable> fa04 = TableView.find(document, "FA04").flatMap(TwoSidedTable::of);
		Optional<TableView> fa08 = TableView.find(document, "FA08");
		if (fa04.isEmpty() || fa08.isEmpty() || !fa04.get().view().has(Columns.STATE_CAPITAL_BUDGET)) {
			return RuleOutcome.notApplicable("needs FA04 with its 国有资本经营 column and FA08");
		}
		Findings findings = findings();
		X0103Rule.totalAndClasses(fa04.get(), Columns.STATE_CAPITAL_BUDGET, fa08.get(), Columns.SUBTOTAL, "本年支出合计",
				findings);
		return findings.outcome("FA04 and FA08 share no figure");
	}

}
