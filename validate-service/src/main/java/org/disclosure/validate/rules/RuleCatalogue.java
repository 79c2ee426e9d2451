package org.disclosure.validate.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.Validation;
import org.disclosure.validate.rules.budget.Bu01Rule;
import org.disclosure.validate.rules.budget.Bu03RowRule;
import org.disclosure.validate.rules.budget.Bu05RowRule;
import org.disclosure.validate.rules.budget.Bu06Rule;
import org.disclosure.validate.rules.budget.Bu08Rule;
import org.disclosure.validate.rules.budget.Bu10Rule;
import org.disclosure.validate.rules.budget.Bu12Rule;
import org.disclosure.validate.rules.budget.BudgetNarrativeRule;
import org.disclosure.validate.rules.budget.BudgetPerformanceRule;
import org.disclosure.validate.rules.completeness.BudgetCompletenessRule;
import org.disclosure.validate.rules.completeness.EmptyTableExplainedRule;
import org.disclosure.validate.rules.completeness.EmptyTableNoteRule;
import org.disclosure.validate.rules.completeness.RequiredSectionsRule;
import org.disclosure.validate.rules.completeness.RequiredTablesRule;
import org.disclosure.validate.rules.completeness.TableOfContentsMatchRule;
import org.disclosure.validate.rules.completeness.TableOfContentsRule;
import org.disclosure.validate.rules.finalaccount.Fa01BalanceRule;
import org.disclosure.validate.rules.finalaccount.Fa01ExpenditureSumRule;
import org.disclosure.validate.rules.finalaccount.Fa01IncomeSumRule;
import org.disclosure.validate.rules.finalaccount.Fa01TotalsRule;
import org.disclosure.validate.rules.finalaccount.Fa02RowRule;
import org.disclosure.validate.rules.finalaccount.Fa03RowRule;
import org.disclosure.validate.rules.finalaccount.Fa04BalanceRule;
import org.disclosure.validate.rules.finalaccount.Fa04RowRule;
import org.disclosure.validate.rules.finalaccount.Fa04SumsRule;
import org.disclosure.validate.rules.finalaccount.Fa04TotalsRule;
import org.disclosure.validate.rules.finalaccount.Fa05RowRule;
import org.disclosure.validate.rules.finalaccount.Fa06EconomicRule;
import org.disclosure.validate.rules.finalaccount.Fa06TotalsRule;
import org.disclosure.validate.rules.finalaccount.Fa07RowRule;
import org.disclosure.validate.rules.finalaccount.Fa09RowRule;
import org.disclosure.validate.rules.finalaccount.HierarchyRule;
import org.disclosure.validate.rules.finalaccount.SubjectCodeRule;
import org.disclosure.validate.rules.finalaccount.X0102Rule;
import org.disclosure.validate.rules.finalaccount.X0103Rule;
import org.disclosure.validate.rules.finalaccount.X0104Rule;
import org.disclosure.validate.rules.finalaccount.X0405Rule;
import org.disclosure.validate.rules.finalaccount.X0407Rule;
import org.disclosure.validate.rules.finalaccount.X0408Rule;
import org.disclosure.validate.rules.finalaccount.X0506Rule;
import org.disclosure.validate.rules.finalaccount.X0609Rule;
import org.disclosure.validate.rules.narrative.NarrativeAssetRule;
import org.disclosure.validate.rules.narrative.NarrativeBasicRule;
import org.disclosure.validate.rules.narrative.NarrativeDetailRule;
import org.disclosure.validate.rules.narrative.NarrativeExpenditureRule;
import org.disclosure.validate.rules.narrative.NarrativeGeneralBudgetRule;
import org.disclosure.validate.rules.narrative.NarrativeIncomeRule;
import org.disclosure.validate.rules.narrative.NarrativePerformanceRule;
import org.disclosure.validate.rules.narrative.NarrativeProcurementRule;
import org.disclosure.validate.rules.narrative.NarrativeStructureRule;
import org.disclosure.validate.rules.narrative.NarrativeThreePublicRule;
import org.disclosure.validate.rules.narrative.NarrativeTotalRule;
import org.disclosure.validate.rules.narrative.NarrativeYearOnYearRule;
import org.disclosure.validate.rules.narrative.NarrativeChangesRule;
import org.disclosure.validate.rules.narrative.NarrativeComparisonYearRule;
import org.disclosure.validate.rules.narrative.NarrativeSourceRule;

