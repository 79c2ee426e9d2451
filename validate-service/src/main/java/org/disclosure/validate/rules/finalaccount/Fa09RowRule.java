package org.disclosure.validate.rules.finalaccount;

import java.util.Optional;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.tables.ThreePublicTable;
import org.disclosure.validate.rules.vocabulary.Columns;

/** FA09-ROW: 三公 合计 = 出国 + 公务用车 + 接待; 公务用车 = 购置 + 运行维护, for 预算数 and 决算数. */
public final class Fa09RowRule extends CatalogueRule {

	public Fa09RowRule() {
		super("FA09-ROW", "FA09 合计 = 因公出国 + 公务用车 + 公务接待; 公务用车 = 购置 + 运行维护 (预算数, 决算数)", Severity.ERROR,
				Tolerance.Kind.SUM, "FA09 item rows (合计, 因公出国（境）费, 公务用车…, 公务接待费) with 预算数/决算数", Scope.TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TableView> fa09 = TableView.find(document, "FA09");
		if (fa09.isEmpty()) {
			return RuleOutcome.notApplicable("no FA09");
		}
		Findings findings = findings();
		boolean budgeted = ThreePublicTable.check(fa09.get(), Columns.BUDGETED, findings);
		boolean actual = ThreePublicTable.check(fa09.get(), Columns.ACTUAL, findings);
		if (!budgeted && !actual) {
			return RuleOutcome.notApplicable("FA09 prints no 合计 with its items");
		}
		return findings.outcome("FA09 prints no amounts");
	}

}
