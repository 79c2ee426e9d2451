package org.disclosure.contracts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How much of a document was understood, so an unknown layout shows up as a number.
 *
 * @param unmatchedLines lines inside table regions that matched no template row
 * @param unmatchedSamples a few of them, as printed
 * @param ocrPages pages read by OCR; null when no page needed OCR
 * @param ocrMillis time spent on OCR; null when no page needed OCR
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ParseReport(int tables, int rows, int cells, int figures, int unmatchedLines,
		List<String> unmatchedSamples, List<String> warnings, Integer ocrPages, Long ocrMillis) {

	/** A report of a document no page of which needed OCR. */
	public ParseReport(int tables, int rows, int cells, int figures, int unmatchedLines, List<String> unmatchedSamples,
			List<String> warnings) {
		this(tables, rows, cells, figures, unmatchedLines, unmatchedSamples, warnings, null, null);
	}

}
