package org.disclosure.validate.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.Severity;

/**
 * Marks the findings that compare figures read by OCR with that provenance and the lowest
 * confidence among them, and makes an error on a figure read with low confidence a
 * warning: a misread digit is no inconsistency of the document. The figures a finding
 * compares are the OCR'd cells of the tables it names (and the OCR'd figures of the
 * sentence it quotes) that print its expected or actual amount; when a side is printed by
 * no cell (a sum of parts, a ratio), all OCR'd cells of those tables, since any of them
 * may be a misread part.
 */
final class OcrReadings {

	/**
	 * Below this confidence a figure may be misread: an error on it is a warning.
	 * Tesseract gives a figure it read cleanly, with the digits whitelist, 0.9 or more.
	 */
	static final BigDecimal LOW = new BigDecimal("0.90");

	private OcrReadings() {
	}

	/** {@code findings} with the provenance of the OCR'd figures they compare. */
	static List<Finding> weighed(List<Finding> findings, DocumentParsed document) {
		if (document.ocr() == null) {
			return findings;
		}
		List<Finding> weighed = new ArrayList<>(findings.size());
		for (Finding finding : findings) {
			BigDecimal confidence = lowestConfidence(finding, document);
			if (confidence == null) {
				weighed.add(finding);
				continue;
			}
			boolean doubtful = finding.severity() == Severity.ERROR && confidence.compareTo(LOW) < 0;
			String message = doubtful
					? finding.message() + " — a figure compared was read by OCR with confidence "
							+ confidence.toPlainString() + ": a possible misread, so a warning, not an error"
					: finding.message();
			weighed.add(new Finding(finding.ruleId(), finding.ruleTitle(),
					doubtful ? Severity.WARNING : finding.severity(), message, finding.expected(), finding.actual(),
					finding.difference(), finding.location(), finding.page(), finding.unit(), finding.tolerance(),
					finding.documents(), ParsedTable.ParsedCell.OCR, confidence));
		}
		return weighed;
	}

	/** The lowest confidence of the OCR'd figures a finding compares; null for none. */
	private static BigDecimal lowestConfidence(Finding finding, DocumentParsed document) {
		String location = (finding.location() != null) ? finding.location() : "";
		Set<String> codes = new LinkedHashSet<>();
		Matcher code = FindingPlaces.TABLE_CODE.matcher(location);
		while (code.find()) {
			codes.add(code.group(1));
		}
		List<BigDecimal> printing = new ArrayList<>();
		List<BigDecimal> all = new ArrayList<>();
		if (document.tableContents() != null) {
			for (ParsedTable table : document.tableContents()) {
				if (!codes.contains(table.code())) {
					continue;
				}
				for (ParsedTable.ParsedRow row : table.rows()) {
					for (ParsedTable.ParsedCell cell : row.cells()) {
						if (!ParsedTable.ParsedCell.OCR.equals(cell.source()) || cell.confidence() == null) {
							continue;
						}
						all.add(cell.confidence());
						if (prints(cell.amount(), finding)) {
							printing.add(cell.confidence());
						}
					}
				}
			}
		}
		if (document.figures() != null) {
			for (NarrativeFigure figure : document.figures()) {
				if (ParsedTable.ParsedCell.OCR.equals(figure.source()) && figure.confidence() != null
						&& figure.sentence() != null && location.contains(figure.sentence())) {
					all.add(figure.confidence());
					if (prints(figure.value(), finding)) {
						printing.add(figure.confidence());
					}
				}
			}
		}
		boolean bothPrinted = printed(finding.expected(), document, codes)
				&& printed(finding.actual(), document, codes);
		List<BigDecimal> compared = (printing.isEmpty() || !bothPrinted) ? all : printing;
		return compared.stream().min(BigDecimal::compareTo).orElse(null);
	}

	/**
	 * True when a cell of the tables named prints {@code amount}; a side no cell prints
	 * is computed from cells the finding does not name (a sum's parts, a ratio's terms).
	 */
	private static boolean printed(BigDecimal amount, DocumentParsed document, Set<String> codes) {
		if (amount == null || document.tableContents() == null) {
			return amount == null;
		}
		return document.tableContents()
			.stream()
			.filter((table) -> codes.contains(table.code()))
			.flatMap((table) -> table.rows().stream())
			.flatMap((row) -> row.cells().stream())
			.anyMatch((cell) -> cell.amount() != null && same(cell.amount(), amount));
	}

	private static boolean prints(BigDecimal amount, Finding finding) {
		return amount != null && (same(amount, finding.actual()) || same(amount, finding.expected()));
	}

	private static boolean same(BigDecimal amount, BigDecimal other) {
		return other != null && amount.compareTo(other) == 0;
	}

}
