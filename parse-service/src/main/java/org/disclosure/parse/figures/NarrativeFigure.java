package org.disclosure.parse.figures;

import java.math.BigDecimal;

import org.disclosure.parse.tables.SubjectLevel;

/**
 * One figure stated in the narrative (情况说明), tied to what it describes.
 *
 * @param section the section heading ({@code 三、支出决算情况说明})
 * @param subsection the sub-heading ({@code （三）具体情况}), null when none
 * @param item the numbered item it belongs to, up to its first full stop
 * ({@code 1. 一般公共服务支出（类）群众团体事务（款）工会事务（项）}), null when none
 * @param topic what it is about
 * @param subject the thing described, canonical where known ({@code 基本支出},
 * {@code 因公出国（境）费}), else as printed ({@code 工会事务})
 * @param subjectPath the 类/款/项 path of a functional subject
 * ({@code 一般公共服务支出/群众团体事务/工会事务}), null otherwise
 * @param level 类, 款 or 项 of a functional subject; null otherwise
 * @param measure what is stated: amount, budget, actual, share, completion, change, count
 * @param value the number as printed (its scale is the printed precision), never signed
 * @param unit {@code 万元}, {@code %}, {@code 辆}, {@code 个}, {@code 人次} …
 * @param direction the direction of a change; null for other measures
 * @param base what a share or a completion rate is taken of, as printed ({@code 支出合计},
 * {@code 年初预算}); null when not printed
 * @param sentence the sentence it came from
 * @param page the page its paragraph starts on, 0 where the format has no pages
 */
public record NarrativeFigure(String section, String subsection, String item, Topic topic, String subject,
		String subjectPath, SubjectLevel level, Measure measure, BigDecimal value, String unit, Direction direction,
		String base, String sentence, int page) {

	/** The value signed by its direction: a decrease is negative. */
	public BigDecimal signedValue() {
		return (this.direction == Direction.DECREASE) ? this.value.negate() : this.value;
	}

}
