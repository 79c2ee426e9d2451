package org.disclosure.validate.rules.completeness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Publication;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.vocabulary.Names;

/**
 * CP-SECTIONS: a disclosure has its 概况, its narrative (情况说明) and its glossary (名词解释),
 * under whatever heading its province prints them. A file of the tables alone (a
 * spreadsheet, or the tables file of a split publication) has no sections to check.
 */
public final class RequiredSectionsRule extends CatalogueRule {

	/**
	 * Each required section with the headings provinces print it under: 概况 or 部门主要职能 /
	 * 机构设置 (Shanghai); 情况说明 or 编制说明; 名词解释.
	 */
	private static final List<Section> REQUIRED = List.of(
			new Section("概况", Pattern.compile("概况|主要职能|主要职责|职能职责|部门职责|机构设置")),
			new Section("情况说明 (narrative)", Pattern.compile("情况说明|编制说明|预算说明|决算说明|安排情况")),
			new Section("名词解释 (glossary)", Pattern.compile("名词解释|名词解析|专业名词|术语解释")));

	/** A required section and the headings that print it. */
	private record Section(String name, Pattern headings) {
	}

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
		for (Section required : REQUIRED) {
			if (document.sections().stream().noneMatch((s) -> required.headings().matcher(Names.fold(s)).find())) {
				missing.add(required.name());
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
		if (document.publication() != null && Publication.TABLES.equals(document.publication().part())) {
			return true;
		}
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
