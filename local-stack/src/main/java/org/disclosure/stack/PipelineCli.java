package org.disclosure.stack;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.disclosure.stack.bench.BenchReport;
import org.disclosure.stack.evaluate.EvaluationReport;
import org.disclosure.stack.evaluate.EvaluationThresholds;
import org.disclosure.stack.evaluate.LabelledSet;

/** {@code ./pipeline}: runs the whole pipeline on this machine and talks to it. */
public final class PipelineCli {

	static final String DEMO_QUERY = "城乡医疗救助";

	private static final Duration INDEXING_TIMEOUT = Duration.ofMinutes(5);

	private static final Duration INDEXING_PLATEAU = Duration.ofSeconds(45);

	/**
	 * How long {@code reindex} waits without the replay moving before it stops waiting.
	 */
	private static final Duration REINDEX_STALL = Duration.ofMinutes(10);

	/** How often {@code status --watch} draws the screen again. */
	private static final Duration STATUS_REFRESH = Duration.ofSeconds(5);

	/**
	 * Filters of {@code search}, in the order the search API lists them; the API names
	 * each with {@code _} where the option has {@code -} ({@code --skipped-rule} is
	 * {@code skipped_rule}).
	 */
	static final List<String> SEARCH_FILTERS = List.of("province", "city", "county", "year", "kind", "scope", "part",
			"status", "coverage", "table", "rule", "severity", "skipped-rule");

	static final String HELP = """
			Usage: ./pipeline COMMAND [ARGS]

			The disclosure pipeline on this machine: a Kafka broker (KRaft) and Elasticsearch from
			Maven Central artifacts, and ingest, parse, validate and index services as processes.

			Commands:
			  up                  start Kafka, Elasticsearch and the four services (skipping what
			                      already runs), wait until all are healthy, print URLs and API key
			  down [--purge]      stop everything; --purge also deletes topics, indices and blobs
			  status [--watch]    each component's state, pid and address; from index-service
			                      the last 15 minutes: per topic end offset and records per
			                      minute, consumer lag, per stage done/failed/dead-lettered and
			                      latency, end-to-end latency, dead letters, the latest
			                      failures, stuck documents (Kafka's offsets and lag alone when
			                      index-service is down); --watch refreshes every 5 s
			  push FILE|DIR...    upload documents to ingest-service (folders recursively)
			      [--source-url URL] [--publisher NAME]
			  search [QUERY]      full-text search (Chinese phrases) with hits, highlights and
			                      facet counts; QUERY may be left out when a filter is given
			      [--province P] [--city C] [--county X] [--year YYYY]
			      [--kind final_account|budget] [--scope department|unit]
			      [--part whole|narrative|tables]
			      [--status passed|warnings|failed|incomplete]
			      [--coverage '<0.5'|0.5-0.9|'>=0.9']  (share of the rules that ran)
			      [--table FA01[,FA09…]] [--rule RULE] [--severity error|warning|info]
			      [--skipped-rule RULE]  (a rule that could not run on the document)
			      [--sort relevance|year|department|errors] [--order asc|desc]
			      [--size N] [--page N]
			  reindex [--no-wait] rebuild the indices by replaying the pipeline into the current
			                      index versions, then move the aliases (after a template
			                      version change); waits and prints progress
			  replay              re-send records through the pipeline (after a parser upgrade,
			                      a fix); replays are idempotent, the index replaces by doc id
			      --doc ID [--stage parse|validate|index]
			                      one document's latest record on the topic the stage reads
			                      (default parse: disclosure.fetched.v1)
			      --stage parse|validate|index
			                      the latest record of every document the stage has read
			      --dlt TOPIC|all [--from-offset N]
			                      a dead-letter topic (e.g. disclosure.fetched.v1-dlt), or every
			                      one holding records, back to the topics its records came from
			  demo                up, push the sample documents, wait until they are searchable,
			                      then search for 城乡医疗救助
			  evaluate DIR        up, push the labelled documents of DIR (DIR/documents, one
			                      DIR/expected/NAME.json each, the format of shared/real-world), wait
			                      until each is indexed or failed (a document already held is parsed
			                      again), then print per document and overall: indexed, metadata,
			                      totals, tables, known inconsistencies reported, errors beyond them,
			                      verdicts claiming checks of unread core tables
			      [--min-indexed P] [--min-metadata P] [--min-totals P] [--min-tables P]
			      [--min-known P] [--max-extra-errors N] [--max-unearned N] [--timeout 10m]
			                      thresholds (P: 0.95 or 95%); one missed exits with 3
			  bench [DIR]         up, then the pipeline's documents/s against bare Apache Tika's on
			                      the same files, alternating in one run: byte-distinct copies of
			                      the files of DIR (default: the fixtures) extracted by bare Tika
			                      (parse-service's jar, the parser worker's heap), then pushed with
			                      concurrent uploads until each is indexed or failed; prints the
			                      ratio, per-stage ms per record, push→searchable p50/p95 of the
			                      largest PDF on the idle stack, each process's peak RSS and CPU
			                      time, and Elasticsearch's time per index
			      [--copies 20] [--rounds 2] [--uploads 4] [--threads 2] [--pushes 20]
			      [--tika-heap 512m] [--warm-up C]
			                      copies of each file pushed first, unmeasured (default: 3 ×
			                      --copies); bare Tika makes as many passes before its timed one
			  logs [NAME] [-f] [--lines N]
			                      the logs folder, or the end of one log: kafka, elasticsearch,
			                      ingest-service, parse-service, validate-service, index-service
			  help                this text

			Environment:
			  KAFKA_PORT=9092  ES_PORT=9200  INGEST_PORT=8081  PARSE_PORT=8082  VALIDATE_PORT=8083
			  INDEX_PORT=8084  KAFKA_CONTROLLER_PORT (default: reuse or pick a free one)
			  PIPELINE_STATE_DIR  logs, data, pid files (default <tmp>/disclosure-pipeline[-<user>])
			  PIPELINE_API_KEY    the API key of uploads, reindex and replay (default: generated
			                      on the first up, kept in the state folder)
			  PIPELINE_SKIP_BUILD=1  do not rebuild changed modules before up and demo
			""";