/** The rule catalogue of DOMAIN.md, run on one document. */
public final class RuleCatalogue {

	private final List<Rule> rules;

	public RuleCatalogue(List<Rule> rules) {
		this.rules = List.copyOf(rules);
	}

	/** Every rule of the catalogue, in the order of DOMAIN.md. */
	public static RuleCatalogue standard() {
		return new RuleCatalogue(List.of(new RequiredMetadataRule(),
				// within a table (final account)
				new Fa01IncomeSumRule(), new Fa01ExpenditureSumRule(), new Fa01TotalsRule(), new Fa01BalanceRule(),
				new Fa02RowRule(), new Fa03RowRule(), new HierarchyRule(), new SubjectCodeRule(), new Fa04RowRule(),
				new Fa04SumsRule(), new Fa04TotalsRule(), new Fa04BalanceRule(), new Fa05RowRule(),
				new Fa06EconomicRule(), new Fa06TotalsRule(), new Fa07RowRule(), new Fa09RowRule(),
				// across tables (final account)
				new X0102Rule(), new X0103Rule(), new X0104Rule(), new X0405Rule(), new X0506Rule(), new X0407Rule(),
				new X0408Rule(), new X0609Rule(),
				// narrative against tables
				new NarrativeTotalRule(), new NarrativeIncomeRule(), new NarrativeExpenditureRule(),
				new NarrativeGeneralBudgetRule(), new NarrativeStructureRule(), new NarrativeDetailRule(),
				new NarrativeBasicRule(), new NarrativeThreePublicRule(), new NarrativeYearOnYearRule(),
				new NarrativeComparisonYearRule(), new NarrativeChangesRule(), new NarrativeSourceRule(),
				new NarrativeProcurementRule(), new NarrativeAssetRule(), new NarrativePerformanceRule(),
				// completeness
				new RequiredTablesRule(), new RequiredSectionsRule(), new EmptyTableExplainedRule(),
				new EmptyTableNoteRule(), new TableOfContentsMatchRule(), new TableOfContentsRule(),
				// budget
				new Bu01Rule(), new Bu03RowRule(), new Bu05RowRule(), new Bu06Rule(), new Bu08Rule(), new Bu10Rule(),
				new Bu12Rule(), new BudgetNarrativeRule(), new BudgetCompletenessRule(), new BudgetPerformanceRule()));
	}

	public List<Rule> rules() {
		return this.rules;
	}

	/** Runs the catalogue on one document that is a whole disclosure. */
	public Validation validate(DocumentParsed document) {
		return validate(document, List.of());
	}

	/**
	 * Runs the rules of the document's kind on it, read together with the other files of
	 * its split publication when they have arrived: the narrative checked against the
	 * tables of the other file, neither missing what the other holds. Records which rules
	 * ran, which could not and why, and the share that ran; a document whose core tables
	 * were not read is never {@code passed}.
	 * @param document the document
	 * @param linked the other parts of its split publication (empty for a whole
	 * disclosure)
	 * @return the verdict
	 */
	public Validation validate(DocumentParsed document, List<DocumentParsed> linked) {
		DocumentParsed subject = SplitPublication.combined(document, linked);
		DocKind kind = (subject.metadata() != null) ? subject.metadata().docKind() : null;
		List<Finding> findings = new ArrayList<>();
		List<Validation.SkippedRule> skipped = new ArrayList<>();
		int evaluated = 0;
		for (Rule rule : this.rules) {
			if (kind != null && !rule.kinds().contains(kind)) {
				continue;
			}
			Rule.RuleOutcome outcome = rule.evaluate(subject);
			if (outcome.applicable()) {
				evaluated++;
				findings.addAll(outcome.findings());
			}
			else {
				skipped.add(new Validation.SkippedRule(rule.id(), outcome.reason()));
			}
		}
		int considered = evaluated + skipped.size();
		BigDecimal coverage = (considered == 0) ? null
				: BigDecimal.valueOf(evaluated).divide(BigDecimal.valueOf(considered), 2, RoundingMode.HALF_UP);
		List<String> linkedIds = linked.stream().map(DocumentParsed::docId).toList();
		return Validation.of(evaluated, FindingPlaces.placed(findings, subject, document, linked), coverage, skipped,
				CoreTables.unread(subject), linkedIds);
	}

}
