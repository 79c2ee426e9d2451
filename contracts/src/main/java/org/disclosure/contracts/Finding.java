package org.disclosure.contracts;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One result of one rule on one document. {@code expected}, {@code actual} and
 * {@code difference} are amounts or percentages in {@code unit}.
 *
 * @param location the document's own words: the table title, row and column as printed,
 * the sentence quoted
 * @param page the page of the first place involved, where the format has pages
 * @param unit the unit of {@code expected}, {@code actual} and {@code difference} (万元, %)
 * @param tolerance the tolerance applied, as a reader reads it ({@code ±0.015 (n = 2)})
 * @param documents the documents whose figures are compared: this one, and the linked
 * file of a split publication
 * @param source {@code ocr} when a figure it compares was read by OCR; null otherwise
 * @param ocrConfidence the lowest confidence (0–1) of the figures read by OCR it
 * compares; below the validator's threshold an error is a warning (a possible misread)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Finding(String ruleId, String ruleTitle, Severity severity, String message, BigDecimal expected,
		BigDecimal actual, BigDecimal difference, String location, Integer page, String unit, String tolerance,
		List<String> documents, String source, BigDecimal ocrConfidence) {

	/** A finding on figures read from the document's text. */
	public Finding(String ruleId, String ruleTitle, Severity severity, String message, BigDecimal expected,
			BigDecimal actual, BigDecimal difference, String location, Integer page, String unit, String tolerance,
			List<String> documents) {
		this(ruleId, ruleTitle, severity, message, expected, actual, difference, location, page, unit, tolerance,
				documents, null, null);
	}

	/** A finding without page, unit, tolerance or other documents. */
	public Finding(String ruleId, String ruleTitle, Severity severity, String message, BigDecimal expected,
			BigDecimal actual, BigDecimal difference, String location) {
		this(ruleId, ruleTitle, severity, message, expected, actual, difference, location, null, null, null, null);
	}

}
