package org.disclosure.parse.boot;

import java.time.Duration;

import org.disclosure.parse.ocr.OcrSettings;

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
 * @param ocr OCR of pages without a usable text layer
 */
@ConfigurationProperties("pipeline.parse")
public record ParseProperties(@DefaultValue("120s") Duration timeLimit, @DefaultValue("2") int maxAttempts,
		@DefaultValue("0") int workers, @DefaultValue Worker worker, @DefaultValue("false") boolean followAttachments,
		@DefaultValue Ocr ocr) {

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

	/**
	 * OCR of scans and of pages without a usable text layer, by Tesseract in the parser
	 * worker.
	 *
	 * @param enabled false to never run OCR
	 * @param command the Tesseract executable
	 * @param language the language data of the page text
	 * @param dpi resolution PDF pages are rendered at
	 * @param pageTimeLimit longest OCR of one page may take; it is added to the
	 * document's time limit for each page read
	 * @param documentTimeLimit the most a document may take, its pages read by OCR
	 * included; keep it below the consumer's {@code max.poll.interval.ms} (30 minutes),
	 * or a long scan puts its consumer out of the group
	 * @param maxPages most pages of one document read by OCR
	 * @param threads pages of one document read at the same time
	 */
	public record Ocr(@DefaultValue("true") boolean enabled, @DefaultValue("tesseract") String command,
			@DefaultValue("chi_sim") String language, @DefaultValue("300") int dpi,
			@DefaultValue("60s") Duration pageTimeLimit, @DefaultValue("200") int maxPages,
			@DefaultValue("1") int threads, @DefaultValue("25m") Duration documentTimeLimit) {

		public OcrSettings settings() {
			return new OcrSettings(this.enabled, this.command, this.language, this.dpi, this.pageTimeLimit,
					this.maxPages, this.threads);
		}

	}

}
