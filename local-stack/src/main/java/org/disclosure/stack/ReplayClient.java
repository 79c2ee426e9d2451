package org.disclosure.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Asks index-service to re-send records through the pipeline
 * ({@code POST /api/v1/replay}, with the API key); it answers once the broker has them
 * all.
 */
final class ReplayClient {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** A whole stage of a large log takes a while to read and re-send. */
	private static final Duration REPLAY_TIMEOUT = Duration.ofMinutes(30);

	private final String baseUrl;

	private final String apiKey;

	ReplayClient(String baseUrl, String apiKey) {
		this.baseUrl = baseUrl;
		this.apiKey = apiKey;
	}

	/**
	 * @param request the body's fields: {@code doc_id}, {@code stage},
	 * {@code dead_letter_topic} (text), {@code from_offset} (number)
	 * @return the replay's report
	 * @throws IllegalStateException when index-service refuses, with its reason
	 */
	Map<String, Object> replay(Map<String, Object> request) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/api/v1/replay"))
			.timeout(REPLAY_TIMEOUT)
			.header("X-Api-Key", this.apiKey)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body(request), StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		Map<String, Object> answer = parse(response.body());
		if (response.statusCode() / 100 != 2) {
			String error = Json.text(answer, "error");
			String message = Json.text(answer, "message");
			throw new IllegalStateException("index-service refused the replay: HTTP " + response.statusCode()
					+ ((error != null) ? " " + error : "") + ((message != null) ? ": " + message : ""));
		}
		return answer;
	}

	static String body(Map<String, Object> request) {
		return request.entrySet()
			.stream()
			.map((field) -> Json.quote(field.getKey()) + ": "
					+ ((field.getValue() instanceof Number) ? field.getValue().toString()
							: Json.quote(String.valueOf(field.getValue()))))
			.collect(Collectors.joining(", ", "{", "}"));
	}

	private static Map<String, Object> parse(String body) {
		if (body == null || body.isBlank()) {
			return Map.of();
		}
		try {
			return Json.parseObject(body);
		}
		catch (IllegalArgumentException ex) {
			return Map.of("message", body.strip());
		}
	}

}
