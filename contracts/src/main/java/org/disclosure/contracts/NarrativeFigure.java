package org.disclosure.contracts;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A figure the narrative (情况说明) states, tied to what it describes. Figures of one
 * statement share {@code statement}, so an item's 年初预算, 决算数 and 完成% travel together.
 *
 * @param section the heading of the section it stands in
 * @param subsection the sub-heading, if any
 * @param item the numbered item it belongs to, if any
 * @param statement ordinal of the statement (sentence) within the document
 * @param sentence the sentence, as printed
 * @param topic what it is about: grand_total, revenue, expenditure, basic_expenditure,
 * project_expenditure, fiscal_appropriation, general_budget, functional_subject,
 * personnel, public_funds, three_public, operating_costs, procurement, assets,
 * performance, other
 * @param subject what it describes: a total (收入合计, 支出合计, 基本支出, 人员经费 …), a 类/款/项 by name,
 * a 三公 item, 机关运行经费, 政府采购, 车辆, 项目
 * @param subjectPath the 类/款/项 path of a functional subject (一般公共服务支出/群众团体事务/工会事务)
 * @param subjectCode the classification code when the narrative names one
 * @param level 类, 款 or 项 of a functional subject
 * @param base what a share or rate is of, when stated
 * @param value the figure, signed for changes (减少/下降 negative); its scale is the printed
 * precision
 * @param unit 万元, %, 辆, 人次, 个 …
 * @param page the page its sentence starts on, where the format has pages
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NarrativeFigure(String section, String subsection, String item, int statement, String sentence,
		String topic, String subject, String subjectPath, String subjectCode, String level, String base,
		FigureKind kind, BigDecimal value, String unit, Integer page) {

	/** A figure without its page. */
	public NarrativeFigure(String section, String subsection, String item, int statement, String sentence, String topic,
			String subject, String subjectPath, String subjectCode, String level, String base, FigureKind kind,
			BigDecimal value, String unit) {
		this(section, subsection, item, statement, sentence, topic, subject, subjectPath, subjectCode, level, base,
				kind, value, unit, null);
	}

	/** A figure without the parser's topic, sub-heading, item or subject path. */
	public NarrativeFigure(String section, int statement, String sentence, String subject, String subjectCode,
			String base, FigureKind kind, BigDecimal value, String unit) {
		this(section, null, null, statement, sentence, null, subject, null, subjectCode, null, base, kind, value, unit);
	}

}
