package org.disclosure.index.monitor;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.disclosure.index.documents.PipelineEventDocument;
import org.disclosure.index.search.InvalidSearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the monitor's questions from the event log and the broker: where one document
 * stands, and how the pipeline fared over a window. When the broker does not answer, the
 * report still has what the event log knows (no end offsets, lag or dead letters).
 */
public class PipelineMonitor {

	/** The longest window asked for: one day of one-minute buckets. */
	static final long MAX_WINDOW_MINUTES = 24 * 60;

	private static final Pattern WINDOW = Pattern.compile("(\\d{1,4})\\s*(m|min|h)?");

	private static final Logger logger = LoggerFactory.getLogger(PipelineMonitor.class);

	private final EventLogSearch log;

	private final OcrSearch ocr;

	private final OffsetSource broker;

	private final MonitorProperties properties;

	private final Clock clock;

	public PipelineMonitor(EventLogSearch log, OcrSearch ocr, OffsetSource broker, MonitorProperties properties,
			Clock clock) {
		this.log = log;
		this.ocr = ocr;
		this.broker = broker;
		this.properties = properties;
		this.clock = clock;
	}

	/** Where {@code docId} stands; empty when the event log has no record of it. */
	public Optional<DocumentStatus> status(String docId) throws IOException {
		List<PipelineEventDocument> records = this.log.recordsOf(docId);
		return records.isEmpty() ? Optional.empty()
				: Optional.of(DocumentStatus.of(docId, records, this.clock.instant(), this.properties.stuckAfter()));
	}

	/**
	 * The pipeline over the last {@code minutes} minutes, the current one included: the
	 * window starts at a whole minute, so the series has one count per minute.
	 */
	public MonitorReport report(long minutes) throws IOException {
		Instant now = this.clock.instant();
		Instant from = now.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(minutes - 1));
		EventLogSearch.WindowFigures figures = this.log.figures(from, now);
		OffsetSource.Offsets offsets = offsets();
		Map<String, Long> ends = MonitorReport.endOffsets(offsets);
		List<MonitorReport.TopicThroughput> topics = new ArrayList<>();
		for (String topic : Topics.ALL) {
			topics.add(throughput(topic, figures.topics().get(topic), ends.get(topic), from, minutes));
		}
		List<MonitorReport.StageFigures> stages = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			stages.add(figures.stages()
				.getOrDefault(stage, new MonitorReport.StageFigures(stage, 0, 0, 0, MonitorReport.Latency.NONE)));
		}
		List<MonitorReport.RecentFailure> failures = this.log.recentFailures(this.properties.recentFailures())
			.stream()
			.map(MonitorReport.RecentFailure::of)
			.toList();
		List<MonitorReport.StuckDocument> stuck = this.log.stuck(now.minus(this.properties.stuckAfter()),
				this.properties.stuckScan());
		return new MonitorReport(now, minutes, topics, MonitorReport.lag(offsets), stages, figures.endToEnd(),
				MonitorReport.deadLetters(offsets), failures, stuck, ocr(from, now));
	}

	private MonitorReport.Ocr ocr(Instant from, Instant to) {
		try {
			return this.ocr.figures(from, to);
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("The monitor reports without OCR figures: {}", ex.getMessage());
			return null;
		}
	}

	/**
	 * Minutes of a window written {@code 15m}, {@code 2h} or {@code 30}, from one minute
	 * to one day.
	 */
	public static long windowMinutes(String window) {
		Matcher matcher = WINDOW.matcher((window != null) ? window.trim() : "");
		if (!matcher.matches()) {
			throw new InvalidSearchException("window must be minutes or hours, e.g. 15m or 2h, not '" + window + "'");
		}
		long minutes = Long.parseLong(matcher.group(1)) * ("h".equals(matcher.group(2)) ? 60 : 1);
		if (minutes < 1 || minutes > MAX_WINDOW_MINUTES) {
			throw new InvalidSearchException("window must be between 1m and 24h, not '" + window + "'");
		}
		return minutes;
	}

	/**
	 * A topic's counts, one per minute from {@code from}, minutes without records at 0.
	 */
	static MonitorReport.TopicThroughput throughput(String topic, EventLogSearch.TopicCounts counts, Long endOffset,
			Instant from, long minutes) {
		List<MonitorReport.MinuteCount> series = new ArrayList<>();
		for (long minute = 0; minute < minutes; minute++) {
			Instant start = from.plus(Duration.ofMinutes(minute));
			series.add(new MonitorReport.MinuteCount(start,
					(counts != null) ? counts.perMinute().getOrDefault(start, 0L) : 0));
		}
		long records = (counts != null) ? counts.records() : 0;
		double perMinute = Math.round(records * 100.0 / minutes) / 100.0;
		return new MonitorReport.TopicThroughput(topic, endOffset, records, perMinute, series);
	}

	private OffsetSource.Offsets offsets() {
		try {
			return this.broker.read();
		}
		catch (RuntimeException ex) {
			logger.warn("The monitor reports without the broker's offsets: {}", ex.getMessage());
			return OffsetSource.Offsets.UNKNOWN;
		}
	}

}
