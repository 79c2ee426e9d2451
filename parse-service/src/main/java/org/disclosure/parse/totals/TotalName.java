package org.disclosure.parse.totals;

/**
 * The totals of a disclosure (DOMAIN.md, "Where each total comes from"), named as in
 * {@code fixtures/expected/*.json} and the index.
 */
public enum TotalName {

	/** 本年收入合计. */
	REVENUE("revenue"),

	/** 本年支出合计. */
	EXPENDITURE("expenditure"),

	/** 收入总计 (= 支出总计). */
	GRAND_TOTAL("grand_total"),

	/** 年初结转和结余 (budget: 上年结转结余). */
	CARRYOVER_BEGIN("carryover_begin"),

	/** 年末结转和结余 (budget: 年终结转结余). */
	CARRYOVER_END("carryover_end"),

	/** 基本支出 of the expenditure table's total row. */
	BASIC_EXPENDITURE("basic_expenditure"),

	/** 项目支出 of the expenditure table's total row. */
	PROJECT_EXPENDITURE("project_expenditure"),

	/** 单位预留机动经费: a third use of the expenditure beside 基本支出 and 项目支出 (Jiangsu). */
	RESERVE_EXPENDITURE("reserve_expenditure"),

	/** 财政拨款 income of the year. */
	FISCAL_APPROPRIATION_REVENUE("fiscal_appropriation_revenue"),

	/** 人员经费. */
	PERSONNEL("personnel"),

	/** 公用经费. */
	PUBLIC_FUNDS("public_funds"),

	/** “三公”经费 budget. */
	THREE_PUBLIC_BUDGET("three_public_budget"),

	/** “三公”经费 actual (final accounts only). */
	THREE_PUBLIC_ACTUAL("three_public_actual");

	private final String key;

	TotalName(String key) {
		this.key = key;
	}

	/** The name as a key: {@code grand_total}. */
	public String key() {
		return this.key;
	}

}
