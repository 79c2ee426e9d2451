package org.disclosure.parse.ocr;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * How pages without a usable text layer are read: Tesseract's command and language, the
 * resolution pages are rendered at, the time one page may take and the most pages read in
 * one document. parse-service hands them to its parser worker as system properties
 * ({@link #asSystemProperties()}).
 *
 * @param enabled false to never run OCR (pages needing it are recorded as unavailable)
 * @param command the Tesseract executable
 * @param language the language data of the page text ({@code chi_sim})
 * @param dpi the resolution PDF pages are rendered at
 * @param pageTimeLimit the longest OCR of one page may take; a page past it is recorded
 * as timed out and the rest of the document is read
 * @param maxPages the most pages of one document read by OCR; those beyond are recorded
 * as skipped
 * @param threads pages of one document read at the same time (one Tesseract process each,
 * one core each)
 */
public record OcrSettings(boolean enabled, String command, String language, int dpi, Duration pageTimeLimit,
		int maxPages, int threads) {

	/** The prefix of the settings' names. */
	public static final String PREFIX = "pipeline.parse.ocr.";

	public OcrSettings {
		if (dpi < 72 || dpi > 1200) {
			throw new IllegalArgumentException("pipeline.parse.ocr.dpi must be 72–1200, not " + dpi);
		}
		if (pageTimeLimit.isNegative() || pageTimeLimit.isZero()) {
			throw new IllegalArgumentException("pipeline.parse.ocr.page-time-limit must be positive");
		}
		if (maxPages < 0) {
			throw new IllegalArgumentException("pipeline.parse.ocr.max-pages must not be negative");
		}
		if (threads < 1) {
			throw new IllegalArgumentException("pipeline.parse.ocr.threads must be at least 1");
		}
	}

	/**
	 * Tesseract on the path, Simplified Chinese, 300 dpi, 60 s a page, 200 pages, one
	 * page at a time.
	 */
	public static OcrSettings defaults() {
		return new OcrSettings(true, "tesseract", "chi_sim", 300, Duration.ofSeconds(60), 200, 1);
	}

	/** These settings reading {@code count} pages at the same time. */
	public OcrSettings withThreads(int count) {
		return new OcrSettings(this.enabled, this.command, this.language, this.dpi, this.pageTimeLimit, this.maxPages,
				count);
	}

	/** The settings of the system properties, defaults where one is not set. */
	public static OcrSettings fromSystemProperties() {
		return of(System.getProperties());
	}

	static OcrSettings of(Properties properties) {
		OcrSettings defaults = defaults();
		return new OcrSettings(
				Boolean.parseBoolean(properties.getProperty(PREFIX + "enabled", Boolean.toString(defaults.enabled()))),
				properties.getProperty(PREFIX + "command", defaults.command()),
				properties.getProperty(PREFIX + "language", defaults.language()),
				Integer.parseInt(properties.getProperty(PREFIX + "dpi", Integer.toString(defaults.dpi()))),
				Duration.ofMillis(Long.parseLong(properties.getProperty(PREFIX + "page-time-limit-ms",
						Long.toString(defaults.pageTimeLimit().toMillis())))),
				Integer.parseInt(properties.getProperty(PREFIX + "max-pages", Integer.toString(defaults.maxPages()))),
				Integer.parseInt(properties.getProperty(PREFIX + "threads", Integer.toString(defaults.threads()))));
	}

	/**
	 * The settings as {@code -D} options of a JVM that reads them with
	 * {@link #fromSystemProperties()}.
	 */
	public List<String> asSystemProperties() {
		return List.of("-D" + PREFIX + "enabled=" + this.enabled, "-D" + PREFIX + "command=" + this.command,
				"-D" + PREFIX + "language=" + this.language, "-D" + PREFIX + "dpi=" + this.dpi,
				"-D" + PREFIX + "page-time-limit-ms=" + this.pageTimeLimit.toMillis(),
				"-D" + PREFIX + "max-pages=" + this.maxPages, "-D" + PREFIX + "threads=" + this.threads);
	}

}
