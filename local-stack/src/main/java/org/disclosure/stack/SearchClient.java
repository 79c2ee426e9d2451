package org.disclosure.stack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Asks index-service's search API: {@code GET /api/v1/search?q=…&province=…}. */
final class SearchClient {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	SearchClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * @param query the text query, or null for none
	 * @param filters further parameters (province, city, county, year, kind, status)
	 * @return the parsed answer
	 * @throws IllegalStateException when the API answers with an error status
	 */
	Map<String, Object> search(String query, Map<String, String> filters) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(query, filters)))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.GET()
			.build();
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("The search API answered HTTP " + response.statusCode() + ": "
					+ response.body().strip().substring(0, Math.min(300, response.body().strip().length())));
		}
		return Json.parseObject(response.body());
	}

	String url(String query, Map<String, String> filters) {
		Map<String, String> params = new LinkedHashMap<>();
		if (query != null) {
			params.put("q", query);
		}
		params.putAll(filters);
		String encoded = params.entrySet()
			.stream()
			.map((param) -> encode(param.getKey()) + "=" + encode(param.getValue()))
			.collect(Collectors.joining("&"));
		return this.baseUrl + "/api/v1/search" + (encoded.isEmpty() ? "" : "?" + encoded);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
