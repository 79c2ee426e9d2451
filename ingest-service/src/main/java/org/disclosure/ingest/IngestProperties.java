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
 */
@ConfigurationProperties("pipeline.ingest")
public record IngestProperties(List<String> apiKeys, @DefaultValue("100MB") DataSize maxDocumentSize,
		@DefaultValue Fetch fetch) {

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

	@Override
	public String toString() {
		return "IngestProperties[apiKeys=" + this.apiKeys.size() + " (redacted), maxDocumentSize="
				+ this.maxDocumentSize + ", fetch=" + this.fetch + "]";
	}

}
