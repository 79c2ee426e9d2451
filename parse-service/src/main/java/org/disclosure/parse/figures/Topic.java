package org.disclosure.parse.figures;

/** What a narrative figure is about, for the rules that check it against the tables. */
public enum Topic {

	/** 收、支总计 (收入总计, 支出总计). */
	GRAND_TOTAL,

	/** 收入合计 and the income sources (财政拨款收入, 上级补助收入 …). */
	REVENUE,

	/** 支出合计 and the expenditure kinds other than 基本/项目. */
	EXPENDITURE,

	/** 基本支出. */
	BASIC_EXPENDITURE,

	/** 项目支出. */
	PROJECT_EXPENDITURE,

	/** 财政拨款收、支总计 and 财政拨款收入/支出. */
	FISCAL_APPROPRIATION,

	/** 一般公共预算财政拨款支出 as a whole. */
	GENERAL_BUDGET,

	/** A functional subject by name: a 类, 款 or 项. */
	FUNCTIONAL_SUBJECT,

	/** 人员经费. */
	PERSONNEL,

	/** 公用经费. */
	PUBLIC_FUNDS,

	/** “三公”经费 and its items, trips and visitors. */
	THREE_PUBLIC,

	/** 机关运行经费 / 机构运行经费. */
	OPERATING_COSTS,

	/** 政府采购 (货物, 工程, 服务, contracts to small firms). */
	PROCUREMENT,

	/** Vehicles and equipment held (国有资产占用). */
	ASSETS,

	/** Projects, self-evaluation scores (预算绩效). */
	PERFORMANCE,

	/** Anything else. */
	OTHER

}
