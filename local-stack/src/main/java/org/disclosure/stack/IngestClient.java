package org.disclosure.stack;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Pushes one file to ingest-service: {@code POST /api/v1/documents}, multipart, with the
 * API key.
 */
final class IngestClient {

	private final ServiceApi api;

	IngestClient(String baseUrl, String apiKey) {
		this.api = new ServiceApi(baseUrl, apiKey);
	}

	/**
	 * What ingest-service answered for one file.
	 *
	 * @param httpStatus the HTTP status
	 * @param docId the document id (SHA-256 of the bytes) when accepted
	 * @param status {@code accepted} or {@code duplicate} when accepted
	 * @param error the error code of a refusal
	 * @param message the explanation of a refusal
	 */
	record Outcome(int httpStatus, String docId, String status, String error, String message) {

		boolean isAccepted() {
			return this.httpStatus / 100 == 2 && this.docId != null;
		}

		/** The part of a {@code push} line after the file name. */
		String describe() {
			if (isAccepted()) {
				return this.docId + "  " + ((this.status != null) ? this.status : "accepted");
			}
			return ServiceApi.refusal(this.httpStatus, this.error, this.message);
		}

		static Outcome of(int httpStatus, String body) {
			Map<String, Object> fields = new ServiceApi.Answer(httpStatus, body).fields();
			return new Outcome(httpStatus, Json.text(fields, "doc_id"), Json.text(fields, "status"),
					Json.text(fields, "error"), Json.text(fields, "message"));
		}

	}

	String baseUrl() {
		return this.api.baseUrl();
	}

	Outcome push(Path file, String sourceUrl, String publisher) throws IOException, InterruptedException {
		String boundary = "----disclosure-pipeline-" + HexFormat.of().formatHex(randomBytes());
		List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
		String fileName = file.getFileName().toString().replace("\"", "%22").replaceAll("[\r\n]", " ");
		parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
		parts.add(HttpRequest.BodyPublishers.ofFile(file));
		parts.add(text("\r\n"));
		addField(parts, boundary, "source_url", sourceUrl);
		addField(parts, boundary, "publisher", publisher);
		parts.add(text("--" + boundary + "--\r\n"));
		ServiceApi.Answer answer = this.api.post("/api/v1/documents", Duration.ofMinutes(5),
				"multipart/form-data; boundary=" + boundary,
				HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new)));
		return Outcome.of(answer.status(), answer.body());
	}

	private static void addField(List<HttpRequest.BodyPublisher> parts, String boundary, String name, String value) {
		if (value != null && !value.isBlank()) {
			parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
					+ "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n"));
		}
	}

	private static HttpRequest.BodyPublisher text(String text) {
		return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[8];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

}
