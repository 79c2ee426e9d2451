package org.disclosure.index.replay;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Replaying records through the pipeline ({@code pipeline.index.replay.*}).
 *
 * @param apiKey the key {@code POST /api/v1/replay} asks for in {@code X-Api-Key} (by
 * default the rebuild's, {@code PIPELINE_API_KEY}); without one the endpoint is disabled;
 * never printed
 * @param stallTimeout how long reading a topic may go without progress before the replay
 * gives up (broker gone)
 */
@ConfigurationProperties("pipeline.index.replay")
public record ReplayProperties(String apiKey, @DefaultValue("30s") Duration stallTimeout) {

	@Override
	public String toString() {
		return "ReplayProperties[apiKey=" + ((this.apiKey != null && !this.apiKey.isBlank()) ? "******" : null)
				+ ", stallTimeout=" + this.stallTimeout + "]";
	}

}
