package org.disclosure.validate.rules.completeness;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;

/**
 * BU-CP: a budget contains the national core (BU01–BU06, BU08, BU09, BU11 where its set
 * includes it) and every table its table of contents lists; a province's extras are
 * recorded, not required.
 */
public final class BudgetCompletenessRule extends CatalogueRule {

	public BudgetCompletenessRule() {
		super("BU-CP",
				"A budget contains the national core (BU01–BU06, BU08, BU09, BU11 in its set) and every table its 目录 lists",
				Severity.ERROR, Tolerance.Kind.NONE, "the table inventory (tables, tablesListedOnly), totals' sources",
				Scope.BUDGET);
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
		List<String> core = RequiredTables.budget(document);
		List<String> missing = RequiredTables.missing(document, core);
		if (!missing.isEmpty() && RequiredTables.attachedElsewhere(document, core)) {
			findings.add(Severity.INFO, "预算表 published separately (附件); totals taken from the narrative", null, null,
					null, "tables " + String.join(", ", missing));
			return RuleOutcome.of(findings.list());
		}
		String unknown = RequiredTables.setUnknown(document);
		if (unknown != null) {
			return RuleOutcome.notApplicable(unknown);
		}
		List<String> otherListed = listedOnly.stream().filter((code) -> !core.contains(code)).toList();
		List<String> problems = new ArrayList<>();
		if (!missing.isEmpty()) {
			problems.add("Required tables missing: " + RequiredTables.describe(missing, listedOnly));
		}
		if (!otherListed.isEmpty()) {
			problems
				.add("listed in the table of contents (目录) but not in the document: " + String.join(", ", otherListed));
		}
		if (!problems.isEmpty()) {
			List<String> absent = new ArrayList<>(missing);
			absent.addAll(otherListed);
			findings.add(Severity.ERROR, String.join("; ", problems), null, null, null,
					(otherListed.isEmpty() ? "" : "目录; ") + "tables " + String.join(", ", absent));
		}
		return RuleOutcome.of(findings.list());
	}

}
