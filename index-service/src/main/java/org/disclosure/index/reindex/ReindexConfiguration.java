package org.disclosure.index.reindex;

import java.time.Clock;

import org.disclosure.index.elasticsearch.IndexInstaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rebuild side of index-service. With {@code on-start}, a service whose templates are
 * newer than the indices its aliases point at rebuilds them by itself once it runs.
 */
@Configuration(proxyBeanMethods = false)
class ReindexConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(ReindexConfiguration.class);

	@Bean(destroyMethod = "close")
	Reindex reindex(Replay replay, IndexInstaller installer, ReindexProperties properties) {
		return new Reindex(replay, installer, Clock.systemUTC(), properties.pollInterval());
	}

	@Bean
	ApplicationListener<ApplicationReadyEvent> reindexOnStart(Reindex reindex, IndexInstaller installer,
			ReindexProperties properties) {
		return (event) -> {
			if (!properties.onStart()) {
				return;
			}
			try {
				if (!installer.pending().isEmpty()) {
					logger.info("Aliases on an earlier version: {}; rebuilding by replay", installer.pending());
					reindex.start("start");
				}
			}
			catch (Exception ex) {
				logger.error("Could not start the rebuild by replay; run ./pipeline reindex once the cause is fixed",
						ex);
			}
		};
	}

}
