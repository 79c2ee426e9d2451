package org.disclosure.index.replay;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a replay re-sends: one document, a whole stage, or a dead-letter topic. */
public enum ReplayKind {

	DOCUMENT("document"), STAGE("stage"), DEAD_LETTER_TOPIC("dead_letter_topic");

	private final String value;

	ReplayKind(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

}
