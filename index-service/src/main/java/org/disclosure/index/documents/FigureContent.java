package org.disclosure.index.documents;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.disclosure.contracts.NarrativeFigure;

/**
 * One figure the narrative (情况说明) states, as the disclosure document stores it for the
 * document API (stored, not indexed).
 *
 * @param statement ordinal of the statement: figures of one statement share it
 * @param source {@code ocr} for a figure read by OCR
 * @param confidence OCR's confidence in the figure's digits (0–1)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FigureContent(String section, int statement, String sentence, String subject,
		@JsonProperty("subject_code") String subjectCode, String base, String kind, BigDecimal value, String unit,
		String source, BigDecimal confidence) {

	/** The figures of a parse, in document order; null when the parser produced none. */
	static List<FigureContent> of(List<NarrativeFigure> figures) {
		if (figures == null || figures.isEmpty()) {
			return null;
		}
		return figures.stream()
			.map((figure) -> new FigureContent(figure.section(), figure.statement(), figure.sentence(),
					figure.subject(), figure.subjectCode(), figure.base(),
					(figure.kind() != null) ? figure.kind().value() : null, figure.value(), figure.unit(),
					figure.source(), figure.confidence()))
			.toList();
	}

}
