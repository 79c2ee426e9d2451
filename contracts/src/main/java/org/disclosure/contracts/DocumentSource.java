package org.disclosure.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a document came from and what it is, as ingest-service saw it. The media type is
 * detected from the bytes, never taken from the client.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentSource(String url, String fileName, String mediaType, long sizeBytes, String publisher) {
}
