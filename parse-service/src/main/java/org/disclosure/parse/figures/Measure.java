package org.disclosure.parse.figures;

/** What a narrative figure states about its subject. */
public enum Measure {

	/** An amount: {@code 基本支出 318.45 万元}. */
	AMOUNT,

	/** The budget: {@code 年初预算数为 3.52 万元}, {@code 全年预算为 0.29 万元}. */
	BUDGET,

	/** The actual: {@code 决算数 3.18 万元}, {@code 支出决算为 0.15 万元}. */
	ACTUAL,

	/** A share of a whole: {@code 占 30.16%}, {@code 占支出合计的 100.00%}. */
	SHARE,

	/** Actual over budget: {@code 完成年初预算的 94.34%}, {@code 预算执行率 100.00%}. */
	COMPLETION_RATE,

	/** A year-on-year change in money: {@code 增加 94.35 万元}, {@code 减少 3762.6 万元}. */
	CHANGE_AMOUNT,

	/** A year-on-year rate: {@code 增长 42.10%}, {@code 下降 6.91%}. */
	CHANGE_RATE,

	/** Any other percentage. */
	RATE,

	/** A count: vehicles, trips, visitors, projects ({@code 0 辆}, {@code 10 人次}). */
	COUNT,

	/** A score: {@code 得分 99.23 分}. */
	SCORE

}
