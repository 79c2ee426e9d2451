package org.disclosure.parse.region;

/**
 * One administrative division of GB/T 2260.
 *
 * @param code six-digit division code
 * @param name official name, e.g. 洛龙区
 * @param level province, city (prefecture level) or county (county level)
 * @param parentCode code of the division above, null for a province
 */
public record Division(String code, String name, Level level, String parentCode) {

	/** The three levels of the list. */
	public enum Level {

		PROVINCE, CITY, COUNTY

	}

	/**
	 * True for the placeholder cities of the list that are not places: {@code 市辖区} and
	 * {@code 县} under a municipality, {@code 省直辖县级行政区划} and {@code 自治区直辖县级行政区划}.
	 */
	public boolean placeholder() {
		return this.level == Level.CITY
				&& ("市辖区".equals(this.name) || "县".equals(this.name) || this.name.endsWith("直辖县级行政区划"));
	}

}
