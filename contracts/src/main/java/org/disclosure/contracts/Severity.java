package org.disclosure.contracts;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How much a finding matters: an inconsistency, a slip or undefined ratio, or rounding.
 */
public enum Severity {

	ERROR("error"), WARNING("warning"), INFO("info");

	private final String value;

	Severity(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

}
