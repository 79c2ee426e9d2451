package org.disclosure.parse;

/**
 * Why a document could not be parsed: a reason of the document's own, reported as
 * {@code DocumentFailed.reason}.
 */
public enum ParseFailure {

	/** No bytes at all. */
	EMPTY_DOCUMENT("empty_document"),

	/** Bytes of no format the parser reads (e.g. random bytes, an image). */
	UNSUPPORTED_FORMAT("unsupported_format"),

	/** Password protected. */
	ENCRYPTED_DOCUMENT("encrypted_document"),

	/** A corrupt or truncated file the parser failed on. */
	UNREADABLE_DOCUMENT("unreadable_document"),

	/** Readable, but without any text (e.g. a scanned PDF). */
	NO_TEXT("no_text"),

	/** Text that is no 部门预算 or 部门决算. */
	NOT_A_DISCLOSURE("not_a_disclosure"),

	/**
	 * A web page that is no disclosure itself but links the documents that are
	 * (…部门决算.pdf, …预算公开.xls); the failure lists them.
	 */
	LANDING_PAGE("landing_page"),

	/** Parsing did not finish within the time limit (a parser loop or a hostile file). */
	TIME_LIMIT("parse_timeout"),

	/** Parsing ran out of memory (the parser worker's heap). */
	OUT_OF_MEMORY("out_of_memory"),

	/**
	 * The parser died while parsing this document: its worker JVM crashed or was killed,
	 * or parse-service itself died on it more than once.
	 */
	PARSER_CRASHED("parser_crashed");

	private final String reason;

	ParseFailure(String reason) {
		this.reason = reason;
	}

	/** The machine-readable reason, e.g. {@code unreadable_document}. */
	public String reason() {
		return this.reason;
	}

}
