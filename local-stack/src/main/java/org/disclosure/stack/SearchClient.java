package org.disclosure.stack;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Asks index-service's search API: {@code GET /api/v1/search?q=…&province=…}. */
final class SearchClient {

	private final ServiceApi api;

	SearchClient(String baseUrl) {
		this.api = new ServiceApi(baseUrl, null);
	}

	/**
	 * @param query the text query, or null for none
	 * @param filters further parameters by their name in the API (province, …,
	 * skipped_rule, sort, page)
	 * @return the parsed answer
	 * @throws IllegalStateException when the API answers with an error status
	 */
	Map<String, Object> search(String query, Map<String, String> filters) throws IOException, InterruptedException {
		ServiceApi.Answer answer = this.api.get(path(query, filters), Duration.ofSeconds(30));
		if (!answer.isSuccess()) {
			throw new IllegalStateException(
					"The search API answered HTTP " + answer.status() + ": " + answer.excerpt(300));
		}
		return answer.json();
	}

	String url(String query, Map<String, String> filters) {
		return this.api.baseUrl() + path(query, filters);
	}

	private static String path(String query, Map<String, String> filters) {
		Map<String, String> params = new LinkedHashMap<>();
		if (query != null) {
			params.put("q", query);
		}
		params.putAll(filters);
		String encoded = params.entrySet()
			.stream()
			.map((param) -> encode(param.getKey()) + "=" + encode(param.getValue()))
			.collect(Collectors.joining("&"));
		return "/api/v1/search" + (encoded.isEmpty() ? "" : "?" + encoded);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