	private final StackLayout layout;

	private final Map<String, String> env;

	private final PrintStream out;

	private final PrintStream err;

	private final boolean terminal;

	PipelineCli(StackLayout layout, Map<String, String> env, PrintStream out, PrintStream err, boolean terminal) {
		this.layout = layout;
		this.env = env;
		this.out = out;
		this.err = err;
		this.terminal = terminal;
	}

	public static void main(String[] args) {
		// kafka-clients logs through SLF4J; a command line has no use for its chatter.
		System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
		System.setProperty("slf4j.internal.verbosity", "WARN");
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
		int exit;
		try {
			exit = new PipelineCli(StackLayout.detect(), System.getenv(), out, err, terminal).run(args);
		}
		catch (IllegalStateException ex) {
			err.println("pipeline: " + ex.getMessage());
			exit = 1;
		}
		out.flush();
		err.flush();
		System.exit(exit);
	}

	int run(String... args) {
		try {
			CliArguments arguments = CliArguments.parse(args);
			StackSettings settings = StackSettings.fromEnv(this.env);
			LocalStack stack = new LocalStack(this.layout, settings, this.env, this.out);
			return switch (arguments.command()) {
				case "up" -> stack.up();
				case "down" -> stack.down(arguments.flag("purge"));
				case "status" -> status(stack, settings, arguments);
				case "push" -> push(stack, settings, arguments);
				case "search" -> search(settings, arguments);
				case "reindex" -> reindex(stack, settings, arguments);
				case "replay" -> replay(stack, settings, arguments);
				case "demo" -> demo(stack, settings);
				case "logs" -> logs(stack, arguments);
				case "evaluate" -> evaluate(stack, settings, arguments);
				case "bench" -> bench(stack, settings, arguments);
				default -> help();
			};
		}
		catch (UsageException ex) {
			this.err.println("pipeline: " + ex.getMessage());
			this.err.println("Run ./pipeline help for the commands and options.");
			return 2;
		}
		catch (IllegalStateException | UncheckedIOException ex) {
			this.err.println("pipeline: " + ex.getMessage());
			return 1;
		}
		catch (IOException ex) {
			this.err.println("pipeline: " + ex);
			return 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.err.println("pipeline: interrupted");
			return 130;
		}
	}

	private int help() {
		this.out.print(HELP);
		return 0;
	}

