package org.disclosure.parse.boot;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of parse-service.
 *
 * @param timeLimit longest a document may take to parse before it is a
 * {@code parse_timeout} failure
 * @param maxAttempts parse attempts that may die with the process before the document is
 * given up as {@code parser_crashed}
 * @param maxStuckWorkers abandoned parser threads still running before the service
 * reports itself down (to be restarted)
 */
@ConfigurationProperties("pipeline.parse")
public record ParseProperties(@DefaultValue("120s") Duration timeLimit, @DefaultValue("2") int maxAttempts,
		@DefaultValue("2") int maxStuckWorkers) {
}
