package org.disclosure.parse.tables;

/** What the code of a row classifies. */
public enum CodeKind {

	/** A functional subject (功能分类科目): 210 卫生健康支出 › 21015 › 2101501. */
	FUNCTIONAL,

	/** An economic subject (经济分类科目): 301 工资福利支出 › 30101 基本工资. */
	ECONOMIC,

	/** A budget unit (单位代码): 517 卢氏县医疗保障局, not a subject. */
	UNIT,

	/** A project code (项目编码). */
	PROJECT

}
