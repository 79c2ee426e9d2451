package org.disclosure.ingest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** What a crawler sends ingest-service in the integration tests. */
final class Uploads {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private Uploads() {
	}

	/** Uploads {@code bytes} as {@code fileName} to the service on {@code port}. */
	static HttpResponse<String> upload(int port, String fileName, byte[] bytes, String key) throws Exception {
		String boundary = "----it" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/documents"))
			.header("X-Api-Key", key)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, bytes, tail)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
