package org.disclosure.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The lines {@code ./pipeline replay} prints for index-service's replay report. */
final class ReplayReport {

	private ReplayReport() {
	}

	/**
	 * <pre>
	 * replay 7d1e0c4a-…  stage, from disclosure.fetched.v1
	 *   read 5 records, re-sent 3, skipped 2
	 *   → disclosure.fetched.v1  3
	 * </pre>
	 */
	static String format(Map<String, Object> report) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "replay %s  %s, from %s%n", Json.text(report, "replay_id"),
				kind(Json.text(report, "kind")), Json.text(report, "source_topic")));
		out.append(String.format(Locale.ROOT, "  read %d records, re-sent %d, skipped %d%n",
				number(report.get("records_scanned")), number(report.get("records_sent")),
				number(report.get("skipped"))));
		for (String line : targets(report)) {
			out.append("  → ").append(line).append('\n');
		}
		return out.toString();
	}

	/** Records re-sent per topic, one per line: {@code disclosure.fetched.v1  3}. */
	static List<String> targets(Map<String, Object> report) {
		Map<String, Object> targets = Json.asMap(report.get("target_topics"));
		int width = targets.keySet().stream().mapToInt(String::length).max().orElse(0);
		List<String> lines = new ArrayList<>();
		targets.forEach((topic, count) -> lines
			.add(String.format(Locale.ROOT, "%-" + Math.max(width, 1) + "s  %d", topic, number(count))));
		return lines;
	}

	static long sent(Map<String, Object> report) {
		return number(report.get("records_sent"));
	}

	private static String kind(String kind) {
		if (kind == null) {
			return "?";
		}
		return switch (kind) {
			case "dead_letter_topic" -> "dead letters";
			default -> kind;
		};
	}

	private static long number(Object value) {
		return (value instanceof Number number) ? number.longValue() : 0;
	}

}
