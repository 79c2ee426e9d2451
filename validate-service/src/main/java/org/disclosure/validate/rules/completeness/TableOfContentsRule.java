package org.disclosure.validate.rules.completeness;

import java.util.List;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;

/**
 * CP-TOC: every table the table of contents (目录) of a final account lists exists. The
 * required FA01–FA09 are CP-TABLES' concern, so each gap is reported once.
 */
public final class TableOfContentsRule extends CatalogueRule {

	public TableOfContentsRule() {
		super("CP-TOC", "Every table the table of contents lists exists (beyond FA01–FA09)", Severity.ERROR,
				Tolerance.Kind.NONE, "tablesListedOnly", Scope.COMPLETENESS, DocKind.FINAL_ACCOUNT);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		if (document.metadata() == null || document.metadata().docKind() != DocKind.FINAL_ACCOUNT) {
			return RuleOutcome.notApplicable("not a final account (budgets: BU-CP)");
		}
		if (document.tablesListedOnly() == null) {
			return RuleOutcome.notApplicable("the parser reported no table of contents");
		}
		List<String> listedOnly = document.tablesListedOnly()
			.stream()
			.filter((code) -> !RequiredTables.FINAL_ACCOUNT.contains(code))
			.toList();
		Findings findings = findings();
		if (!listedOnly.isEmpty()) {
			findings.add(Severity.ERROR,
					"Listed in the table of contents (目录) but not in the document: " + String.join(", ", listedOnly),
					null, null, null, "目录; tables " + String.join(", ", listedOnly));
		}
		return RuleOutcome.of(findings.list());
	}

}
