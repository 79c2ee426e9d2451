package org.disclosure.ingest;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of ingest-service.
 *
 * @param apiKeys keys a crawler may present in {@code X-Api-Key}
 * @param maxDocumentSize the largest document accepted, uploaded or fetched
 * @param fetch how documents are fetched from URLs
 * @param backlog when uploads are refused because the pipeline is behind
 */
@ConfigurationProperties("pipeline.ingest")
public record IngestProperties(List<String> apiKeys, @DefaultValue("100MB") DataSize maxDocumentSize,
		@DefaultValue Fetch fetch, @DefaultValue Backlog backlog) {

	public IngestProperties {
		apiKeys = (apiKeys != null) ? apiKeys.stream().filter((key) -> !key.isBlank()).toList() : List.of();
	}

	/**
	 * @param connectTimeout time to open a connection
	 * @param readTimeout time for the whole response
	 * @param maxRedirects redirects followed, each checked like the first URL
	 * @param allowedHosts hosts or addresses exempt from the private-address refusal (for
	 * tests and intranet crawls)
	 */
	public record Fetch(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("60s") Duration readTimeout,
			@DefaultValue("5") int maxRedirects, List<String> allowedHosts) {

		public Fetch {
			allowedHosts = (allowedHosts != null) ? List.copyOf(allowedHosts) : List.of();
		}

	}

	/**
	 * @param max documents accepted but not yet parsed, validated and indexed (the lag of
	 * the stages' consumer groups) above which uploads and fetches are answered 429 with
	 * {@code Retry-After}; 0 accepts whatever the backlog (Kafka keeps it)
	 * @param retryAfter what {@code Retry-After} tells the crawler
	 * @param refresh how often the backlog is read from the broker
	 */
	public record Backlog(@DefaultValue("0") long max, @DefaultValue("30s") Duration retryAfter,
			@DefaultValue("5s") Duration refresh) {
	}

	@Override
	public String toString() {
		return "IngestProperties[apiKeys=" + this.apiKeys.size() + " (redacted), maxDocumentSize="
				+ this.maxDocumentSize + ", fetch=" + this.fetch + ", backlog=" + this.backlog + "]";
	}

}
