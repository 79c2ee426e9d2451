package org.disclosure.validate.rules.completeness;

import java.util.List;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;

/**
 * BU-CP: a budget contains BU01–BU12 and every table its table of contents lists (BU13,
 * BU14 where the province asks for them).
 */
public final class BudgetCompletenessRule extends CatalogueRule {

	public BudgetCompletenessRule() {
		super("BU-CP", "A budget contains BU01–BU12 and every table its table of contents lists", Severity.ERROR,
				Tolerance.Kind.NONE, "the table inventory (tables, tablesListedOnly), totals' sources", Scope.BUDGET);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		if (document.metadata() == null || document.metadata().docKind() != DocKind.BUDGET) {
			return RuleOutcome.notApplicable("not a budget");
		}
		if (document.tables() == null) {
			return RuleOutcome.notApplicable("the parser reported no table inventory");
		}
		Findings findings = findings();
		List<String> listedOnly = RequiredTables.listedOnly(document);
		List<String> missing = RequiredTables.missing(document, RequiredTables.BUDGET);
		if (!missing.isEmpty() && RequiredTables.attachedElsewhere(document, RequiredTables.BUDGET)) {
			findings.add(Severity.INFO, "预算表 BU01–BU12 published separately (附件); totals taken from the narrative",
					null, null, null, "tables " + String.join(", ", missing));
		}
		else if (!missing.isEmpty()) {
			findings.add(Severity.ERROR, "Required tables missing: " + RequiredTables.describe(missing, listedOnly),
					null, null, null, "tables " + String.join(", ", missing));
		}
		List<String> otherListed = listedOnly.stream().filter((code) -> !RequiredTables.BUDGET.contains(code)).toList();
		if (!otherListed.isEmpty()) {
			findings.add(Severity.ERROR,
					"Listed in the table of contents (目录) but not in the document: " + String.join(", ", otherListed),
					null, null, null, "目录; tables " + String.join(", ", otherListed));
		}
		return RuleOutcome.of(findings.list());
	}

}
