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

/** X04-05: 一般公共预算财政拨款支出决算表 (FA05) 合计 and 类 = the 一般公共预算 column of FA04. */
public final class X0405Rule extends CatalogueRule {

	public X0405Rule() {
		super("X04-05", "FA05 合计 and 类 = FA04 一般公共预算财政拨款 column, per 类", Severity.ERROR, Tolerance.Kind.SAME_FIGURE,
				"FA05 合计 and subject rows (小计); FA04 expenditure side (一般公共预算财政拨款)", Scope.CROSS_TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TwoSidedTable> fa04 = TableView.find(document, "FA04").flatMap(TwoSidedTable::of);
		Optional<TableView> fa05 = TableView.find(document, "FA05");
		if (fa04.isEmpty() || fa05.isEmpty() || !fa04.get().view().has(Columns.GENERAL_BUDGET)) {
			return RuleOutcome.notApplicable("needs FA04 with its 一般公共预算财政拨款 column and FA05");
		}
		Findings findings = findings();
		X0103Rule.totalAndClasses(fa04.get(), Columns.GENERAL_BUDGET, fa05.get(), Columns.SUBTOTAL, "本年支出合计", findings);
		return findings.outcome("FA04 and FA05 share no figure");
	}

}
