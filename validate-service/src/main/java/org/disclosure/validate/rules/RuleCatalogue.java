package org.disclosure.validate.rules;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.Validation;

/** Every rule of DOMAIN.md's catalogue that is implemented, run on one document. */
public final class RuleCatalogue {

	private final List<Rule> rules;

	public RuleCatalogue(List<Rule> rules) {
		this.rules = List.copyOf(rules);
	}

	/** The catalogue as it stands. */
	public static RuleCatalogue standard() {
		return new RuleCatalogue(
				List.of(new RequiredMetadataRule(), RequiredTablesRule.finalAccount(), RequiredTablesRule.budget()));
	}

	public List<Rule> rules() {
		return this.rules;
	}

	/** Runs every rule; the summary counts only the rules that applied. */
	public Validation validate(DocumentParsed document) {
		List<Finding> findings = new ArrayList<>();
		int evaluated = 0;
		for (Rule rule : this.rules) {
			Rule.RuleOutcome outcome = rule.evaluate(document);
			if (outcome.applicable()) {
				evaluated++;
				findings.addAll(outcome.findings());
			}
		}
		return Validation.of(evaluated, findings);
	}

}
