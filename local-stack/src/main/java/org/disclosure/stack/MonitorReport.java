package org.disclosure.stack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * index-service's monitor answer as the text {@code ./pipeline status} prints: topics
 * with their throughput, consumer lag, each stage's outcomes and latency, end-to-end
 * latency, dead letters, the latest failures and the documents that stopped moving.
 */
final class MonitorReport {

	/** How many of the most recent failures are listed. */
	static final int FAILURES = 10;

	private static final int MESSAGE_WIDTH = 60;

	private static final String SPARKS = "▁▂▃▄▅▆▇█";

	private static final String RED = "\u001b[31m";

	private static final String YELLOW = "\u001b[33m";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private final Map<String, Object> monitor;

	private final boolean color;

	private final StringBuilder out = new StringBuilder();

	private MonitorReport(Map<String, Object> monitor, boolean color) {
		this.monitor = monitor;
		this.color = color;
	}

	/**
	 * @param monitor the answer of {@code GET /api/v1/monitor}
	 * @param color whether to mark what needs attention with ANSI colours
	 */
	static String format(Map<String, Object> monitor, boolean color) {
		MonitorReport report = new MonitorReport(monitor, color);
		report.heading();
		report.topics();
		report.lag();
		report.stages();
		report.ocr();
		report.deadLetters();
		report.failures();
		report.stuck();
		return report.out.toString();
	}

	private void heading() {
		Object minutes = this.monitor.get("window_minutes");
		String at = Json.text(this.monitor, "generated_at");
		line("Pipeline, last %s min%s", (minutes != null) ? minutes : "?",
				(at != null) ? " (at " + time(at) + " UTC, from index-service)" : "");
	}

	private void topics() {
		List<Object> topics = Json.asList(this.monitor.get("topics"));
		if (topics.isEmpty()) {
			line("Topics: none yet");
			return;
		}
		int width = width(topics, "topic", "TOPIC");
		line("%-" + width + "s  %10s  %9s  %7s  %s", "TOPIC", "END OFFSET", "IN WINDOW", "PER MIN", "EACH MINUTE");
		for (Object topic : topics) {
			line("%-" + width + "s  %10s  %9s  %7s  %s", Json.text(topic, "topic"), whole(Json.at(topic, "end_offset")),
					whole(Json.at(topic, "records_in_window")), decimal(Json.at(topic, "per_minute")),
					sparkline(Json.asList(Json.at(topic, "per_minute_series"))));
		}
	}

	private void lag() {
		List<Object> lags = Json.asList(this.monitor.get("lag"));
		this.out.append('\n');
		if (lags.isEmpty()) {
			line("Lag: no consumer group has committed offsets yet");
			return;
		}
		List<Object> behind = lags.stream().filter((lag) -> number(Json.at(lag, "lag")) > 0).toList();
		int caughtUp = lags.size() - behind.size();
		if (behind.isEmpty()) {
			line("Lag: none, %s caught up", partitions(lags.size()));
			return;
		}
		line("LAG (%s behind, %d caught up)", partitions(behind.size()), caughtUp);
		int groupWidth = width(behind, "group", "GROUP");
		int topicWidth = width(behind, "topic", "TOPIC");
		line("%-" + groupWidth + "s  %-" + topicWidth + "s  %4s  %10s  %10s  %8s", "GROUP", "TOPIC", "PART",
				"COMMITTED", "END", "LAG");
		for (Object lag : behind) {
			String row = String.format(Locale.ROOT,
					"%-" + groupWidth + "s  %-" + topicWidth + "s  %4s  %10s  %10s  %8s", Json.text(lag, "group"),
					Json.text(lag, "topic"), whole(Json.at(lag, "partition")), whole(Json.at(lag, "committed_offset")),
					whole(Json.at(lag, "end_offset")), whole(Json.at(lag, "lag")));
			this.out.append(paint(row, YELLOW)).append('\n');
		}
	}

