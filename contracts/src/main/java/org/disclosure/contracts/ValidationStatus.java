package org.disclosure.contracts;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The verdict on a document: no error or warning, warnings only, at least one error, or,
 * without an error, incomplete: the tables the checks depend on were not read, so nothing
 * is claimed to have passed.
 */
public enum ValidationStatus {

	PASSED("passed"), WARNINGS("warnings"), FAILED("failed"), INCOMPLETE("incomplete");

	private final String value;

	ValidationStatus(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

}
