package org.disclosure.parse.text;

/**
 * What a title or heading may carry before the words that say what it is: whose and which
 * year ({@code 2018年度江苏省高级人民法院…}, {@code 上海市普陀区财政局主要职能}). Regular-expression fragments
 * over compact text.
 */
public final class Decorations {

	/** A fiscal year: {@code 2024年}, {@code 2024年度}, or a bare {@code 年度}. */
	public static final String YEAR = "(?:[0-9]{4}年度?|年度)";

	/** An organisation's name: CJK ending as organisations end, maybe with （本级）. */
	public static final String ORGANISATION = "(?:[\\p{IsHan}()]{2,40}?(?:局|院|厅|委|办公室|办|委员会|中心|办事处|政府|学校|大学|学院|医院|馆|所|站|队|处|部|会|社|团|署|室|庭|园|校|宫|台|库|集团|公司|人民法院|检察院)(?:\\((?:本级|机关|本部)\\))?)";

	/** Whose and which year, in any of the orders documents print them. */
	public static final String WHOSE = YEAR + "?(?:中共|中国共产党)?" + ORGANISATION + "?" + YEAR
			+ "?(?:区级|市级|县级|省级|本级)?(?:(?:部门|单位)(?:/(?:部门|单位))?)?" + YEAR + "?";

	private Decorations() {
	}

}
