package org.disclosure.stack;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * Asks index-service to rebuild its indices by replaying the pipeline
 * ({@code POST /api/v1/reindex}, with the API key) and where that stands
 * ({@code GET /api/v1/reindex}).
 */
final class ReindexClient {

	private static final String PATH = "/api/v1/reindex";

	private final ServiceApi api;

	ReindexClient(String baseUrl, String apiKey) {
		this.api = new ServiceApi(baseUrl, apiKey);
	}

	/**
	 * Starts a rebuild.
	 * @return the status right after the rewind
	 * @throws IllegalStateException when index-service refuses, with its reason
	 */
	Map<String, Object> start() throws IOException, InterruptedException {
		return statusOf(this.api.post(PATH, Duration.ofMinutes(2)));
	}

	/** Where the last rebuild stands. */
	Map<String, Object> status() throws IOException, InterruptedException {
		return statusOf(this.api.get(PATH, Duration.ofSeconds(30)));
	}

	private static Map<String, Object> statusOf(ServiceApi.Answer answer) {
		if (!answer.isSuccess()) {
			throw new IllegalStateException("index-service refused the rebuild: " + answer.refusal());
		}
		return answer.fields();
	}

}
