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
 * Reads index-service's figures of the pipeline ({@code GET /api/v1/monitor}): topics,
 * lag, stages, failures, stuck documents over a time window.
 */
final class MonitorClient {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	private final String baseUrl;

	MonitorClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * @param window e.g. {@code 15m}
	 * @throws IllegalStateException when index-service answers with an error status
	 */
	Map<String, Object> read(String window) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP
			.send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/api/v1/monitor?window=" + window))
				.timeout(Duration.ofSeconds(15))
				.header("Accept", "application/json")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() / 100 != 2) {
			String body = response.body().strip();
			throw new IllegalStateException(
					"index-service answered HTTP " + response.statusCode() + " for " + "/api/v1/monitor"
							+ (body.isEmpty() ? "" : ": " + body.substring(0, Math.min(200, body.length()))));
		}
		return Json.parseObject(response.body());
	}

}
