package org.disclosure.contracts;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A disclosure read into structure. Its extracted text is a claim check too:
 * {@code textBlobKey} names the UTF-8 text in the blob store.
 *
 * @param tables canonical codes of the tables found (FA01…, BU01…), in document order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentParsed(int schemaVersion, String docId, DocumentSource source, Instant fetchedAt,
		Instant parsedAt, String parserVersion, DisclosureMetadata metadata, String textBlobKey, int textChars,
		List<String> tables) implements PipelineEvent {

	public static final int SCHEMA_VERSION = 1;

	public static final String TYPE = "org.disclosure.document.parsed.v1";

	@Override
	public String key() {
		return this.docId;
	}

	@Override
	public String cloudEventType() {
		return TYPE;
	}

}
