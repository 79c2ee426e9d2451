package org.disclosure.validate.rules.finalaccount;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.EconomicRows;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.Rows;

/**
 * X05-06: FA06 人员经费合计 + 公用经费合计 = FA05 基本支出 (合计 row); each = FA05 人员经费/公用经费 where FA05
 * splits them.
 */
public final class X0506Rule extends CatalogueRule {

	public X0506Rule() {
		super("X05-06", "FA06 人员经费合计 + 公用经费合计 = FA05 基本支出", Severity.ERROR, Tolerance.Kind.SUM,
				"FA06 人员经费合计, 公用经费合计; FA05 合计 row (基本支出, 人员经费, 公用经费)", Scope.CROSS_TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TableView> fa05 = TableView.find(document, "FA05");
		Optional<TableView> fa06 = TableView.find(document, "FA06");
		Optional<ParsedRow> total = fa05.flatMap(TableView::total);
		if (fa06.isEmpty() || total.isEmpty()) {
			return RuleOutcome.notApplicable("needs the 合计 row of FA05 and FA06");
		}
		TableView table = fa06.get();
		Optional<ParsedRow> personnelRow = EconomicRows.total(table, Rows.PERSONNEL, Rows.PERSONNEL_TOTAL);
		Optional<ParsedRow> publicRow = EconomicRows.total(table, Rows.PUBLIC_FUNDS, Rows.PUBLIC_FUNDS_TOTAL);
		Optional<BigDecimal> personnel = personnelRow.flatMap((r) -> table.amount(r, Columns.ECONOMIC_AMOUNT));
		Optional<BigDecimal> publicFunds = publicRow.flatMap((r) -> table.amount(r, Columns.ECONOMIC_AMOUNT));
		Findings findings = findings();
		Optional<BigDecimal> basic = fa05.get().amount(total.get(), Columns.BASIC);
		if (basic.isPresent() && personnel.isPresent() && publicFunds.isPresent()) {
			findings.judge(Tolerance.sum(basic.get(), List.of(personnel.get(), publicFunds.get())),
					"FA05 基本支出 = FA06 人员经费合计 + 公用经费合计", fa05.get().at(total.get(), "基本支出") + "; FA06 人员经费合计, 公用经费合计");
		}
		Optional<BigDecimal> splitPersonnel = fa05.get().amount(total.get(), Columns.PERSONNEL);
		if (splitPersonnel.isPresent() && personnel.isPresent()) {
			findings.judge(Tolerance.same(personnel.get(), splitPersonnel.get()), "FA05 人员经费 = FA06 人员经费合计",
					fa05.get().at(total.get(), "人员经费") + "; FA06 人员经费合计");
		}
		Optional<BigDecimal> splitPublic = fa05.get().amount(total.get(), Columns.PUBLIC_FUNDS);
		if (splitPublic.isPresent() && publicFunds.isPresent()) {
			findings.judge(Tolerance.same(publicFunds.get(), splitPublic.get()), "FA05 公用经费 = FA06 公用经费合计",
					fa05.get().at(total.get(), "公用经费") + "; FA06 公用经费合计");
		}
		return findings.outcome("FA06 prints no 人员经费合计/公用经费合计 or FA05 no 基本支出");
	}

}
