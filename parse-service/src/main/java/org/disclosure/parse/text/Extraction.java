package org.disclosure.parse.text;

/**
 * What text extraction gave: the text of a document, or the reason it could not be read.
 * An unreadable document is a value, never an exception, so a listener does not retry it.
 */
public sealed interface Extraction {

	/**
	 * The document's text.
	 *
	 * @param text plain text, one paragraph or table row per line, table cells separated
	 * by TAB
	 * @param xhtml Tika's XHTML ({@code <table><tr><td>} kept), or null when not asked
	 * for
	 * @param mediaType the media type detected from the bytes
	 * @param truncated true when the text reached the write limit and was cut there
	 */
	record Text(String text, String xhtml, String mediaType, boolean truncated) implements Extraction {
	}

	/**
	 * The bytes could not be read as a document.
	 *
	 * @param problem why, as a category
	 * @param message what went wrong, for a person
	 * @param mediaType the media type detected from the bytes, null when there were none
	 */
	record Unreadable(Problem problem, String message, String mediaType) implements Extraction {
	}

	/** Why a document gave no text. */
	enum Problem {

		/** No bytes at all. */
		EMPTY,

		/** The bytes are no format Tika reads (e.g. random bytes). */
		UNSUPPORTED_FORMAT,

		/** The document is password protected. */
		ENCRYPTED,

		/** A parser failed on the bytes: corrupt or truncated file. */
		CORRUPT

	}

}
