package org.disclosure.parse.boot;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of parse-service.
 *
 * @param timeLimit longest a document may take to parse before the parser worker is
 * killed and the document is a {@code parse_timeout} failure
 * @param maxAttempts parse attempts that may die with the service process before the
 * document is given up as {@code parser_crashed}
 * @param workers parser workers of this instance, each with a consumer of its own: as
 * many documents are parsed at once; 0 for one per core
 * @param worker the parser worker JVM
 * @param followAttachments whether the attachments a landing page links are requested for
 * fetching ({@code disclosure.fetch-requested.v1}); off by default, when the failure only
 * lists them
 */
@ConfigurationProperties("pipeline.parse")
public record ParseProperties(@DefaultValue("120s") Duration timeLimit, @DefaultValue("2") int maxAttempts,
		@DefaultValue("0") int workers, @DefaultValue Worker worker, @DefaultValue("false") boolean followAttachments) {

	/** The parser workers to run: {@link #workers()}, or one per core when that is 0. */
	public int workerCount() {
		return (this.workers > 0) ? this.workers : Runtime.getRuntime().availableProcessors();
	}

	/**
	 * @param maxHeap heap of the parser worker JVM ({@code -Xmx}); a document that needs
	 * more is an {@code out_of_memory} failure
	 */
	public record Worker(@DefaultValue("512MB") DataSize maxHeap) {
	}

}
