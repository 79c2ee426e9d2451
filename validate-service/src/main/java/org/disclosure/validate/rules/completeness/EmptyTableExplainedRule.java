package org.disclosure.validate.rules.completeness;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.TableView;

/**
 * CP-EMPTY: a standard table without any amount (政府性基金, 国有资本经营, 三公 when there are none)
 * says why it is empty: a 说明 or 注 under it, or the narrative's section on it stating the
 * amount is nil.
 */
public final class EmptyTableExplainedRule extends CatalogueRule {

	public EmptyTableExplainedRule() {
		super("CP-EMPTY", "An empty table says why it is empty (说明, 注, or the narrative)", Severity.ERROR,
				Tolerance.Kind.NONE,
				"the money tables (FA01–FA13, BU01–BU12, BU15) with their amounts, 说明 and 注; narrative figures",
				Scope.COMPLETENESS);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		if (document.tableContents() == null || document.tableContents().isEmpty()) {
			return RuleOutcome.notApplicable("the parser reported no table contents");
		}
		Findings findings = findings();
		List<String> unexplained = new ArrayList<>();
		for (ParsedTable table : document.tableContents()) {
			if (table.code() == null || !table.code().matches("FA[0-9]{2}|BU(0[1-9]|1[0-2]|15)")) {
				continue;
			}
			findings.checked();
			if (TableView.of(table).empty() && EmptyTableNotes.saying(table).isEmpty()
					&& !EmptyTableNotes.narrativeSaysNil(document, table)) {
				unexplained.add(table.code());
			}
		}
		if (!unexplained.isEmpty()) {
			findings.add(Severity.ERROR, "Empty tables without a 说明: " + String.join(", ", unexplained), null, null,
					null, "tables " + String.join(", ", unexplained));
		}
		return findings.outcome("no standard table among the table contents");
	}

}
