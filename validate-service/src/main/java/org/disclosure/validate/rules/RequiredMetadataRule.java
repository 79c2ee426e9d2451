package org.disclosure.validate.rules;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.Severity;

/**
 * META-REQUIRED: a disclosure names its department, fiscal year and kind; without them it
 * cannot be compared with any other. A region that could not be resolved is a warning.
 */
final class RequiredMetadataRule implements Rule {

	@Override
	public String id() {
		return "META-REQUIRED";
	}

	@Override
	public String title() {
		return "部门、年度、类型 present; region resolved";
	}

	@Override
	public Severity severity() {
		return Severity.ERROR;
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		DisclosureMetadata metadata = document.metadata();
		List<String> missing = new ArrayList<>();
		if (metadata == null || metadata.department() == null) {
			missing.add("department (部门)");
		}
		if (metadata == null || metadata.fiscalYear() == null) {
			missing.add("fiscal year (年度)");
		}
		if (metadata == null || metadata.docKind() == null) {
			missing.add("kind (预算/决算)");
		}
		List<Finding> findings = new ArrayList<>();
		if (!missing.isEmpty()) {
			findings.add(finding(Severity.ERROR, "Not found in the document: " + String.join(", ", missing)));
		}
		if (metadata != null && metadata.department() != null
				&& (metadata.region() == null || metadata.region().province() == null)) {
			findings.add(finding(Severity.WARNING,
					"Region of " + metadata.department() + " not resolved through GB/T 2260"));
		}
		return RuleOutcome.of(findings);
	}

	private Finding finding(Severity severity, String message) {
		return new Finding(id(), title(), severity, message, null, null, null, "metadata");
	}

}
