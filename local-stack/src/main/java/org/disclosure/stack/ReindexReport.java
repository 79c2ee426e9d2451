package org.disclosure.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lines {@code ./pipeline reindex} prints for index-service's rebuild status: the
 * aliases that move, the progress of the replay, the outcome.
 */
final class ReindexReport {

	private ReindexReport() {
	}

	/** The aliases of a status, one per line: {@code disclosures  v2 → v3}. */
	static List<String> aliases(Map<String, Object> status) {
		List<String> lines = new ArrayList<>();
		for (Object alias : Json.asList(status.get("aliases"))) {
			List<String> from = new ArrayList<>();
			Json.asList(Json.at(alias, "from")).forEach((index) -> from.add(String.valueOf(index)));
			lines.add(String.format(Locale.ROOT, "%-20s %s → %s", Json.text(alias, "alias"),
					from.isEmpty() ? "(none)" : String.join(", ", from), Json.text(alias, "to")));
		}
		return lines;
	}

	/** {@code replaying 12 of 24 records (50 %)}. */
	static String progress(Map<String, Object> status) {
		long replayed = number(Json.at(status, "records.replayed"));
		long total = number(Json.at(status, "records.total"));
		long percent = (total > 0) ? replayed * 100 / total : 100;
		return String.format(Locale.ROOT, "%s %d of %d records (%d %%)", Json.text(status, "state"), replayed, total,
				percent);
	}

	/** The last line: what was replayed and which aliases now read the new indices. */
	static String outcome(Map<String, Object> status) {
		String state = Json.text(status, "state");
		if ("done".equals(state)) {
			List<String> aliases = aliases(status);
			return "Done: " + number(Json.at(status, "records.replayed")) + " records replayed; "
					+ (aliases.isEmpty() ? "every alias already read the current index versions, rewritten in place."
							: "aliases moved:\n  " + String.join("\n  ", aliases));
		}
		if ("failed".equals(state)) {
			return "Failed: " + Json.text(status, "error");
		}
		return "Still " + progress(status)
				+ (Json.text(status, "error") != null ? " (last check: " + Json.text(status, "error") + ")" : "");
	}

	private static long number(Object value) {
		if (value instanceof Number number) {
			return number.longValue();
		}
		return 0;
	}

}
