package org.disclosure.contracts;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A crawler asks the pipeline to fetch a disclosure from a URL. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FetchRequested(int schemaVersion, String requestId, String url, String publisher,
		Instant requestedAt) implements PipelineEvent {

	public static final int SCHEMA_VERSION = 1;

	public static final String TYPE = "org.disclosure.fetch.requested.v1";

	@Override
	public String key() {
		return this.requestId;
	}

	@Override
	public String cloudEventType() {
		return TYPE;
	}

}
