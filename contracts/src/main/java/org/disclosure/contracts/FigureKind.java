package org.disclosure.contracts;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a figure stated in the narrative is. */
public enum FigureKind {

	/** An amount (万元) of the subject. */
	AMOUNT("amount"),
	/** A share of a base, in percent (占 x%). */
	SHARE("share"),
	/** A year-on-year change in 万元, negative for 减少. */
	CHANGE("change"),
	/** A year-on-year rate in percent, negative for 下降. */
	CHANGE_RATE("change_rate"),
	/** The 年初预算 of the subject. */
	BUDGETED("budgeted"),
	/** The 决算数 (actual) of the subject. */
	ACTUAL("actual"),
	/** 完成年初预算的 x%. */
	COMPLETION("completion"),
	/** Another rate in percent, e.g. an execution rate (执行率). */
	RATE("rate"),
	/** A count: vehicles, trips, visitors, projects. */
	COUNT("count"),
	/** A performance score (得分, 总分). */
	SCORE("score");

	private final String value;

	FigureKind(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

}
