package org.disclosure.validate.rules.completeness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.vocabulary.Names;

/**
 * CP-SECTIONS: a disclosure has its 概况, its narrative (情况说明) and its glossary (名词解释). A
 * spreadsheet of the tables alone has no sections to check.
 */
public final class RequiredSectionsRule extends CatalogueRule {

	private static final List<String[]> REQUIRED = List.of(new String[] { "概况", "概况" },
			new String[] { "情况说明", "情况说明 (narrative)" }, new String[] { "名词解释", "名词解释 (glossary)" });

	public RequiredSectionsRule() {
		super("CP-SECTIONS", "概况, 情况说明 and 名词解释 sections present", Severity.ERROR, Tolerance.Kind.NONE,
				"section headings", Scope.COMPLETENESS);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		if (tablesOnly(document)) {
			return RuleOutcome.notApplicable("the source holds the tables only");
		}
		if (document.sections() == null) {
			return RuleOutcome.notApplicable("the parser reported no sections");
		}
		List<String> missing = new ArrayList<>();
		for (String[] required : REQUIRED) {
			if (document.sections().stream().noneMatch((s) -> Names.fold(s).contains(required[0]))) {
				missing.add(required[1]);
			}
		}
		Findings findings = findings();
		if (!missing.isEmpty()) {
			findings.add(Severity.ERROR, "Sections missing: " + String.join(", ", missing), null, null, null,
					"section headings");
		}
		return RuleOutcome.of(findings.list());
	}

	/**
	 * True for a spreadsheet holding only the tables (the fixtures' -tables.xlsx): it
	 * states no narrative figure. Its sections may hold a part heading printed above a
	 * sheet (第二部分 …决算), which is no narrative.
	 */
	static boolean tablesOnly(DocumentParsed document) {
		boolean noNarrative = document.figures() == null || document.figures().isEmpty();
		if (!noNarrative || document.source() == null) {
			return false;
		}
		String type = String.valueOf(document.source().mediaType()).toLowerCase(Locale.ROOT);
		String name = String.valueOf(document.source().fileName()).toLowerCase(Locale.ROOT);
		return type.contains("spreadsheet") || type.contains("excel") || name.endsWith(".xlsx") || name.endsWith(".xls")
				|| name.endsWith(".csv");
	}

}
