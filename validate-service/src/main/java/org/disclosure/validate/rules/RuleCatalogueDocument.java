package org.disclosure.validate.rules;

import java.util.List;

/**
 * {@code docs/rules.md}: the catalogue for users, rendered from the rules themselves so
 * it cannot drift from the code.
 */
public final class RuleCatalogueDocument {

	/** How to regenerate the file, for the test that keeps it current. */
	public static final String REGENERATE = "./mvnw -q -B -pl validate-service test -Dtest=RuleCatalogueDocumentTest -Drules.write=true";

	private RuleCatalogueDocument() {
	}

	/** The Markdown of {@code catalogue}. */
	public static String render(RuleCatalogue catalogue) {
		StringBuilder md = new StringBuilder();
		md.append("# Rule catalogue\n\n");
		md.append("Every check validate-service runs on a parsed disclosure (DOMAIN.md, \"Rule catalogue\").\n");
		md.append("Generated from the code by `RuleCatalogueDocument`; do not edit by hand. Regenerate with\n`")
			.append(REGENERATE)
			.append("`.\n\n");
		md.append("A rule whose inputs the document lacks (a table, a row, a narrative figure) reports itself not\n")
			.append("applicable and raises nothing: it never guesses.\n\n");
		md.append("## Severities\n\n");
		md.append("- `error`: an inconsistency beyond the rounding tolerance, or a required element missing;\n");
		md.append("- `warning`: a ratio printed over a zero base (undefined), a definitional conflict, a slip of the\n")
			.append("  last digit of a percentage (off its allowed range by at most ")
			.append(Tolerance.SLIP.toPlainString())
			.append(" point);\n");
		md.append("- `info`: a difference within rounding (尾数误差), never an error.\n\n");
		md.append("The severity listed below is the one a violation beyond tolerance raises.\n\n");
		md.append("## Tolerances\n\n");
		for (Tolerance.Kind kind : Tolerance.Kind.values()) {
			md.append("- `").append(kind.name()).append("`: ").append(kind.description()).append(";\n");
		}
		md.setLength(md.length() - 2);
		md.append(".\n");
		for (Rule.Scope scope : Rule.Scope.values()) {
			List<Rule> rules = catalogue.rules().stream().filter((r) -> r.scope() == scope).toList();
			if (rules.isEmpty()) {
				continue;
			}
			md.append("\n## ").append(scope.heading()).append("\n\n");
			md.append("| id | rule | severity | tolerance | needs |\n");
			md.append("|---|---|---|---|---|\n");
			for (Rule rule : rules) {
				md.append("| `")
					.append(rule.id())
					.append("` | ")
					.append(cell(rule.title()))
					.append(" | ")
					.append(rule.severity().value())
					.append(" | `")
					.append(rule.tolerance().name())
					.append("` | ")
					.append(cell(rule.needs()))
					.append(" |\n");
			}
		}
		md.append("\n").append(catalogue.rules().size()).append(" rules.\n");
		return md.toString();
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}

}
