package org.disclosure.stack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed {@code ./pipeline} command line: the command, its operands, its
 * {@code --name value} options and its flags. Unknown options are errors, so a typo does
 * not silently widen a search.
 *
 * @param command the command, {@code help} when none was given
 * @param operands the remaining non-option words
 * @param options options with a value, by name without dashes
 * @param flags options without a value, by name without dashes
 */
record CliArguments(String command, List<String> operands, Map<String, String> options, Set<String> flags) {

	/** Options with a value, per command. */
	private static final Map<String, Set<String>> VALUE_OPTIONS = Map.of("push", Set.of("source-url", "publisher"),
			"search",
			Set.of("province", "city", "county", "year", "kind", "scope", "part", "status", "coverage", "table", "rule",
					"severity", "skipped-rule", "sort", "order", "size", "page"),
			"logs", Set.of("lines"), "replay", Set.of("doc", "stage", "dlt", "from-offset"), "evaluate",
			Set.of("min-indexed", "min-metadata", "min-totals", "min-tables", "min-known", "max-extra-errors",
					"max-unearned", "timeout"),
			"bench", Set.of("copies", "rounds", "uploads", "threads", "pushes", "tika-heap", "warm-up"));

	/** Flags, per command. */
	private static final Map<String, Set<String>> FLAGS = Map.of("down", Set.of("purge"), "logs", Set.of("follow"),
			"reindex", Set.of("no-wait"), "status", Set.of("watch"));

	static final Set<String> COMMANDS = Set.of("up", "down", "status", "push", "search", "reindex", "replay", "demo",
			"logs", "evaluate", "bench", "help");

	/** The stages a replay can re-send: those that read a topic. */
	static final Set<String> REPLAY_STAGES = Set.of("parse", "validate", "index");

	/** {@code --dlt all}: every dead-letter topic that holds records. */
	static final String ALL_DEAD_LETTER_TOPICS = "all";

	static final Set<String> DOC_KINDS = Set.of("final_account", "budget");

	static final Set<String> STATUSES = Set.of("passed", "warnings", "failed", "incomplete");

	static final Set<String> SCOPES = Set.of("department", "unit");

	static final Set<String> PARTS = Set.of("whole", "narrative", "tables");

	/** The bands of the share of the rules that ran, as the search API names them. */
	static final Set<String> COVERAGES = Set.of("<0.5", "0.5-0.9", ">=0.9");

	static final Set<String> SEVERITIES = Set.of("error", "warning", "info");

	static final Set<String> SORTS = Set.of("relevance", "year", "department", "errors");

	/** Shares an evaluation must reach and counts it may not exceed, by option. */
	static final List<String> EVALUATE_SHARES = List.of("min-indexed", "min-metadata", "min-totals", "min-tables",
			"min-known");

	static final List<String> EVALUATE_COUNTS = List.of("max-extra-errors", "max-unearned");

