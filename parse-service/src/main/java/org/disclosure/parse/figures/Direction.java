package org.disclosure.parse.figures;

/** The direction of a year-on-year change. */
public enum Direction {

	/** 增加, 增长, 上升, 提高. */
	INCREASE,

	/** 减少, 下降, 降低. */
	DECREASE

}
