package org.disclosure.validate.rules.completeness;

import java.util.List;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;

/**
 * CP-TABLES: a final account publishes FA01–FA09 (DOMAIN.md, canonical codes), or states
 * that they are attached elsewhere. Each missing table is an error.
 */
public final class RequiredTablesRule extends CatalogueRule {

	public RequiredTablesRule() {
		super("CP-TABLES", "A final account contains FA01–FA09 (or states them attached elsewhere)", Severity.ERROR,
				Tolerance.Kind.NONE, "the table inventory (tables, tablesListedOnly), totals' sources",
				Scope.COMPLETENESS, DocKind.FINAL_ACCOUNT);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		if (document.metadata() == null || document.metadata().docKind() != DocKind.FINAL_ACCOUNT) {
			return RuleOutcome.notApplicable("not a final account");
		}
		if (document.tables() == null) {
			return RuleOutcome.notApplicable("the parser reported no table inventory");
		}
		Findings findings = findings();
		List<String> missing = RequiredTables.missing(document, RequiredTables.FINAL_ACCOUNT);
		if (missing.isEmpty()) {
			return RuleOutcome.passed();
		}
		String unknown = RequiredTables.setUnknown(document);
		if (unknown != null && !RequiredTables.attachedElsewhere(document, RequiredTables.FINAL_ACCOUNT)) {
			return RuleOutcome.notApplicable(unknown);
		}
		if (RequiredTables.attachedElsewhere(document, RequiredTables.FINAL_ACCOUNT)) {
			findings.add(Severity.INFO, "决算表 FA01–FA09 published separately (附件); totals taken from the narrative",
					null, null, null, "tables " + String.join(", ", missing));
			return RuleOutcome.of(findings.list());
		}
		findings.add(Severity.ERROR,
				"Required tables missing: " + RequiredTables.describe(missing, RequiredTables.listedOnly(document)),
				null, null, null, "tables " + String.join(", ", missing));
		return RuleOutcome.of(findings.list());
	}

}
