package org.disclosure.parse.tables;

/** What a row of a table is. */
public enum RowKind {

	/** The table's total (合计, 总计, or the unnamed first row of a budget table). */
	TOTAL,

	/** A classified row: a functional or economic subject. */
	SUBJECT,

	/** A budget unit's row ({@code 517 卢氏县医疗保障局}). */
	UNIT,

	/** A named line without a code (收入支出总表 lines, projects, indicators). */
	LINE

}
