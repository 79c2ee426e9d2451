package org.disclosure.stack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text {@code ./pipeline search} prints for an answer of index-service's search API:
 * hits with their metadata and highlighted snippets, then the facet counts. Every field
 * may be missing; what is absent is left out, never invented.
 */
final class SearchReport {

	private static final int MAX_SNIPPETS = 3;

	private static final String ANSI_MARK = "\u001b[1;33m";

	private static final String ANSI_RESET = "\u001b[0m";

	private SearchReport() {
	}

	/**
	 * @param response the parsed JSON answer
	 * @param query what was searched, for the heading; null when only filters were given
	 * @param filters the filters applied, for the heading
	 * @param ansi mark matches with terminal colours instead of 【】
	 * @return the report, ending with a newline
	 */
	static String format(Map<String, Object> response, String query, Map<String, String> filters, boolean ansi) {
		StringBuilder out = new StringBuilder();
		List<Object> hits = Json.asList(response.get("hits"));
		long total = total(response.get("total"), hits.size());
		out.append(total).append((total == 1) ? " document matches" : " documents match");
		if (query != null) {
			out.append(" \"").append(query).append('"');
		}
		if (!filters.isEmpty()) {
			out.append("  (")
				.append(filters.entrySet()
					.stream()
					.map((filter) -> filter.getKey() + "=" + filter.getValue())
					.collect(Collectors.joining(", ")))
				.append(')');
		}
		out.append('\n');
		if (hits.size() < total) {
			out.append("showing ").append(hits.size()).append(" (more with --size N or --page N)\n");
		}
		int number = 0;
		for (Object hit : hits) {
			number++;
			out.append('\n');
			appendHit(out, number, hit, ansi);
		}
		String facets = facets(Json.asMap(response.get("facets")));
		if (!facets.isEmpty()) {
			out.append("\nFacets\n").append(facets);
		}
		return out.toString();
	}

	private static void appendHit(StringBuilder out, int number, Object hit, boolean ansi) {
		String indent = " ".repeat(String.valueOf(number).length() + 3);
		String title = Json.text(hit, "title");
		String department = Json.text(hit, "department");
		String heading;
		if (title != null && department != null && !title.contains(department)) {
			heading = title + " — " + department;
		}
		else if (title != null) {
			heading = title;
		}
		else if (department != null) {
			heading = department;
		}
		else {
			heading = "(untitled)";
		}
		out.append(' ').append(number).append(". ").append(heading).append('\n');
		List<String> facts = new ArrayList<>();
		String region = join(" / ", Json.text(hit, "region.province"), Json.text(hit, "region.city"),
				Json.text(hit, "region.county"));
		if (!region.isEmpty()) {
			facts.add(region);
		}
		addIfPresent(facts, Json.text(hit, "fiscal_year"));
		String kind = Json.text(hit, "doc_kind");
		if (kind != null) {
			facts.add(kindLabel(kind));
		}
		String status = Json.text(hit, "validation.status");
		if (status != null) {
			facts.add("validation " + status + counts(hit));
		}
		if (Json.at(hit, "validation.coverage") instanceof Number coverage) {
			facts.add(String.format(Locale.ROOT, "rules run %.0f %%", coverage.doubleValue() * 100));
		}
		Object score = Json.at(hit, "score");
		if (score instanceof Number value) {
			facts.add(String.format(Locale.ROOT, "score %.2f", value.doubleValue()));
		}
		if (!facts.isEmpty()) {
			out.append(indent).append(String.join(" · ", facts)).append('\n');
		}
		List<String> details = new ArrayList<>();
		List<Object> rules = Json.asList(Json.at(hit, "validation.finding_rules"));
		if (!rules.isEmpty()) {
			details.add("rules " + rules.stream().map(String::valueOf).collect(Collectors.joining(", ")));
		}
		List<Object> tables = Json.asList(Json.at(hit, "tables"));
		if (!tables.isEmpty()) {
			details.add(tables.size() + ((tables.size() == 1) ? " table " : " tables ")
					+ tables.stream().map(String::valueOf).collect(Collectors.joining(" ")));
		}
		if (!details.isEmpty()) {
			out.append(indent).append(String.join(" · ", details)).append('\n');
		}
		List<String> snippets = snippets(Json.at(hit, "highlights"));
		for (String snippet : snippets.subList(0, Math.min(MAX_SNIPPETS, snippets.size()))) {
			out.append(indent).append("… ").append(mark(snippet, ansi)).append(" …\n");
		}
		String docId = Json.text(hit, "doc_id");
		if (docId != null) {
			out.append(indent).append("doc ").append(docId).append('\n');
		}
	}

