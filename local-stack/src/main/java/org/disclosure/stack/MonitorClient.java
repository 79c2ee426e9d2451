package org.disclosure.stack;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * Reads index-service's figures of the pipeline ({@code GET /api/v1/monitor}): topics,
 * lag, stages, failures, stuck documents over a time window.
 */
final class MonitorClient {

	private static final String PATH = "/api/v1/monitor";

	private final ServiceApi api;

	MonitorClient(String baseUrl) {
		this.api = new ServiceApi(baseUrl, null);
	}

	/**
	 * @param window e.g. {@code 15m}
	 * @throws IllegalStateException when index-service answers with an error status
	 */
	Map<String, Object> read(String window) throws IOException, InterruptedException {
		ServiceApi.Answer answer = this.api.get(PATH + "?window=" + window, Duration.ofSeconds(15));
		if (!answer.isSuccess()) {
			String excerpt = answer.excerpt(200);
			throw new IllegalStateException("index-service answered HTTP " + answer.status() + " for " + PATH
					+ (excerpt.isEmpty() ? "" : ": " + excerpt));
		}
		return answer.json();
	}

}
