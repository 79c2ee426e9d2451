package org.disclosure.ingest.intake;

/** Why a document was not taken in. The code is what operators filter on. */
public enum Rejection {

	EMPTY_DOCUMENT("empty_document"), TOO_LARGE("too_large"), UNSUPPORTED_MEDIA_TYPE("unsupported_media_type"),
	URL_REFUSED("url_refused"), FETCH_FAILED("fetch_failed");

	private final String code;

	Rejection(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