	private int push(LocalStack stack, StackSettings settings, CliArguments arguments)
			throws IOException, InterruptedException {
		List<Path> files = DocumentPusher.collect(arguments.operands());
		if (files.isEmpty()) {
			this.err.println("pipeline: no files to push in " + arguments.operands());
			return 1;
		}
		List<DocumentPusher.Pushed> pushed = pusher(stack, settings, arguments.option("source-url"),
				arguments.option("publisher"))
			.push(files);
		long failed = pushed.stream().filter((one) -> !one.outcome().isAccepted()).count();
		this.out.printf("%d pushed, %d refused%n", pushed.size() - failed, failed);
		return (failed == 0) ? 0 : 1;
	}

	private int search(StackSettings settings, CliArguments arguments) throws IOException, InterruptedException {
		Map<String, String> filters = new LinkedHashMap<>();
		for (String name : SEARCH_FILTERS) {
			String value = arguments.option(name);
			if (value != null) {
				filters.put(name.replace('-', '_'), value);
			}
		}
		Map<String, String> paging = new LinkedHashMap<>();
		for (String name : List.of("sort", "order", "size", "page")) {
			String value = arguments.option(name);
			if (value != null) {
				paging.put(name, value);
			}
		}
		printSearch(settings, arguments.query().isBlank() ? null : arguments.query(), filters, paging);
		return 0;
	}

	private void printSearch(StackSettings settings, String query, Map<String, String> filters,
			Map<String, String> paging) throws IOException, InterruptedException {
		Map<String, String> params = new LinkedHashMap<>(filters);
		params.putAll(paging);
		Map<String, Object> response;
		try {
			response = searchClient(settings).search(query, params);
		}
		catch (ConnectException ex) {
			throw new IllegalStateException("index-service does not answer at "
					+ settings.serviceUrl(StackSettings.INDEX) + "; is the stack up? ./pipeline up", ex);
		}
		this.out.print(SearchReport.format(response, query, filters, color()));
	}

	/**
	 * Starts index-service's rebuild by replay and, unless {@code --no-wait}, follows it
	 * until the aliases have moved.
	 */
	private int reindex(LocalStack stack, StackSettings settings, CliArguments arguments)
			throws IOException, InterruptedException {
		String url = settings.serviceUrl(StackSettings.INDEX);
		ReindexClient client = new ReindexClient(url, stack.apiKey(false));
		Map<String, Object> status;
		try {
			status = client.start();
		}
		catch (ConnectException ex) {
			throw new IllegalStateException(
					"index-service does not answer at " + url + "; is the stack up? ./pipeline up", ex);
		}
		this.out.printf("Rebuilding the indices by replaying the pipeline into index-service (%s)%n", url);
		List<String> aliases = ReindexReport.aliases(status);
		this.out.println(aliases.isEmpty() ? "  no alias to move: the current versions are rewritten in place"
				: "  aliases to move once the replay has caught up:");
		aliases.forEach((line) -> this.out.println("    " + line));
		this.out.println("  " + ReindexReport.progress(status));
		if (arguments.flag("no-wait")) {
			this.out.println("Follow it with: curl " + url + "/api/v1/reindex");
			return 0;
		}
		String last = ReindexReport.progress(status);
		long lastChange = System.nanoTime();
		while ("replaying".equals(Json.text(status, "state"))) {
			if (System.nanoTime() - lastChange > REINDEX_STALL.toNanos()) {
				this.out.printf("The replay has not moved for %d minutes; it goes on in index-service (%s).%n",
						REINDEX_STALL.toMinutes(), this.layout.logsDir().resolve("index-service.log"));
				return 1;
			}
			Thread.sleep(1000);
			status = client.status();
			String progress = ReindexReport.progress(status);
			if (!progress.equals(last)) {
				this.out.println("  " + progress);
				last = progress;
				lastChange = System.nanoTime();
			}
		}
		this.out.println(ReindexReport.outcome(status));
		return "done".equals(Json.text(status, "state")) ? 0 : 1;
	}