	private void stages() {
		List<Object> stages = Json.asList(this.monitor.get("stages"));
		Object endToEnd = this.monitor.get("end_to_end_ms");
		this.out.append('\n');
		if (stages.isEmpty() && endToEnd == null) {
			line("Stages: nothing processed in the window");
			return;
		}
		String format = "%-10s  %6s  %6s  %13s  %8s  %8s  %8s";
		line(format, "STAGE", "DONE", "FAILED", "DEAD-LETTERED", "P50", "P95", "MAX");
		for (Object stage : stages) {
			long failed = number(Json.at(stage, "failed"));
			long dead = number(Json.at(stage, "dead_lettered"));
			String row = String.format(Locale.ROOT, format, Json.text(stage, "stage"), whole(Json.at(stage, "done")),
					whole(Json.at(stage, "failed")), whole(Json.at(stage, "dead_lettered")),
					duration(Json.at(stage, "latency_ms.p50")), duration(Json.at(stage, "latency_ms.p95")),
					duration(Json.at(stage, "latency_ms.max")));
			this.out.append((failed > 0 || dead > 0) ? paint(row, RED) : row).append('\n');
		}
		if (endToEnd != null) {
			line(format, "end to end", whole(Json.at(endToEnd, "count")), "", "", duration(Json.at(endToEnd, "p50")),
					duration(Json.at(endToEnd, "p95")), duration(Json.at(endToEnd, "max")));
		}
	}

	/** The pages read by OCR in the window and the time it took. */
	private void ocr() {
		Object ocr = this.monitor.get("ocr");
		if (ocr == null) {
			return;
		}
		long pages = number(Json.at(ocr, "pages"));
		if (pages == 0) {
			line("OCR: no scanned page in the window");
			return;
		}
		line("OCR: %s pages of %s documents in %s (%s a page)", Long.toString(pages), whole(Json.at(ocr, "documents")),
				duration(Json.at(ocr, "millis")), duration(Json.at(ocr, "millis_per_page")));
	}

	private void deadLetters() {
		List<Object> letters = Json.asList(this.monitor.get("dead_letters"))
			.stream()
			.filter((letter) -> number(Json.at(letter, "records")) > 0)
			.toList();
		this.out.append('\n');
		if (letters.isEmpty()) {
			line("Dead letters: none");
			return;
		}
		int width = width(letters, "topic", "DEAD-LETTER TOPIC");
		line("%-" + width + "s  %7s", "DEAD-LETTER TOPIC", "RECORDS");
		for (Object letter : letters) {
			this.out.append(paint(String.format(Locale.ROOT, "%-" + width + "s  %7s", Json.text(letter, "topic"),
					whole(Json.at(letter, "records"))), RED))
				.append('\n');
		}
		line("Re-send them once the cause is fixed: ./pipeline replay --dlt TOPIC (or --dlt all)");
	}

	private void failures() {
		List<Object> failures = Json.asList(this.monitor.get("recent_failures"));
		this.out.append('\n');
		if (failures.isEmpty()) {
			line("Recent failures: none");
			return;
		}
		List<Object> shown = failures.subList(0, Math.min(FAILURES, failures.size()));
		int reasonWidth = width(shown, "reason", "REASON");
		line("RECENT FAILURES (%d most recent)", shown.size());
		String format = "%-19s  %-8s  %-" + reasonWidth + "s  %-12s  %s";
		line(format, "AT", "STAGE", "REASON", "DOC", "MESSAGE");
		Object replayable = null;
		for (Object failure : shown) {
			line(format, time(Json.text(failure, "at")), orDash(Json.text(failure, "stage")),
					orDash(Json.text(failure, "reason")), shortId(Json.text(failure, "doc_id")),
					truncate(Json.text(failure, "message")));
			if (replayable == null && Boolean.TRUE.equals(Json.at(failure, "replayable"))
					&& Json.text(failure, "doc_id") != null
					&& CliArguments.REPLAY_STAGES.contains(String.valueOf(Json.text(failure, "stage")))) {
				replayable = failure;
			}
		}
		if (replayable != null) {
			line("Replay the latest once the cause is fixed: ./pipeline replay --doc %s --stage %s",
					Json.text(replayable, "doc_id"), Json.text(replayable, "stage"));
		}
	}

