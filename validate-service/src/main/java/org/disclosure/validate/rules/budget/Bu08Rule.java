package org.disclosure.validate.rules.budget;

import java.util.Optional;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.tables.ThreePublicTable;
import org.disclosure.validate.rules.vocabulary.Columns;

/** BU08: “三公”经费 合计 = 因公出国 + 公务用车 + 公务接待; 公务用车 = 购置 + 运行. */
public final class Bu08Rule extends CatalogueRule {

	public Bu08Rule() {
		super("BU08", "BU08 三公 合计 = 因公出国 + 公务用车 + 公务接待; 公务用车 = 购置 + 运行", Severity.ERROR, Tolerance.Kind.SUM,
				"BU08 item rows with 预算数", Scope.BUDGET);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TableView> bu08 = TableView.find(document, "BU08");
		if (bu08.isEmpty()) {
			return RuleOutcome.notApplicable("no BU08");
		}
		Findings findings = findings();
		if (!ThreePublicTable.check(bu08.get(), Columns.BUDGETED, findings)) {
			return RuleOutcome.notApplicable("BU08 prints no 合计 with its items");
		}
		return findings.outcome("BU08 prints no amounts");
	}

}
