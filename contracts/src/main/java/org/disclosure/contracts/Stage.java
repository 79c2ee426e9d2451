package org.disclosure.contracts;

import com.fasterxml.jackson.annotation.JsonValue;

/** The stages of the pipeline, in the order a document passes them. */
public enum Stage {

	INGEST("ingest"), PARSE("parse"), VALIDATE("validate"), INDEX("index");

	private final String value;

	Stage(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

}
