package org.disclosure.index.reindex;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rebuilding the indices by replay ({@code pipeline.index.reindex.*}).
 *
 * @param onStart whether the service starts a rebuild by itself when it finds an alias on
 * an earlier version than its templates (a new template version was deployed)
 * @param apiKey the key {@code POST /api/v1/reindex} asks for in {@code X-Api-Key}
 * ({@code PIPELINE_API_KEY}); without one the endpoint is disabled; never printed
 * @param pollInterval how often the replay's progress is checked
 */
@ConfigurationProperties("pipeline.index.reindex")
public record ReindexProperties(@DefaultValue("true") boolean onStart, String apiKey,
		@DefaultValue("1s") Duration pollInterval) {

	@Override
	public String toString() {
		return "ReindexProperties[onStart=" + this.onStart + ", apiKey="
				+ ((this.apiKey != null && !this.apiKey.isBlank()) ? "******" : null) + ", pollInterval="
				+ this.pollInterval + "]";
	}

}
