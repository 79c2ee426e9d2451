package org.disclosure.ingest.intake;

import java.util.Set;

/**
 * The formats disclosures are published in, as Apache Tika names them; PNG, JPEG and TIFF
 * images are scans of a disclosure, which parse-service reads by OCR.
 */
final class SupportedMediaTypes {

	private static final Set<String> SUPPORTED = Set.of("text/plain", "text/html", "application/xhtml+xml",
			"application/pdf", "application/msword",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/x-tika-msoffice",
			"application/x-tika-ooxml", "application/rtf", "application/vnd.ms-works", "application/wps-office.doc",
			"application/wps-office.docx", "application/wps-office.xls", "application/wps-office.xlsx", "image/png",
			"image/jpeg", "image/tiff");

	private SupportedMediaTypes() {
	}

	/**
	 * {@code mediaType} without parameters, e.g. {@code text/plain; charset=UTF-8} →
	 * text/plain.
	 */
	static boolean isSupported(String mediaType) {
		int semicolon = mediaType.indexOf(';');
		String base = (semicolon < 0) ? mediaType : mediaType.substring(0, semicolon);
		return SUPPORTED.contains(base.strip().toLowerCase());
	}

}
