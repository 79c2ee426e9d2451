package org.disclosure.validate.rules.narrative;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;

/**
 * NR-YEAR: a change is measured against a year before the document's. A 2023 budget that
 * says 比2023年预算增加, or a 2024 final account that says 与2025年度相比, names the wrong base year
 * (a template not updated). A final account may measure its year's 决算 against the same
 * year's 年初预算 (比2024年年初预算增加): that is no year-on-year change.
 */
public final class NarrativeComparisonYearRule extends CatalogueRule {

	/** A comparison naming its year: 比2022年预算, 较2023年度, 与2021年决算数相比, 同2020年. */
	private static final Pattern COMPARISON = Pattern
		.compile("(?:与|比|较|同)\\s*([0-9]{4})\\s*年度?\\s*(年初预算|调整预算|预算|决算|执行数)?");

	public NarrativeComparisonYearRule() {
		super("NR-YEAR", "A year-on-year change names a base year before the document's year", Severity.ERROR,
				Tolerance.Kind.NONE, "the sentences of the narrative's change and change-rate figures; the fiscal year",
				Scope.NARRATIVE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		String reason = Applicability.reasonNotDated(document);
		if (reason != null) {
			return RuleOutcome.notApplicable(reason);
		}
		int year = document.metadata().fiscalYear();
		boolean finalAccount = document.metadata().docKind() == DocKind.FINAL_ACCOUNT;
		Findings findings = findings();
		Set<String> sentences = new LinkedHashSet<>();
		for (NarrativeFigure figure : Figures.of(document)
			.where((f) -> Figures.is(f, FigureKind.CHANGE, FigureKind.CHANGE_RATE))) {
			if (figure.sentence() == null || !sentences.add(figure.sentence())) {
				continue;
			}
			Matcher comparison = COMPARISON.matcher(figure.sentence());
			while (comparison.find()) {
				findings.checked();
				int base = Integer.parseInt(comparison.group(1));
				boolean ownBudget = finalAccount && base == year && comparison.group(2) != null
						&& comparison.group(2).contains("预算");
				if (base < year || ownBudget) {
					continue;
				}
				String which = (base == year) ? "the document's own year" : "a year after the document's";
				findings.add(Severity.ERROR,
						"The change is measured against " + base + " (“" + comparison.group().strip() + "”), " + which
								+ ": a " + year + " " + (finalAccount ? "final account" : "budget") + " compares with "
								+ (year - 1) + " or earlier",
						null, null, null, Figures.at(figure));
			}
		}
		return findings.outcome("no change in the narrative names its base year");
	}

}
