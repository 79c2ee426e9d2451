package org.disclosure.contracts;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The verdict on a document: no error or warning, warnings only, or at least one error.
 */
public enum ValidationStatus {

	PASSED("passed"), WARNINGS("warnings"), FAILED("failed");

	private final String value;

	ValidationStatus(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

}
