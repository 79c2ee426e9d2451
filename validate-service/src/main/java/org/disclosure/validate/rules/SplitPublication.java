package org.disclosure.validate.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Publication;
import org.disclosure.contracts.TotalValue;

/**
 * A disclosure published as two files, its narrative and its tables, read as one: the
 * tables of the tables file, the narrative (figures, sections) of the narrative file, the
 * metadata each prints, so the narrative is checked against the tables and neither is
 * missing what the other holds.
 */
final class SplitPublication {

	private SplitPublication() {
	}

	/**
	 * {@code document} read together with {@code linked}, the other parts of its
	 * publication; {@code document} itself when it has none.
	 */
	static DocumentParsed combined(DocumentParsed document, List<DocumentParsed> linked) {
		if (linked.isEmpty()) {
			return document;
		}
		List<DocumentParsed> parts = new ArrayList<>();
		parts.add(document);
		parts.addAll(linked);
		DocumentParsed narrative = part(parts, Publication.NARRATIVE, document);
		DocumentParsed tables = part(parts, Publication.TABLES, document);
		List<String> listedOnly = new ArrayList<>();
		for (String code : orEmpty(narrative.tablesListedOnly())) {
			if (!orEmpty(tables.tables()).contains(code)) {
				listedOnly.add(code);
			}
		}
		Set<String> other = new LinkedHashSet<>(orEmpty(tables.tablesOther()));
		other.addAll(orEmpty(narrative.tablesOther()));
		return new DocumentParsed(document.schemaVersion(), document.docId(), document.source(), document.fetchedAt(),
				document.parsedAt(), document.parserVersion(), metadata(narrative.metadata(), tables.metadata()),
				document.textBlobKey(), document.textChars(), tables.tables(), listedOnly, narrative.sections(),
				tables.tableContents(), narrative.figures(), totals(tables.totals(), narrative.totals()),
				document.report(), List.copyOf(other), new Publication(Publication.WHOLE, null),
				orEmpty(tables.tableOfContents()).isEmpty() ? narrative.tableOfContents() : tables.tableOfContents(),
				tables.tablesInOrder());
	}

	private static DocumentParsed part(List<DocumentParsed> parts, String part, DocumentParsed fallback) {
		for (DocumentParsed candidate : parts) {
			if (candidate.publication() != null && part.equals(candidate.publication().part())) {
				return candidate;
			}
		}
		return fallback;
	}

	/**
	 * What the narrative prints, filled in from the tables file where it prints nothing.
	 */
	private static DisclosureMetadata metadata(DisclosureMetadata narrative, DisclosureMetadata tables) {
		if (narrative == null || tables == null) {
			return (narrative != null) ? narrative : tables;
		}
		return new DisclosureMetadata(either(narrative.title(), tables.title()),
				either(narrative.department(), tables.department()), either(narrative.region(), tables.region()),
				either(narrative.adminLevel(), tables.adminLevel()),
				either(narrative.fiscalYear(), tables.fiscalYear()), either(narrative.docKind(), tables.docKind()),
				either(narrative.published(), tables.published()), either(tables.unit(), narrative.unit()),
				either(narrative.coveredUnits(), tables.coveredUnits()), either(narrative.scope(), tables.scope()));
	}

	/** The totals the tables give, the narrative's where the tables give none. */
	private static Map<String, TotalValue> totals(Map<String, TotalValue> tables, Map<String, TotalValue> narrative) {
		Map<String, TotalValue> totals = new LinkedHashMap<>();
		if (narrative != null) {
			totals.putAll(narrative);
		}
		if (tables != null) {
			tables.forEach((key, value) -> {
				if (value != null && "table".equals(value.source())) {
					totals.put(key, value);
				}
			});
		}
		return totals;
	}

	private static <T> T either(T first, T second) {
		return (first != null) ? first : second;
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
