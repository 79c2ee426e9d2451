package org.disclosure.stack;

import java.io.IOException;
import java.net.http.HttpRequest;
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

	/** A whole stage of a large log takes a while to read and re-send. */
	private static final Duration REPLAY_TIMEOUT = Duration.ofMinutes(30);

	private final ServiceApi api;

	ReplayClient(String baseUrl, String apiKey) {
		this.api = new ServiceApi(baseUrl, apiKey);
	}

	/**
	 * @param request the body's fields: {@code doc_id}, {@code stage},
	 * {@code dead_letter_topic} (text), {@code from_offset} (number)
	 * @return the replay's report
	 * @throws IllegalStateException when index-service refuses, with its reason
	 */
	Map<String, Object> replay(Map<String, Object> request) throws IOException, InterruptedException {
		ServiceApi.Answer answer = this.api.post("/api/v1/replay", REPLAY_TIMEOUT, "application/json",
				HttpRequest.BodyPublishers.ofString(body(request), StandardCharsets.UTF_8));
		if (!answer.isSuccess()) {
			throw new IllegalStateException("index-service refused the replay: " + answer.refusal());
		}
		return answer.fields();
	}

	static String body(Map<String, Object> request) {
		return request.entrySet()
			.stream()
			.map((field) -> Json.quote(field.getKey()) + ": "
					+ ((field.getValue() instanceof Number) ? field.getValue().toString()
							: Json.quote(String.valueOf(field.getValue()))))
			.collect(Collectors.joining(", ", "{", "}"));
	}

}
