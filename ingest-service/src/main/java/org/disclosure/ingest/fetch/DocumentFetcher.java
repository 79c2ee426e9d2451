package org.disclosure.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Downloads a document over http(s), following redirects itself so that every hop passes
 * the {@link UrlGuard}. The body is handed over as a stream; the caller enforces the size
 * limit while storing it.
 */
public final class DocumentFetcher {

	private final HttpClient client;

	private final UrlGuard guard;

	private final Duration readTimeout;

	private final int maxRedirects;

	public DocumentFetcher(UrlGuard guard, Duration connectTimeout, Duration readTimeout, int maxRedirects) {
		this.client = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.guard = guard;
		this.readTimeout = readTimeout;
		this.maxRedirects = maxRedirects;
	}

	/** Fetches {@code url}; the caller closes the returned body. */
	public FetchedBody fetch(String url) throws FetchRefusedException {
		URI uri = parse(url);
		for (int hop = 0; hop <= this.maxRedirects; hop++) {
			this.guard.check(uri);
			HttpResponse<InputStream> response = send(uri);
			int status = response.statusCode();
			if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
				close(response.body());
				uri = uri.resolve(response.headers().firstValue("Location").get());
				continue;
			}
			if (status != 200) {
				close(response.body());
				throw FetchRefusedException.failed("HTTP " + status + " from " + uri);
			}
			return new FetchedBody(response.body(), uri.toString(), fileName(uri));
		}
		throw FetchRefusedException.failed("More than " + this.maxRedirects + " redirects from " + url);
	}

	private HttpResponse<InputStream> send(URI uri) throws FetchRefusedException {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.readTimeout)
			.header("User-Agent", "disclosure-pipeline/ingest")
			.GET()
			.build();
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (HttpTimeoutException ex) {
			throw FetchRefusedException.failed("Timed out fetching " + uri);
		}
		catch (IOException ex) {
			throw FetchRefusedException.failed("Could not fetch " + uri + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw FetchRefusedException.failed("Interrupted fetching " + uri);
		}
	}

	private static URI parse(String url) throws FetchRefusedException {
		if (url == null || url.isBlank()) {
			throw new FetchRefusedException("No URL given");
		}
		try {
			return URI.create(url.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new FetchRefusedException("Not a URL: " + url);
		}
	}

	private static String fileName(URI uri) {
		String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
		String last = path.substring(path.lastIndexOf('/') + 1);
		return last.isEmpty() ? null : URLDecoder.decode(last, StandardCharsets.UTF_8);
	}

	private static void close(InputStream body) {
		try {
			body.close();
		}
		catch (IOException ex) {
			// the response is abandoned either way
		}
	}

	/** A fetched body with the URL it finally came from. */
	public record FetchedBody(InputStream body, String finalUrl, String fileName) {
	}

}
