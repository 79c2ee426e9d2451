package org.disclosure.contracts;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A figure the narrative (情况说明) states, tied to what it describes. Figures of one
 * statement share {@code statement}, so an item's 年初预算, 决算数 and 完成% travel together.
 *
 * @param section the heading of the section it stands in
 * @param statement ordinal of the statement within the document
 * @param sentence the sentence, as printed
 * @param subject what it describes: a total (收入合计, 支出合计, 收支总计, 基本支出, 项目支出, 人员经费, 公用经费), a
 * 类/款/项 by name, a 三公 item, 机关运行经费, 政府采购, 车辆, 项目
 * @param subjectCode the classification code when the narrative names or implies one
 * @param base what a share is of, when stated
 * @param value the figure; its scale is the printed precision
 * @param unit 万元, %, 辆, 人次, 个 …
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NarrativeFigure(String section, int statement, String sentence, String subject, String subjectCode,
		String base, FigureKind kind, BigDecimal value, String unit) {
}
