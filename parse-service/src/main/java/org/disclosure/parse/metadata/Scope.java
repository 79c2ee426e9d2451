package org.disclosure.parse.metadata;

/**
 * Whose account a disclosure is: a department's with its units (部门预算, 部门决算) or one unit's
 * (单位预算, 单位决算).
 */
enum Scope {

	DEPARTMENT("department", "部门"), UNIT("unit", "单位");

	private final String value;

	private final String printed;

	Scope(String value, String printed) {
		this.value = value;
		this.printed = printed;
	}

	/** The value written into events and the index. */
	String value() {
		return this.value;
	}

	/** The scope a title's word (部门, 单位) names; null for none. */
	static Scope of(String word) {
		for (Scope scope : values()) {
			if (scope.printed.equals(word)) {
				return scope;
			}
		}
		return null;
	}

}
