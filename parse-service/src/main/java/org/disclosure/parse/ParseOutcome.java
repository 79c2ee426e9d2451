package org.disclosure.parse;

import java.util.List;

import org.disclosure.contracts.DisclosureMetadata;

/**
 * What parsing a document gave: a disclosure read into metadata, text and tables, or the
 * reason it could not be. Both are normal results.
 */
public sealed interface ParseOutcome {

	/**
	 * A disclosure, read.
	 *
	 * @param metadata what it says about itself; fields not found are null
	 * @param text its extracted text
	 * @param tables canonical codes of the tables it contains, in document order
	 * @param mediaType the media type detected from its bytes
	 * @param truncated true when the text was cut at the write limit
	 */
	record Parsed(DisclosureMetadata metadata, String text, List<String> tables, String mediaType,
			boolean truncated) implements ParseOutcome {

		public Parsed {
			tables = List.copyOf(tables);
		}

	}

	/**
	 * A document that could not be parsed.
	 *
	 * @param failure why, as a category
	 * @param message what went wrong, for a person
	 */
	record Failed(ParseFailure failure, String message) implements ParseOutcome {

		/** The machine-readable reason, e.g. {@code no_text}. */
		public String reason() {
			return this.failure.reason();
		}

	}

	static Failed failed(ParseFailure failure, String message) {
		return new Failed(failure, message);
	}

}