	static CliArguments parse(String... args) {
		if (args.length == 0 || Set.of("help", "--help", "-h").contains(args[0])) {
			return new CliArguments("help", List.of(), Map.of(), Set.of());
		}
		String command = args[0];
		if (!COMMANDS.contains(command)) {
			throw new UsageException("Unknown command '" + command + "'");
		}
		Set<String> valueOptions = VALUE_OPTIONS.getOrDefault(command, Set.of());
		Set<String> knownFlags = FLAGS.getOrDefault(command, Set.of());
		List<String> operands = new ArrayList<>();
		Map<String, String> options = new LinkedHashMap<>();
		Set<String> flags = new LinkedHashSet<>();
		boolean optionsEnded = false;
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
				operands.add(arg);
				continue;
			}
			if (arg.equals("--")) {
				optionsEnded = true;
				continue;
			}
			if (arg.equals("--help") || arg.equals("-h")) {
				return new CliArguments("help", List.of(command), Map.of(), Set.of());
			}
			String name = arg.equals("-f") ? "follow" : arg.replaceFirst("^--?", "");
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (valueOptions.contains(name)) {
				if (value == null) {
					if (i + 1 >= args.length) {
						throw new UsageException("Option --" + name + " needs a value");
					}
					value = args[++i];
				}
				options.put(name, value);
			}
			else if (knownFlags.contains(name) && value == null) {
				flags.add(name);
			}
			else {
				throw new UsageException("Unknown option '" + arg + "' for '" + command + "'");
			}
		}
		CliArguments parsed = new CliArguments(command, List.copyOf(operands), Map.copyOf(options), Set.copyOf(flags));
		parsed.validate();
		return parsed;
	}

	private void validate() {
		switch (this.command) {
			case "push" -> {
				if (this.operands.isEmpty()) {
					throw new UsageException("push needs at least one FILE or folder");
				}
			}
			case "search" -> {
				boolean filtered = this.options.keySet()
					.stream()
					.anyMatch((name) -> !Set.of("sort", "order", "size", "page").contains(name));
				if (query().isBlank() && !filtered) {
					throw new UsageException("search needs a QUERY or a filter");
				}
				oneOf("status", STATUSES);
				oneOf("scope", SCOPES);
				oneOf("part", PARTS);
				oneOf("coverage", COVERAGES);
				oneOf("severity", SEVERITIES);
				oneOf("sort", SORTS);
				oneOf("order", Set.of("asc", "desc"));
				String table = this.options.get("table");
				if (table != null && !table.matches("[A-Za-z][A-Za-z0-9_]{1,31}(,[A-Za-z][A-Za-z0-9_]{1,31})*")) {
					throw new UsageException(
							"--table needs table codes such as FA01 or FA01,FA09, got '" + table + "'");
				}
				String year = this.options.get("year");
				if (year != null && !year.matches("\\d{4}")) {
					throw new UsageException("--year needs a four-digit year, got '" + year + "'");
				}
				for (String paging : List.of("size", "page")) {
					String value = this.options.get(paging);
					if (value != null && !value.matches("[1-9]\\d{0,3}")) {
						throw new UsageException("--" + paging + " needs a positive number, got '" + value + "'");
					}
				}
				String kind = this.options.get("kind");
				if (kind != null && !DOC_KINDS.contains(kind)) {
					throw new UsageException("--kind is final_account or budget, got '" + kind + "'");
				}
			}
			case "logs" -> {
				if (this.operands.size() > 1) {
					throw new UsageException("logs takes at most one NAME");
				}
				String lines = this.options.get("lines");
				if (lines != null && !lines.matches("\\d{1,6}")) {
					throw new UsageException("--lines needs a number, got '" + lines + "'");
				}
			}
			case "replay" -> validateReplay();
			case "evaluate" -> validateEvaluate();
			case "bench" -> validateBench();
			case "up", "down", "status", "demo", "reindex" -> {
				if (!this.operands.isEmpty()) {
					throw new UsageException(this.command + " takes no operands: " + this.operands);
				}
			}
			default -> {
				// help has nothing to check
			}
		}
	}

	private void validateEvaluate() {
		if (this.operands.size() != 1) {
			throw new UsageException("evaluate needs one DIR holding documents/ and expected/");
		}
		for (String share : EVALUATE_SHARES) {
			String value = this.options.get(share);
			if (value != null && !value.matches("(?:0?\\.\\d+|1(?:\\.0+)?|\\d{1,3}(?:\\.\\d+)?%?)")) {
				throw new UsageException("--" + share + " needs a share such as 0.95 or 95%, got '" + value + "'");
			}
		}
		for (String count : EVALUATE_COUNTS) {
			String value = this.options.get(count);
			if (value != null && !value.matches("\\d{1,6}")) {
				throw new UsageException("--" + count + " needs a number, got '" + value + "'");
			}
		}
		String timeout = this.options.get("timeout");
		if (timeout != null && !timeout.matches("\\d{1,5}[sm]")) {
			throw new UsageException("--timeout needs a duration such as 300s or 10m, got '" + timeout + "'");
		}
	}

	private void validateBench() {
		if (this.operands.size() > 1) {
			throw new UsageException("bench takes at most one DIR of documents to copy");
		}
		for (String count : List.of("copies", "rounds", "uploads", "threads", "warm-up")) {
			String value = this.options.get(count);
			if (value != null && !value.matches("[1-9]\\d{0,3}")) {
				throw new UsageException("--" + count + " needs a positive number, got '" + value + "'");
			}
		}
		String pushes = this.options.get("pushes");
		if (pushes != null && !pushes.matches("\\d{1,4}")) {
			throw new UsageException("--pushes needs a number, got '" + pushes + "'");
		}
		String heap = this.options.get("tika-heap");
		if (heap != null && !heap.matches("\\d{2,6}[mMgG]")) {
			throw new UsageException("--tika-heap needs a heap size such as 512m, got '" + heap + "'");
		}
	}

	private void validateReplay() {
		if (!this.operands.isEmpty()) {
			throw new UsageException("replay takes options only, not " + this.operands);
		}
		String doc = this.options.get("doc");
		String stage = this.options.get("stage");
		String dlt = this.options.get("dlt");
		if (dlt != null) {
			if (doc != null || stage != null) {
				throw new UsageException("--dlt re-sends a dead-letter topic to the topics its records came from; "
						+ "leave out --doc and --stage");
			}
			if (!dlt.equals(ALL_DEAD_LETTER_TOPICS) && !dlt.endsWith("-dlt")) {
				throw new UsageException(
						"--dlt takes a dead-letter topic such as disclosure.fetched.v1-dlt, or all; got '" + dlt + "'");
			}
		}
		String fromOffset = this.options.get("from-offset");
		if (fromOffset != null) {
			if (dlt == null || dlt.equals(ALL_DEAD_LETTER_TOPICS)) {
				throw new UsageException("--from-offset goes with --dlt TOPIC");
			}
			if (!fromOffset.matches("\\d{1,18}")) {
				throw new UsageException("--from-offset needs an offset (0 or more), got '" + fromOffset + "'");
			}
		}
		if (doc != null && !doc.matches("[0-9a-fA-F]{64}")) {
			throw new UsageException("--doc takes a document id, the 64 hex digits of its SHA-256; got '" + doc + "'");
		}
		if ("ingest".equals(stage)) {
			throw new UsageException("ingest reads uploads, not a topic, so it cannot be replayed: push the document "
					+ "again with ./pipeline push FILE");
		}
		if (stage != null && !REPLAY_STAGES.contains(stage)) {
			throw new UsageException("--stage is one of parse, validate, index; got '" + stage + "'");
		}
		if (doc == null && stage == null && dlt == null) {
			throw new UsageException("replay needs --doc ID [--stage STAGE], --stage STAGE or --dlt TOPIC|all");
		}
	}

	private void oneOf(String option, Set<String> allowed) {
		String value = this.options.get(option);
		if (value != null && !allowed.contains(value)) {
			throw new UsageException("--" + option + " is one of " + String.join(", ", new java.util.TreeSet<>(allowed))
					+ ", got '" + value + "'");
		}
	}

	/** The operands joined as one search query. */
	String query() {
		return String.join(" ", this.operands).trim();
	}

	String option(String name) {
		return this.options.get(name);
	}

	boolean flag(String name) {
		return this.flags.contains(name);
	}

}
