package org.disclosure.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Asks index-service to rebuild its indices by replaying the pipeline
 * ({@code POST /api/v1/reindex}, with the API key) and where that stands
 * ({@code GET /api/v1/reindex}).
 */
final class ReindexClient {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final String apiKey;

	ReindexClient(String baseUrl, String apiKey) {
		this.baseUrl = baseUrl;
		this.apiKey = apiKey;
	}

	/**
	 * Starts a rebuild.
	 * @return the status right after the rewind
	 * @throws IllegalStateException when index-service refuses, with its reason
	 */
	Map<String, Object> start() throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/api/v1/reindex"))
			.timeout(Duration.ofMinutes(2))
			.header("X-Api-Key", this.apiKey)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
	}

	/** Where the last rebuild stands. */
	Map<String, Object> status() throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/api/v1/reindex"))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.GET()
			.build());
	}

	private static Map<String, Object> send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		Map<String, Object> body = response.body().isBlank() ? Map.of() : Json.parseObject(response.body());
		if (response.statusCode() / 100 != 2) {
			String error = Json.text(body, "error");
			String message = Json.text(body, "message");
			throw new IllegalStateException("index-service refused the rebuild: HTTP " + response.statusCode()
					+ ((error != null) ? " " + error : "") + ((message != null) ? ": " + message : ""));
		}
		return body;
	}

}
