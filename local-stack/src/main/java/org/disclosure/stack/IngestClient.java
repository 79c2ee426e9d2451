package org.disclosure.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final String apiKey;

	IngestClient(String baseUrl, String apiKey) {
		this.baseUrl = baseUrl;
		this.apiKey = apiKey;
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
			StringBuilder text = new StringBuilder("HTTP ").append(this.httpStatus);
			if (this.error != null) {
				text.append(' ').append(this.error);
			}
			if (this.message != null) {
				text.append(": ").append(this.message);
			}
			return text.toString();
		}

		static Outcome of(int httpStatus, String body) {
			Map<String, Object> json;
			try {
				json = Json.parseObject(body);
			}
			catch (IllegalArgumentException notJson) {
				String trimmed = body.strip();
				return new Outcome(httpStatus, null, null, null,
						trimmed.isEmpty() ? null : trimmed.substring(0, Math.min(200, trimmed.length())));
			}
			return new Outcome(httpStatus, Json.text(json, "doc_id"), Json.text(json, "status"),
					Json.text(json, "error"), Json.text(json, "message"));
		}

	}

	String baseUrl() {
		return this.baseUrl;
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
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + "/api/v1/documents"))
			.timeout(Duration.ofMinutes(5))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-Api-Key", this.apiKey)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new)))
			.build();
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return Outcome.of(response.statusCode(), response.body());
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
