package org.disclosure.validate.rules.finalaccount;

import java.math.BigDecimal;
import java.util.ArrayList;
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

/** FA06-ECON: each economic class (301, 302, 303, 307, 310, 399) = Σ its 5-digit rows. */
public final class Fa06EconomicRule extends CatalogueRule {

	public Fa06EconomicRule() {
		super("FA06-ECON", "FA06 301 = Σ301xx, 302 = Σ302xx, likewise 303, 307, 310, 399", Severity.ERROR,
				Tolerance.Kind.SUM, "FA06 economic rows with codes (3 and 5 digits) and their 决算数", Scope.TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TableView> fa06 = TableView.find(document, "FA06");
		if (fa06.isEmpty()) {
			return RuleOutcome.notApplicable("no FA06");
		}
		TableView table = fa06.get();
		Findings findings = findings();
		for (ParsedRow classRow : EconomicRows.classes(table)) {
			List<ParsedRow> children = EconomicRows.children(table, classRow.code());
			Optional<BigDecimal> printed = table.amount(classRow, Columns.ECONOMIC_AMOUNT);
			List<BigDecimal> amounts = new ArrayList<>();
			children.forEach((c) -> table.amount(c, Columns.ECONOMIC_AMOUNT).ifPresent(amounts::add));
			if (printed.isEmpty() || amounts.isEmpty()) {
				continue;
			}
			findings.judge(Tolerance.sum(printed.get(), amounts),
					"FA06 " + TableView.describe(classRow) + " = Σ" + classRow.code() + "xx",
					table.at(classRow) + "; rows " + classRow.code() + "xx (" + children.size() + ")");
		}
		return findings.outcome("FA06 prints no economic class row with its 5-digit rows");
	}

}
