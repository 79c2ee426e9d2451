package org.disclosure.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the end-to-end tests do to a running pipeline: push as a crawler, read
 * Elasticsearch.
 */
final class PipelineClient {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String ingestUrl;

	private final String elasticsearchUrl;

	PipelineClient(String ingestUrl, String elasticsearchUrl) {
		this.ingestUrl = ingestUrl;
		this.elasticsearchUrl = elasticsearchUrl;
	}

	JsonNode readTree(String text) {
		return this.json.readTree(text);
	}

	/**
	 * Uploads {@code bytes} as {@code fileName}; asserts the HTTP status and returns the
	 * answer.
	 */
	JsonNode push(String fileName, byte[] bytes, int expectedStatus) throws IOException, InterruptedException {
		String boundary = "----e2e" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.ingestUrl + "/api/v1/documents"))
			.header("X-Api-Key", RunningPipeline.API_KEY)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, bytes, tail)))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(fileName + ": " + response.body()).isEqualTo(expectedStatus);
		return this.json.readTree(response.body());
	}

	/** POSTs JSON to ingest-service with the API key. */
	HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
		return postJsonTo(this.ingestUrl + path, body);
	}

	/** POSTs JSON to {@code url} (any service) with the API key. */
	HttpResponse<String> postJsonTo(String url, String body) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url))
			.header("X-Api-Key", RunningPipeline.API_KEY)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Documents in {@code index}; -1 while it cannot answer (missing, or Elasticsearch
	 * down).
	 */
	long count(String index) {
		try {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(URI.create(this.elasticsearchUrl + "/" + index + "/_count")).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			return (response.statusCode() == 200) ? this.json.readTree(response.body()).path("count").asLong() : -1;
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/** Documents in {@code index} matching the query JSON. */
	long count(String index, String query) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create(this.elasticsearchUrl + "/" + index + "/_count"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(query))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body()).path("count").asLong();
	}

	/** The hits of a search of {@code index}. */
	JsonNode search(String index, String query) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create(this.elasticsearchUrl + "/" + index + "/_search"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(query))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body()).path("hits").path("hits");
	}

	/** The indexed disclosure {@code docId}. */
	JsonNode disclosure(String docId) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create(this.elasticsearchUrl + "/disclosures/_doc/" + docId)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(docId).isEqualTo(200);
		return this.json.readTree(response.body()).path("_source");
	}

	/** GETs {@code url} and reads the JSON answer, asserting 200. */
	JsonNode getJson(String url) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

}