	/**
	 * The stack's state; with {@code --watch} again every 5 s, each screen drawn at once,
	 * until interrupted (Ctrl-C).
	 */
	private int status(LocalStack stack, StackSettings settings, CliArguments arguments) throws InterruptedException {
		if (!arguments.flag("watch")) {
			return stack.status(color());
		}
		while (true) {
			ByteArrayOutputStream screen = new ByteArrayOutputStream();
			PrintStream print = new PrintStream(screen, true, StandardCharsets.UTF_8);
			new LocalStack(this.layout, settings, this.env, print).status(color());
			if (this.terminal) {
				this.out.print("\u001b[H\u001b[2J");
			}
			this.out.printf("Every %d s (Ctrl-C stops) · %s%n%n", STATUS_REFRESH.toSeconds(),
					Instant.now().truncatedTo(ChronoUnit.SECONDS));
			this.out.print(screen.toString(StandardCharsets.UTF_8));
			this.out.flush();
			Thread.sleep(STATUS_REFRESH.toMillis());
		}
	}

	/**
	 * Asks index-service to re-send one document, a stage or dead-letter topics through
	 * the pipeline, and prints what it re-sent.
	 */
	private int replay(LocalStack stack, StackSettings settings, CliArguments arguments)
			throws IOException, InterruptedException {
		String url = settings.serviceUrl(StackSettings.INDEX);
		ReplayClient client = new ReplayClient(url, stack.apiKey(false));
		String dlt = arguments.option("dlt");
		List<Map<String, Object>> requests = new ArrayList<>();
		if (dlt == null) {
			Map<String, Object> request = new LinkedHashMap<>();
			String doc = arguments.option("doc");
			String stage = arguments.option("stage");
			if (doc != null) {
				request.put("doc_id", doc.toLowerCase(Locale.ROOT));
				request.put("stage", (stage != null) ? stage : "parse");
				this.out.printf("Replaying document %s at stage %s through index-service (%s)%n", doc,
						request.get("stage"), url);
			}
			else {
				request.put("stage", stage);
				this.out.printf("Replaying every document of stage %s through index-service (%s)%n", stage, url);
			}
			requests.add(request);
		}
		else {
			List<String> topics = dlt.equals(CliArguments.ALL_DEAD_LETTER_TOPICS) ? deadLetterTopics(settings)
					: List.of(dlt);
			if (topics.isEmpty()) {
				this.out.println("No dead-letter topic holds records: nothing to replay.");
				return 0;
			}
			for (String topic : topics) {
				Map<String, Object> request = new LinkedHashMap<>();
				request.put("dead_letter_topic", topic);
				if (arguments.option("from-offset") != null) {
					request.put("from_offset", Long.parseLong(arguments.option("from-offset")));
				}
				requests.add(request);
			}
			this.out.printf("Replaying %s through index-service (%s)%n", String.join(", ", topics), url);
		}
		long sent = 0;
		int failed = 0;
		for (Map<String, Object> request : requests) {
			try {
				Map<String, Object> report = client.replay(request);
				this.out.print(ReplayReport.format(report));
				sent += ReplayReport.sent(report);
			}
			catch (ConnectException ex) {
				throw new IllegalStateException(
						"index-service does not answer at " + url + "; is the stack up? ./pipeline up", ex);
			}
			catch (IllegalStateException ex) {
				if (requests.size() == 1) {
					throw ex;
				}
				this.err.println("pipeline: " + request.get("dead_letter_topic") + ": " + ex.getMessage());
				failed++;
			}
		}
		if (requests.size() > 1) {
			this.out.printf("%d records re-sent from %d dead-letter topics%s%n", sent, requests.size() - failed,
					(failed > 0) ? "; " + failed + " refused (see above)" : "");
		}
		this.out.println("Follow them with ./pipeline status");
		return (failed == 0) ? 0 : 1;
	}

	/** Every dead-letter topic that holds records, from Kafka's offsets. */
	private static List<String> deadLetterTopics(StackSettings settings) throws InterruptedException {
		try {
			return TopicBacklog.read(settings.bootstrapServers())
				.topics()
				.stream()
				.filter((topic) -> topic.topic().endsWith("-dlt") && topic.retained() > 0)
				.map(TopicBacklog.TopicOffsets::topic)
				.toList();
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			throw new IllegalStateException("Cannot list the dead-letter topics: Kafka does not answer at "
					+ settings.bootstrapServers() + " (" + ex.getMessage() + "); is the stack up? ./pipeline up", ex);
		}
	}

	private boolean color() {
		return this.terminal && !this.env.containsKey("NO_COLOR");
	}

