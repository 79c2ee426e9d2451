package org.disclosure.contracts;

import com.fasterxml.jackson.annotation.JsonValue;

/** A department budget (部门预算, before the year) or final account (部门决算, after it). */
public enum DocKind {

	FINAL_ACCOUNT("final_account"), BUDGET("budget");

	private final String value;

	DocKind(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

}
