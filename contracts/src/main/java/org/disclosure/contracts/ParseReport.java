package org.disclosure.contracts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How much of a document was understood, so an unknown layout shows up as a number.
 *
 * @param unmatchedLines lines inside table regions that matched no template row
 * @param unmatchedSamples a few of them, as printed
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ParseReport(int tables, int rows, int cells, int figures, int unmatchedLines,
		List<String> unmatchedSamples, List<String> warnings) {
}
