package org.disclosure.validate.rules;

import java.util.List;
import java.util.stream.IntStream;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.Severity;

/**
 * CP-TABLES / BU-CP: a final account publishes FA01–FA09, a budget BU01–BU12 (DOMAIN.md,
 * canonical codes). Each missing table is an error.
 */
final class RequiredTablesRule implements Rule {

	private final String id;

	private final DocKind kind;

	private final List<String> required;

	private RequiredTablesRule(String id, DocKind kind, List<String> required) {
		this.id = id;
		this.kind = kind;
		this.required = required;
	}

	static RequiredTablesRule finalAccount() {
		return new RequiredTablesRule("CP-TABLES", DocKind.FINAL_ACCOUNT, codes("FA", 9));
	}

	static RequiredTablesRule budget() {
		return new RequiredTablesRule("BU-CP", DocKind.BUDGET, codes("BU", 12));
	}

	private static List<String> codes(String prefix, int count) {
		return IntStream.rangeClosed(1, count).mapToObj((n) -> prefix + String.format("%02d", n)).toList();
	}

	@Override
	public String id() {
		return this.id;
	}

	@Override
	public String title() {
		return "All required tables present (" + this.required.get(0) + "–"
				+ this.required.get(this.required.size() - 1) + ")";
	}

	@Override
	public Severity severity() {
		return Severity.ERROR;
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		if (document.metadata() == null || document.metadata().docKind() != this.kind) {
			return RuleOutcome.notApplicable("not a " + this.kind.value());
		}
		if (document.tables() == null) {
			return RuleOutcome.notApplicable("the parser reported no table inventory");
		}
		List<String> missing = this.required.stream().filter((code) -> !document.tables().contains(code)).toList();
		if (missing.isEmpty()) {
			return RuleOutcome.passed();
		}
		String message = "Required tables missing: " + String.join(", ", missing);
		return RuleOutcome.of(List.of(new Finding(this.id, title(), Severity.ERROR, message, null, null, null,
				"tables " + String.join(", ", missing))));
	}

}