	private int evaluate(LocalStack stack, StackSettings settings, CliArguments arguments)
			throws IOException, InterruptedException {
		LabelledSet set;
		try {
			set = LabelledSet.read(Path.of(arguments.operands().get(0)));
		}
		catch (IllegalArgumentException ex) {
			this.err.println("pipeline: " + ex.getMessage());
			return 2;
		}
		EvaluationThresholds thresholds = thresholds(arguments);
		int up = stack.up();
		if (up != 0) {
			this.err.println("pipeline: the stack is not fully up (see above), so the evaluation stops here.");
			return up;
		}
		String apiKey = stack.apiKey(false);
		String indexUrl = settings.serviceUrl(StackSettings.INDEX);
		this.out.printf("%nEvaluating %d labelled files%n", set.files().size());
		EvaluationReport report = LabelledEvaluation
			.of(settings.serviceUrl(StackSettings.INGEST), indexUrl, apiKey, this.out)
			.run(set, evaluationTimeout(arguments));
		this.out.println();
		report.print(this.out);
		List<String> missed = thresholds.missed(report);
		missed.forEach((line) -> this.err.println("pipeline: threshold missed: " + line));
		return missed.isEmpty() ? 0 : 3;
	}

	private int bench(LocalStack stack, StackSettings settings, CliArguments arguments)
			throws IOException, InterruptedException {
		Path documents = arguments.operands().isEmpty()
				? this.layout.repoRoot().resolve("test-documents/src/main/resources/fixtures/documents")
				: Path.of(arguments.operands().get(0));
		if (!Files.isDirectory(documents)) {
			this.err.println("pipeline: no such folder: " + documents);
			return 2;
		}
		int up = stack.up();
		if (up != 0) {
			this.err.println("pipeline: the stack is not fully up (see above), so the benchmark stops here.");
			return up;
		}
		this.out.println();
		BenchReport report = new Benchmark(this.layout, settings, stack.apiKey(false), this.out)
			.run(new Benchmark.Options(documents, count(arguments, "copies", 20), count(arguments, "rounds", 2),
					count(arguments, "uploads", 4), count(arguments, "threads", 2), count(arguments, "pushes", 20),
					(arguments.option("tika-heap") != null) ? arguments.option("tika-heap") : "512m",
					count(arguments, "warm-up", 3 * count(arguments, "copies", 20))));
		report.print(this.out);
		this.out.printf("machine: %d cores, %d GiB, load average %s%n", Runtime.getRuntime().availableProcessors(),
				Math.round(memoryGib()), loadAverage());
		return 0;
	}

	private static int count(CliArguments arguments, String option, int fallback) {
		String value = arguments.option(option);
		return (value != null) ? Integer.parseInt(value) : fallback;
	}

