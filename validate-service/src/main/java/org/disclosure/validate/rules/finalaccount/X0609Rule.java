package org.disclosure.validate.rules.finalaccount;

import java.math.BigDecimal;
import java.util.Optional;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * X06-09: the 基本支出 part of 公务接待费 (FA06 30217) and 公务用车运行维护费 (30231) cannot exceed the 三公
 * 决算数 of FA09, which also covers 项目支出.
 */
public final class X0609Rule extends CatalogueRule {

	public X0609Rule() {
		super("X06-09", "FA06 30217 ≤ FA09 公务接待费, 30231 ≤ FA09 公务用车运行维护费 (决算数)", Severity.WARNING,
				Tolerance.Kind.SAME_FIGURE, "FA06 rows 30217, 30231; FA09 决算数 of 公务接待费, 公务用车运行维护费", Scope.CROSS_TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TableView> fa06 = TableView.find(document, "FA06");
		Optional<TableView> fa09 = TableView.find(document, "FA09");
		if (fa06.isEmpty() || fa09.isEmpty()) {
			return RuleOutcome.notApplicable("needs FA06 and FA09");
		}
		Findings findings = findings();
		atMost(fa06.get(), "30217", fa09.get(), Rows.RECEPTION, findings);
		atMost(fa06.get(), "30231", fa09.get(), Rows.VEHICLE_OPERATION, findings);
		return findings.outcome("FA06 prints neither 30217 nor 30231, or FA09 no 决算数");
	}

	private static void atMost(TableView fa06, String code, TableView fa09, Term item, Findings findings) {
		Optional<ParsedRow> economic = fa06.rowWithCode(code);
		Optional<BigDecimal> part = economic.flatMap((r) -> fa06.amount(r, Columns.ECONOMIC_AMOUNT));
		Optional<ParsedRow> threePublic = fa09.row(item);
		Optional<BigDecimal> whole = threePublic.flatMap((r) -> fa09.amount(r, Columns.ACTUAL));
		if (part.isPresent() && whole.isPresent()) {
			findings.judge(Tolerance.atMost(part.get(), whole.get()),
					"FA06 " + TableView.describe(economic.get()) + " ≤ FA09 " + item.name() + " 决算数",
					fa06.at(economic.get()) + "; " + fa09.at(threePublic.get(), "决算数"));
		}
	}

}
