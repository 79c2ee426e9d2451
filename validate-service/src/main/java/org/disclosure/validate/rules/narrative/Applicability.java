package org.disclosure.validate.rules.narrative;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;

/** When the narrative rules apply: a document of their kind that states figures. */
final class Applicability {

	private Applicability() {
	}

	/**
	 * Why a narrative rule for {@code kind} (any kind when null) does not apply; null
	 * when it does.
	 */
	static String reasonNot(DocumentParsed document, DocKind kind) {
		if (kind != null && (document.metadata() == null || document.metadata().docKind() != kind)) {
			return "not a " + kind.value();
		}
		if (document.figures() == null || document.figures().isEmpty()) {
			return "the document states no narrative figures (a tables-only source, or none read)";
		}
		return null;
	}

	/**
	 * Why a rule that needs the document's kind and year as well as its figures does not
	 * apply; null when it does.
	 */
	static String reasonNotDated(DocumentParsed document) {
		String reason = reasonNot(document, null);
		if (reason == null && (document.metadata() == null || document.metadata().docKind() == null
				|| document.metadata().fiscalYear() == null)) {
			return "the kind or the fiscal year of the document is unknown";
		}
		return reason;
	}

}