	/** Physical memory from /proc/meminfo, 0 where there is none. */
	private static double memoryGib() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0;
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			return 0;
		}
		return 0;
	}

	private static String loadAverage() {
		try {
			return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	private static EvaluationThresholds thresholds(CliArguments arguments) {
		String extra = arguments.option("max-extra-errors");
		String unearned = arguments.option("max-unearned");
		return new EvaluationThresholds(EvaluationThresholds.share(arguments.option("min-indexed")),
				EvaluationThresholds.share(arguments.option("min-metadata")),
				EvaluationThresholds.share(arguments.option("min-totals")),
				EvaluationThresholds.share(arguments.option("min-tables")),
				EvaluationThresholds.share(arguments.option("min-known")),
				(extra != null) ? Integer.valueOf(extra) : null, (unearned != null) ? Integer.valueOf(unearned) : null);
	}

	private static Duration evaluationTimeout(CliArguments arguments) {
		String timeout = arguments.option("timeout");
		if (timeout == null) {
			return Duration.ofMinutes(10);
		}
		long amount = Long.parseLong(timeout.substring(0, timeout.length() - 1));
		return timeout.endsWith("m") ? Duration.ofMinutes(amount) : Duration.ofSeconds(amount);
	}

	private int demo(LocalStack stack, StackSettings settings) throws IOException, InterruptedException {
		int up = stack.up();
		if (up != 0) {
			this.err.println("pipeline: the stack is not fully up (see above), so the demo stops here.");
			return up;
		}
		Path samples = this.layout.repoRoot().resolve("test-documents/src/main/resources/fixtures/documents");
		List<Path> files = DocumentPusher.collect(List.of(samples.toString()));
		this.out.printf("%nPushing %d sample documents from %s%n", files.size(),
				this.layout.repoRoot().relativize(samples));
		List<DocumentPusher.Pushed> pushed = pusher(stack, settings, null, null).push(files);
		Set<String> docIds = new LinkedHashSet<>();
		pushed.stream().filter((one) -> one.outcome().isAccepted()).forEach((one) -> docIds.add(one.outcome().docId()));
		this.out.printf("%nWaiting until index-service reports the %d documents searchable …%n", docIds.size());
		long indexed = awaitIndexed(settings, docIds.size());
		this.out.printf("%d of %d documents searchable.%n", indexed, docIds.size());
		this.out.printf("%n$ ./pipeline search %s%n", DEMO_QUERY);
		printSearch(settings, DEMO_QUERY, Map.of(), Map.of());
		return 0;
	}

	/**
	 * Polls the search API until it counts {@code expected} documents or the count stops
	 * growing.
	 */
	private long awaitIndexed(StackSettings settings, int expected) throws InterruptedException {
		SearchClient client = searchClient(settings);
		long deadline = System.nanoTime() + INDEXING_TIMEOUT.toNanos();
		long lastChange = System.nanoTime();
		long last = -1;
		while (true) {
			long total = countAll(client);
			if (total != last) {
				this.out.printf("  %d/%d indexed%n", Math.max(total, 0), expected);
				last = total;
				lastChange = System.nanoTime();
			}
			if (total >= expected) {
				return total;
			}
			if (total > 0 && System.nanoTime() - lastChange > INDEXING_PLATEAU.toNanos()) {
				this.out.printf("  no new documents for %d s; some may have failed (see %s)%n",
						INDEXING_PLATEAU.toSeconds(), this.layout.logsDir());
				return total;
			}
			if (System.nanoTime() > deadline) {
				this.out.printf("  gave up waiting after %d s%n", INDEXING_TIMEOUT.toSeconds());
				return Math.max(total, 0);
			}
			Thread.sleep(2000);
		}
	}

	/**
	 * All searchable documents: the search without a query, or a match-all query where
	 * one is needed.
	 */
	private static long countAll(SearchClient client) throws InterruptedException {
		for (String query : new String[] { null, "*" }) {
			try {
				Object total = client.search(query, Map.of()).get("total");
				Object value = (total instanceof Map<?, ?>) ? Json.at(total, "value") : total;
				if (value instanceof Number number) {
					return number.longValue();
				}
			}
			catch (IOException | IllegalStateException | IllegalArgumentException ex) {
				// not answering yet, or this form of query is not accepted: try the next
			}
		}
		return -1;
	}

	private int logs(LocalStack stack, CliArguments arguments) throws IOException, InterruptedException {
		if (arguments.operands().isEmpty()) {
			this.out.println("Logs: " + this.layout.logsDir());
			stack.logListing().forEach((line) -> this.out.println("  " + line));
			return 0;
		}
		Path file = stack.logFile(arguments.operands().get(0));
		if (!Files.isRegularFile(file)) {
			this.err.println("pipeline: no log yet at " + file);
			return 1;
		}
		int lines = (arguments.option("lines") != null) ? Integer.parseInt(arguments.option("lines")) : 100;
		LogTail.lines(file, lines).forEach(this.out::println);
		if (arguments.flag("follow")) {
			follow(file);
		}
		return 0;
	}

	/**
	 * Prints what is appended to {@code file} until the process is interrupted (Ctrl-C).
	 */
	private void follow(Path file) throws IOException, InterruptedException {
		long position = Files.size(file);
		while (true) {
			long size = Files.size(file);
			if (size < position) {
				position = 0;
			}
			if (size > position) {
				try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
					in.seek(position);
					byte[] bytes = new byte[(int) Math.min(size - position, 1 << 20)];
					in.readFully(bytes);
					position += bytes.length;
					this.out.print(new String(bytes, StandardCharsets.UTF_8));
					this.out.flush();
				}
			}
			Thread.sleep(500);
		}
	}

	private DocumentPusher pusher(LocalStack stack, StackSettings settings, String sourceUrl, String publisher)
			throws IOException {
		IngestClient client = new IngestClient(settings.serviceUrl(StackSettings.INGEST), stack.apiKey(false));
		return new DocumentPusher(client, sourceUrl, publisher, this.out, this.terminal ? this.err : null);
	}

	private static SearchClient searchClient(StackSettings settings) {
		return new SearchClient(settings.serviceUrl(StackSettings.INDEX));
	}

}
