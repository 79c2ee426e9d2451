package org.disclosure.validate.rules;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Severity;

/**
 * META-REQUIRED: a disclosure names its department, fiscal year and kind; without them it
 * cannot be compared with any other. A region that could not be resolved is a warning.
 */
public final class RequiredMetadataRule extends CatalogueRule {

	public RequiredMetadataRule() {
		super("META-REQUIRED", "部门、年度、类型 present; region resolved (warning)", Severity.ERROR, Tolerance.Kind.NONE,
				"metadata: department, fiscal year, kind, region", Scope.METADATA);
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
		Findings findings = findings();
		if (!missing.isEmpty()) {
			findings.add(Severity.ERROR, "Not found in the document: " + String.join(", ", missing), null, null, null,
					"metadata");
		}
		if (metadata != null && metadata.department() != null
				&& (metadata.region() == null || metadata.region().province() == null)) {
			findings.add(Severity.WARNING, "Region of " + metadata.department() + " not resolved through GB/T 2260",
					null, null, null, "metadata");
		}
		return RuleOutcome.of(findings.list());
	}

}
