package org.disclosure.validate.rules.completeness;

import java.util.List;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.vocabulary.Names;

/**
 * CP-EMPTY-NOTE: a note saying a table is empty is true of that table. It names the
 * table's own fund, not another's (a 说明 copied from the 政府性基金 table under the 国有资本经营
 * table), and stands under a table that prints no amount.
 */
public final class EmptyTableNoteRule extends CatalogueRule {

	public EmptyTableNoteRule() {
		super("CP-EMPTY-NOTE", "An empty-table 说明 names the table's own fund and stands under an empty table",
				Severity.ERROR, Tolerance.Kind.NONE, "the 说明 and 注 of the tables, their amounts", Scope.COMPLETENESS);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		if (document.tableContents() == null || document.tableContents().isEmpty()) {
			return RuleOutcome.notApplicable("the parser reported no table contents");
		}
		Findings findings = findings();
		for (ParsedTable table : document.tableContents()) {
			List<String> saying = EmptyTableNotes.saying(table);
			if (saying.isEmpty()) {
				continue;
			}
			findings.checked();
			String title = (table.title() != null) ? table.title() : table.code();
			if (!TableView.of(table).empty()) {
				findings.add(Severity.ERROR, table.code() + " " + title
						+ " prints amounts, but its note says it is empty: “" + saying.get(0) + "”", null, null, null,
						table.code() + " note");
				continue;
			}
			EmptyTableNotes.Fund own = EmptyTableNotes.Fund.of(table.code());
			if (own == null) {
				continue;
			}
			for (String note : saying) {
				String folded = Names.fold(note);
				for (EmptyTableNotes.Fund other : EmptyTableNotes.Fund.values()) {
					if (other != own && folded.contains(other.word()) && !folded.contains(own.word())) {
						findings.add(Severity.ERROR,
								table.code() + " " + title + " (" + own.word() + ") is empty with a note naming "
										+ other.word() + " instead: “" + note + "”",
								null, null, null, table.code() + " note");
					}
				}
			}
		}
		return findings.outcome("no table carries a note saying it is empty");
	}

}
