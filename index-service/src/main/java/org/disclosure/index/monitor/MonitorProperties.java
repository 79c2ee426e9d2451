package org.disclosure.index.monitor;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The monitor's settings ({@code pipeline.index.monitor.*}).
 *
 * @param stuckAfter how long a stage may have its input without an outcome before the
 * document counts as stuck
 * @param recentFailures how many of the latest failures the monitor lists
 * @param stuckScan how many documents the search for stuck ones examines at most
 */
@ConfigurationProperties("pipeline.index.monitor")
public record MonitorProperties(@DefaultValue("10m") Duration stuckAfter, @DefaultValue("20") int recentFailures,
		@DefaultValue("500") int stuckScan) {
}
