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
import org.disclosure.validate.rules.tables.Quantity;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Term;

/** FA06-TOTALS: 人员经费合计 = 301 + 303; 公用经费合计 = 302 + 307 + 310 + 399. */
public final class Fa06TotalsRule extends CatalogueRule {

	public Fa06TotalsRule() {
		super("FA06-TOTALS", "FA06 人员经费合计 = 301 + 303; 公用经费合计 = 302 + 307 + 310 + 399", Severity.ERROR,
				Tolerance.Kind.SUM, "FA06 人员经费合计, 公用经费合计 and the economic class rows (or their 5-digit rows)",
				Scope.TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TableView> fa06 = TableView.find(document, "FA06");
		if (fa06.isEmpty()) {
			return RuleOutcome.notApplicable("no FA06");
		}
		Findings findings = findings();
		total(fa06.get(), Rows.PERSONNEL, Rows.PERSONNEL_TOTAL, Rows.PERSONNEL_CLASSES, findings);
		total(fa06.get(), Rows.PUBLIC_FUNDS, Rows.PUBLIC_FUNDS_TOTAL, Rows.PUBLIC_FUNDS_CLASSES, findings);
		return findings.outcome("FA06 prints no 人员经费合计 or 公用经费合计");
	}

	private static void total(TableView table, String group, Term totalName, List<String> classes, Findings findings) {
		Optional<ParsedRow> total = EconomicRows.total(table, group, totalName);
		Optional<BigDecimal> printed = total.flatMap((r) -> table.amount(r, Columns.ECONOMIC_AMOUNT));
		if (printed.isEmpty()) {
			return;
		}
		Optional<Quantity> parts = EconomicRows.classesAmount(table, classes, Columns.ECONOMIC_AMOUNT);
		if (parts.isEmpty()) {
			return;
		}
		findings.judge(Quantity.compare(parts.get(), Quantity.printed(printed.get(), table.at(total.get()))),
				"FA06 " + TableView.nameOf(total.get()) + " = " + String.join(" + ", classes),
				table.at(total.get()) + "; " + parts.get().where());
	}

}