	private void stuck() {
		List<Object> stuck = Json.asList(this.monitor.get("stuck"));
		this.out.append('\n');
		if (stuck.isEmpty()) {
			line("Stuck documents: none");
			return;
		}
		line("STUCK DOCUMENTS (%d)", stuck.size());
		String format = "%-12s  %-8s  %-19s  %s";
		line(format, "DOC", "STAGE", "PENDING SINCE", "FOR");
		Instant now = instant(Json.text(this.monitor, "generated_at"));
		for (Object document : stuck) {
			String since = Json.text(document, "pending_since");
			Instant start = instant(since);
			String row = String.format(Locale.ROOT, format, shortId(Json.text(document, "doc_id")),
					orDash(Json.text(document, "stage")), time(since),
					(now != null && start != null) ? age(Duration.between(start, now)) : "-");
			this.out.append(paint(row, YELLOW)).append('\n');
		}
	}

	private void line(String format, Object... args) {
		this.out.append(String.format(Locale.ROOT, format, args).stripTrailing()).append('\n');
	}

	private String paint(String text, String colour) {
		return this.color ? colour + text + "\u001b[0m" : text;
	}

	static String sparkline(List<Object> series) {
		long max = series.stream().mapToLong((minute) -> number(Json.at(minute, "count"))).max().orElse(0);
		StringBuilder line = new StringBuilder();
		for (Object minute : series) {
			long count = number(Json.at(minute, "count"));
			if (count <= 0) {
				line.append('·');
			}
			else {
				int level = (int) Math.min(SPARKS.length() - 1, (count * SPARKS.length() - 1) / Math.max(1, max));
				line.append(SPARKS.charAt(level));
			}
		}
		return line.toString();
	}

	/** {@code 210 ms}, {@code 1.5 s}, {@code 2.3 min}; {@code -} without data. */
	static String duration(Object millis) {
		if (!(millis instanceof Number number)) {
			return "-";
		}
		double ms = number.doubleValue();
		if (ms < 1000) {
			return String.format(Locale.ROOT, "%d ms", Math.round(ms));
		}
		if (ms < 60_000) {
			return String.format(Locale.ROOT, "%.1f s", ms / 1000);
		}
		if (ms < 3_600_000) {
			return String.format(Locale.ROOT, "%.1f min", ms / 60_000);
		}
		return String.format(Locale.ROOT, "%.1f h", ms / 3_600_000);
	}

	/** A time in UTC to the second; the text as given when it is no ISO-8601 instant. */
	static String time(String iso) {
		Instant instant = instant(iso);
		return (instant != null) ? TIME.format(instant) : orDash(iso);
	}

	static String truncate(String message) {
		if (message == null) {
			return "";
		}
		String flat = message.replaceAll("\\s+", " ").strip();
		if (flat.codePointCount(0, flat.length()) <= MESSAGE_WIDTH) {
			return flat;
		}
		return flat.substring(0, flat.offsetByCodePoints(0, MESSAGE_WIDTH - 1)) + "…";
	}

	static String shortId(String docId) {
		if (docId == null) {
			return "-";
		}
		return (docId.length() > 12) ? docId.substring(0, 12) : docId;
	}

	private static String age(Duration duration) {
		return duration(Math.max(0, duration.toMillis()));
	}

	private static Instant instant(String iso) {
		if (iso == null) {
			return null;
		}
		try {
			return Instant.parse(iso);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static int width(List<Object> rows, String field, String heading) {
		int width = heading.length();
		for (Object row : rows) {
			String text = Json.text(row, field);
			if (text != null) {
				width = Math.max(width, text.length());
			}
		}
		return width;
	}

	private static String whole(Object value) {
		return (value instanceof Number number) ? Long.toString(number.longValue()) : "-";
	}

	private static String decimal(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.setScale(1, RoundingMode.HALF_UP).toPlainString();
		}
		return (value instanceof Number number) ? number.longValue() + ".0" : "-";
	}

	private static String partitions(long count) {
		return count + ((count == 1) ? " partition" : " partitions");
	}

	private static String orDash(String text) {
		return (text != null) ? text : "-";
	}

	private static long number(Object value) {
		return (value instanceof Number number) ? number.longValue() : 0;
	}

}
