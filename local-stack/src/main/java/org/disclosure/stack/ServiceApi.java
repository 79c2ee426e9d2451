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
 * One service's HTTP API as the command line calls it: JSON answers, the API key on every
 * {@code POST}, a refusal's {@code error} and {@code message} as text.
 */
final class ServiceApi {

	/**
	 * The services listen on this machine, where a connection is made or refused at once;
	 * 3 s only bounds a hung one, and keeps {@code status} quick when index-service is
	 * down.
	 */
	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	/** How much of an answer that is no JSON a message quotes. */
	private static final int EXCERPT = 200;

	private final String baseUrl;

	private final String apiKey;

	/**
	 * @param baseUrl e.g. {@code http://127.0.0.1:8084}
	 * @param apiKey sent as {@code X-Api-Key} with each {@code POST}; null for an API
	 * only read
	 */
	ServiceApi(String baseUrl, String apiKey) {
		this.baseUrl = baseUrl;
		this.apiKey = apiKey;
	}

	String baseUrl() {
		return this.baseUrl;
	}

	Answer get(String path, Duration timeout) throws IOException, InterruptedException {
		return send(request(path, timeout).GET());
	}

	Answer post(String path, Duration timeout) throws IOException, InterruptedException {
		return send(keyed(path, timeout).POST(HttpRequest.BodyPublishers.noBody()));
	}

	Answer post(String path, Duration timeout, String contentType, HttpRequest.BodyPublisher body)
			throws IOException, InterruptedException {
		return send(keyed(path, timeout).header("Content-Type", contentType).POST(body));
	}

	private HttpRequest.Builder request(String path, Duration timeout) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(timeout)
			.header("Accept", "application/json");
	}

	private HttpRequest.Builder keyed(String path, Duration timeout) {
		return request(path, timeout).header("X-Api-Key", this.apiKey);
	}

	private static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Answer(response.statusCode(), response.body());
	}

	/** A refusal as one line: {@code HTTP 401 unauthorized: Bad API key}. */
	static String refusal(int status, String error, String message) {
		StringBuilder text = new StringBuilder("HTTP ").append(status);
		if (error != null) {
			text.append(' ').append(error);
		}
		if (message != null) {
			text.append(": ").append(message);
		}
		return text.toString();
	}

	/**
	 * What a service answered.
	 *
	 * @param status the HTTP status
	 * @param body the body as text
	 */
	record Answer(int status, String body) {

		boolean isSuccess() {
			return this.status / 100 == 2;
		}

		/**
		 * The body's object, empty when the body is some other JSON value.
		 * @throws IllegalArgumentException when the body is no JSON
		 */
		Map<String, Object> json() {
			return Json.parseObject(this.body);
		}

		/**
		 * The body's object; a body that is no JSON (a proxy's error page) as its
		 * {@code message}, an empty one as no field.
		 */
		Map<String, Object> fields() {
			try {
				return Json.parseObject(this.body);
			}
			catch (IllegalArgumentException notJson) {
				String excerpt = excerpt(EXCERPT);
				return excerpt.isEmpty() ? Map.of() : Map.of("message", excerpt);
			}
		}

		/**
		 * The body's {@code error} and {@code message}, see {@link ServiceApi#refusal}.
		 */
		String refusal() {
			Map<String, Object> fields = fields();
			return ServiceApi.refusal(this.status, Json.text(fields, "error"), Json.text(fields, "message"));
		}

		/** The body stripped and cut to at most {@code length} characters. */
		String excerpt(int length) {
			String text = this.body.strip();
			return text.substring(0, Math.min(length, text.length()));
		}

	}

}
