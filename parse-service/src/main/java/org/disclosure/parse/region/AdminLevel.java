package org.disclosure.parse.region;

/**
 * The administrative level of a department: the level of the most specific division in
 * its name. A county-level division named …区 is a district; other county-level divisions
 * (县, 自治县, 旗, county-level 市) are counties. Below them are townships (街道办事处, 乡, 镇), above
 * the provinces the central government's departments and the units it runs.
 */
public enum AdminLevel {

	CENTRAL("central"), PROVINCE("province"), CITY("city"), DISTRICT("district"), COUNTY("county"),
	TOWNSHIP("township");

	private final String value;

	AdminLevel(String value) {
		this.value = value;
	}

	/** The value written into events and the index, e.g. {@code district}. */
	public String value() {
		return this.value;
	}

	static AdminLevel of(Division division) {
		return switch (division.level()) {
			case PROVINCE -> PROVINCE;
			case CITY -> CITY;
			case COUNTY -> isDistrict(division.name()) ? DISTRICT : COUNTY;
		};
	}

	/** 洛龙区 is a district; 神农架林区 and 六枝特区 are county-level units of their own kind. */
	private static boolean isDistrict(String name) {
		return name.endsWith("区") && !name.endsWith("林区") && !name.endsWith("特区");
	}

}
