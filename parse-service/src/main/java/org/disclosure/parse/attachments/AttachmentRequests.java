package org.disclosure.parse.attachments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.FetchRequested;

/**
 * The fetch requests that follow a landing page: one {@link FetchRequested} per absolute
 * http(s) attachment it links, under the page's publisher. A request's id is derived from
 * the page and the URL, so parsing the page again asks for the same fetches under the
 * same ids; ingest takes in each document once however often it is asked for.
 */
public final class AttachmentRequests {

	private AttachmentRequests() {
	}

	/**
	 * The requests for {@code failed}'s attachments.
	 * @param failed a failure; only a landing page's has attachments
	 * @param now when the requests are made
	 * @return the requests, empty when the failure links nothing fetchable
	 */
	public static List<FetchRequested> of(DocumentFailed failed, Instant now) {
		if (failed.attachments() == null) {
			return List.of();
		}
		String publisher = (failed.source() != null) ? failed.source().publisher() : null;
		return failed.attachments()
			.stream()
			.filter(AttachmentRequests::fetchable)
			.map((url) -> new FetchRequested(FetchRequested.SCHEMA_VERSION, requestId(failed.docId(), url), url,
					publisher, now))
			.toList();
	}

	private static boolean fetchable(String url) {
		String lower = url.toLowerCase(Locale.ROOT);
		return lower.startsWith("http://") || lower.startsWith("https://");
	}

	/** {@code attachment:<page doc id>:<SHA-256 of the URL, 16 hex digits>}. */
	private static String requestId(String pageDocId, String url) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
			return "attachment:" + pageDocId + ":" + HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