	/** {@code " (2 errors, 1 warning)"} when the hit has any, else nothing. */
	private static String counts(Object hit) {
		List<String> counts = new ArrayList<>();
		for (String[] kind : new String[][] { { "errors", "error" }, { "warnings", "warning" } }) {
			Object value = Json.at(hit, "validation." + kind[0]);
			if (value instanceof Number number && number.longValue() > 0) {
				counts.add(number.longValue() + " " + ((number.longValue() == 1) ? kind[1] : kind[0]));
			}
		}
		return counts.isEmpty() ? "" : " (" + String.join(", ", counts) + ")";
	}

	static String kindLabel(String kind) {
		return switch (kind) {
			case "final_account" -> "final_account (决算)";
			case "budget" -> "budget (预算)";
			default -> kind;
		};
	}

	/**
	 * Highlight fragments, as a list or (Elasticsearch's own shape) a map of field to
	 * list.
	 */
	static List<String> snippets(Object highlights) {
		List<String> snippets = new ArrayList<>();
		if (highlights instanceof Map<?, ?> byField) {
			byField.values().forEach((fragments) -> snippets.addAll(snippets(fragments)));
		}
		else if (highlights instanceof List<?> fragments) {
			for (Object fragment : fragments) {
				if (fragment != null && !fragment.toString().isBlank()) {
					snippets.add(fragment.toString().replaceAll("\\s+", " ").trim());
				}
			}
		}
		else if (highlights instanceof String fragment && !fragment.isBlank()) {
			snippets.add(fragment.replaceAll("\\s+", " ").trim());
		}
		return snippets;
	}

	/** Replaces {@code <em>…</em>} by a visible mark. */
	static String mark(String snippet, boolean ansi) {
		return snippet.replace("<em>", ansi ? ANSI_MARK : "【").replace("</em>", ansi ? ANSI_RESET : "】");
	}

	static String facets(Map<String, Object> facets) {
		if (facets.isEmpty()) {
			return "";
		}
		int width = facets.keySet().stream().mapToInt(String::length).max().orElse(0);
		StringBuilder out = new StringBuilder();
		facets.forEach((name, buckets) -> {
			List<String> counts = new ArrayList<>();
			if (buckets instanceof Map<?, ?> byValue) {
				byValue.forEach((value, count) -> counts.add(value + " " + count));
			}
			else {
				for (Object bucket : Json.asList(buckets)) {
					String value = firstText(bucket, "value", "key");
					String count = firstText(bucket, "count", "doc_count");
					if (value != null) {
						counts.add((count != null) ? value + " " + count : value);
					}
				}
			}
			out.append("  ")
				.append(String.format("%-" + width + "s", name))
				.append("  ")
				.append(counts.isEmpty() ? "-" : String.join(" · ", counts))
				.append('\n');
		});
		return out.toString();
	}

	private static long total(Object total, int fallback) {
		Object value = (total instanceof Map<?, ?>) ? Json.at(total, "value") : total;
		if (value instanceof Number number) {
			return number.longValue();
		}
		if (value instanceof String text && text.matches("\\d+")) {
			return new BigDecimal(text).longValue();
		}
		return fallback;
	}

	private static String firstText(Object node, String... names) {
		for (String name : names) {
			String text = Json.text(node, name);
			if (text != null) {
				return text;
			}
		}
		return null;
	}

	private static void addIfPresent(List<String> facts, String value) {
		if (value != null) {
			facts.add(value);
		}
	}

	private static String join(String separator, String... parts) {
		List<String> present = new ArrayList<>();
		for (String part : parts) {
			if (part != null) {
				present.add(part);
			}
		}
		return String.join(separator, present);
	}

}
