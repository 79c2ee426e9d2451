package org.disclosure.validate.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.Publication;

/**
 * Places each finding in the document a reviewer holds: the tables it names get their
 * printed title ({@code FA03《支出决算表》}), the finding the page of the first part it names (a
 * table, or the narrative sentence it quotes), and on a split publication the files it
 * compares (the tables file where it names a table, the narrative file where it quotes
 * the narrative).
 */
final class FindingPlaces {

	private static final Pattern TABLE_CODE = Pattern.compile("\\b(FA[0-9]{2}|BU[0-9]{2}|PERF_DEPT|PERF_PROJECT)\\b");

	private FindingPlaces() {
	}

	/**
	 * {@code findings} placed in {@code subject} (the document as validated, its linked
	 * parts read with it).
	 */
	static List<Finding> placed(List<Finding> findings, DocumentParsed subject, DocumentParsed document,
			List<DocumentParsed> linked) {
		List<Finding> placed = new ArrayList<>(findings.size());
		for (Finding finding : findings) {
			String location = (finding.location() != null) ? finding.location() : "";
			Integer page = finding.page();
			int narrativeAt = location.indexOf("narrative");
			Matcher firstCode = TABLE_CODE.matcher(location);
			if (page == null && narrativeAt >= 0 && (!firstCode.find() || narrativeAt < firstCode.start())) {
				page = narrativePage(subject, location);
			}
			StringBuilder titled = new StringBuilder();
			Set<String> titledCodes = new LinkedHashSet<>();
			Matcher code = TABLE_CODE.matcher(location);
			int from = 0;
			while (code.find()) {
				titled.append(location, from, code.end());
				ParsedTable table = table(subject, code.group(1));
				if (table != null && titledCodes.add(code.group(1)) && table.title() != null
						&& !location.contains(table.title())) {
					titled.append("《").append(table.title()).append("》");
				}
				if (page == null && table != null) {
					page = table.page();
				}
				from = code.end();
			}
			titled.append(location.substring(from));
			List<String> documents = linked.isEmpty() ? null : documents(location, titledCodes, document, linked);
			placed.add(
					new Finding(finding.ruleId(), finding.ruleTitle(), finding.severity(), finding.message(),
							finding.expected(), finding.actual(), finding.difference(), (finding.location() != null)
									? titled.toString() + files(documents, document, linked) : null,
							page, finding.unit(), finding.tolerance(), documents));
		}
		return placed;
	}

	/** The parts whose figures a finding compares: tables named, narrative quoted. */
	private static List<String> documents(String location, Set<String> codes, DocumentParsed document,
			List<DocumentParsed> linked) {
		List<DocumentParsed> parts = new ArrayList<>();
		parts.add(document);
		parts.addAll(linked);
		Set<String> ids = new LinkedHashSet<>();
		for (DocumentParsed part : parts) {
			String role = (part.publication() != null) ? part.publication().part() : Publication.WHOLE;
			boolean tables = !codes.isEmpty() && !Publication.NARRATIVE.equals(role);
			boolean narrative = location.contains("narrative") && !Publication.TABLES.equals(role);
			if (tables || narrative) {
				ids.add(part.docId());
			}
		}
		if (ids.isEmpty()) {
			ids.add(document.docId());
		}
		return List.copyOf(ids);
	}

	/** The files a finding of a split publication compares, named for the reader. */
	private static String files(List<String> documents, DocumentParsed document, List<DocumentParsed> linked) {
		if (documents == null || documents.size() < 2) {
			return "";
		}
		List<String> names = new ArrayList<>();
		List<DocumentParsed> parts = new ArrayList<>();
		parts.add(document);
		parts.addAll(linked);
		for (DocumentParsed part : parts) {
			if (documents.contains(part.docId())) {
				String name = (part.source() != null && part.source().fileName() != null) ? part.source().fileName()
						: part.docId();
				String role = (part.publication() != null) ? part.publication().part() : Publication.WHOLE;
				names.add(role + ": " + name);
			}
		}
		return " [" + String.join("; ", names) + "]";
	}

	/**
	 * The page of the narrative sentence a finding quotes, where the format has pages.
	 */
	private static Integer narrativePage(DocumentParsed document, String location) {
		if (document.figures() == null) {
			return null;
		}
		for (NarrativeFigure figure : document.figures()) {
			if (figure.page() != null && figure.sentence() != null && location.contains(figure.sentence())) {
				return figure.page();
			}
		}
		return null;
	}

	private static ParsedTable table(DocumentParsed document, String code) {
		if (document.tableContents() == null) {
			return null;
		}
		for (ParsedTable table : document.tableContents()) {
			if (code.equals(table.code())) {
				return table;
			}
		}
		return null;
	}

}
