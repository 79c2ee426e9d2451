package org.disclosure.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.disclosure.contracts.Topics;
import org.disclosure.stack.bench.BenchReport;
import org.disclosure.stack.bench.ByteDistinctCopies;
import org.disclosure.stack.bench.IndexTime;
import org.disclosure.stack.bench.PeakRss;
import org.disclosure.stack.bench.ThreadCpu;

/**
 * {@code ./pipeline bench}: the pipeline's throughput against bare Apache Tika's on the
 * same files, in one run on the same machine. A warm-up pushes copies of each file (three
 * rounds' worth by default), and bare Tika, too, extracts as many before its timed pass,
 * so that both are measured once their JIT compilers have done most of their work; then
 * each round makes byte-distinct copies of the files, has bare Tika extract them
 * (parse-service's jar and Tika, the parser worker's heap), then pushes them into the
 * running stack with concurrent uploads and waits until each is indexed or failed. It
 * ends with push→searchable on the idle stack: a PDF pushed alone, again and again, each
 * time until a search finds it.
 */
final class Benchmark {

	private static final Duration OUTCOME_TIMEOUT = Duration.ofMinutes(30);

	private static final Duration SEARCHABLE_TIMEOUT = Duration.ofSeconds(60);

	private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(10);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	private static final Pattern TIKA_LINE = Pattern.compile(
			"tika version=\"([^\"]*)\" documents=(\\d+) failed=(\\d+) seconds=([0-9.]+) cpu_seconds=([0-9.]+) peak_rss_kib=(\\d+)");

	private static final List<String> TIMED_STAGES = List.of("ingest", "parse", "validate", "index");

	/**
	 * What to run.
	 *
	 * @param documents the folder of the files to copy (the fixtures by default)
	 * @param copies copies of each file per round
	 * @param rounds rounds of bare Tika and the pipeline
	 * @param uploads concurrent uploads
	 * @param tikaThreads bare Tika's threads
	 * @param pushes pushes of push→searchable (0 for none)
	 * @param tikaHeap bare Tika's heap, e.g. {@code 512m}
	 * @param warmUpCopies copies of each file pushed before the rounds, not measured;
	 * bare Tika makes as many passes over a round's files before its timed one (one pass
	 * a round's worth of copies, at least one)
	 */
	record Options(Path documents, int copies, int rounds, int uploads, int tikaThreads, int pushes, String tikaHeap,
			int warmUpCopies) {

		/** Bare Tika's passes over a round's files before its timed one. */
		int tikaWarmUpPasses() {
			return Math.max(1, Math.round((float) this.warmUpCopies / this.copies));
		}

	}

	private final StackLayout layout;

	private final StackSettings settings;

	private final IngestClient ingest;

	private final PrintStream out;

	Benchmark(StackLayout layout, StackSettings settings, String apiKey, PrintStream out) {
		this.layout = layout;
		this.settings = settings;
		this.ingest = new IngestClient(settings.serviceUrl(StackSettings.INGEST), apiKey);
		this.out = out;
	}

	BenchReport run(Options options) throws IOException, InterruptedException {
		List<Path> originals = documents(options.documents());
		if (originals.isEmpty()) {
			throw new IllegalStateException("No documents to copy in " + options.documents());
		}
		String run = "bench-" + HexFormat.of().formatHex(random(4));
		Path work = Files.createTempDirectory("disclosure-bench-");
		try {
			this.out.printf("Benchmark %s: %d files × %d copies a round, %d rounds, %d concurrent uploads%n", run,
					originals.size(), options.copies(), options.rounds(), options.uploads());
			PipelineRound warmUp = pushAll(ByteDistinctCopies.write(originals, options.warmUpCopies(), run + "-warm-up",
					work.resolve("warm-up")), options.uploads());
			this.out.printf("warm-up: %d documents in %.1f s%n", warmUp.documents(), warmUp.seconds());
			List<BenchReport.Round> rounds = new ArrayList<>();
			Map<String, double[]> stageTotals = new LinkedHashMap<>();
			Map<String, Long> peakRss = new LinkedHashMap<>();
			Map<String, ThreadCpu> cpu = new LinkedHashMap<>();
			Map<String, IndexTime> indexTimes = new LinkedHashMap<>();
			double tikaCpuSeconds = 0;
			int pipelineDocuments = 0;
			TikaRun tika = null;
			for (int round = 1; round <= options.rounds(); round++) {
				Path folder = work.resolve("round-" + round);
				List<Path> files = ByteDistinctCopies.write(originals, options.copies(), run + "-" + round, folder);
				tika = tika(files, options.tikaThreads(), options.tikaHeap(), options.tikaWarmUpPasses(), folder);
				this.out.printf("round %d: bare Tika %d documents in %.1f s (%.1f/s)%n", round, tika.documents(),
						tika.seconds(), tika.documents() / tika.seconds());
				tikaCpuSeconds += tika.cpuSeconds();
				Map<String, Long> processes = processes();
				processes.values().forEach(PeakRss::reset);
				Map<String, ThreadCpu> cpuBefore = cpu(processes);
				Map<String, IndexTime> indicesBefore = indexTimes();
				PipelineRound pipeline = pushAll(files, options.uploads());
				ThreadCpu roundCpu = ThreadCpu.NONE;
				for (Map.Entry<String, ThreadCpu> used : cpu(processes).entrySet()) {
					ThreadCpu spent = used.getValue().minus(cpuBefore.getOrDefault(used.getKey(), ThreadCpu.NONE));
					cpu.merge(used.getKey(), spent, ThreadCpu::plus);
					roundCpu = roundCpu.plus(spent);
				}
				indexTimes().forEach((index, time) -> indexTimes.merge(index, time.minus(indicesBefore.get(index)),
						IndexTime::plus));
				pipelineDocuments += pipeline.documents();
				this.out.printf("round %d: pipeline %d documents in %.1f s (%.1f/s), %d failed%n", round,
						pipeline.documents(), pipeline.seconds(), pipeline.documents() / pipeline.seconds(),
						pipeline.failed());
				pipeline.stageSeconds().forEach((stage, sums) -> {
					double[] total = stageTotals.computeIfAbsent(stage, (s) -> new double[2]);
					total[0] += sums[0];
					total[1] += sums[1];
				});
				processes
					.forEach((name, pid) -> PeakRss.kib(pid).ifPresent((kib) -> peakRss.merge(name, kib, Math::max)));
				rounds.add(new BenchReport.Round(tika.documents() / tika.seconds(),
						pipeline.documents() / pipeline.seconds(), pipeline.failed(),
						1000 * roundCpu.totalSeconds() / pipeline.documents(),
						1000 * roundCpu.compilingSeconds() / pipeline.documents()));
				deleteTree(folder);
			}
			Map<String, Double> stageMillis = new LinkedHashMap<>();
			stageTotals.forEach((stage, total) -> {
				if (total[1] > 0) {
					stageMillis.put(stage, 1000 * total[0] / total[1]);
				}
			});
			Path latencyFile = largestPdf(originals);
			List<Long> latency = (options.pushes() > 0 && latencyFile != null)
					? searchable(latencyFile, options.pushes(), run, work) : List.of();
			return new BenchReport(originals.size() * options.copies(), options.uploads(), options.tikaThreads(),
					rounds, stageMillis, (latencyFile != null) ? latencyFile.getFileName().toString() : null, latency,
					peakRss, (tika != null) ? tika.peakRssKib() : 0, (tika != null) ? tika.version() : "Tika",
					new BenchReport.Cpu(pipelineDocuments, cpu, tikaCpuSeconds, indexTimes));
		}
		finally {
			deleteTree(work);
		}
	}

	/** What one pushed batch came to. */
	private record PipelineRound(int documents, int failed, double seconds, Map<String, double[]> stageSeconds) {
	}

	/** What bare Tika printed. */
	private record TikaRun(String version, int documents, int failed, double seconds, double cpuSeconds,
			long peakRssKib) {
	}

	/**
	 * Pushes {@code files} with {@code uploads} at a time and waits until the pipeline
	 * has indexed or failed each.
	 */
	private PipelineRound pushAll(List<Path> files, int uploads) throws IOException, InterruptedException {
		Map<String, PrometheusScrape> before = scrapes();
		try (OutcomeWatch watch = new OutcomeWatch(this.settings.bootstrapServers())) {
			long start = System.nanoTime();
			Set<String> ids = Collections.synchronizedSet(new HashSet<>());
			ExecutorService pool = Executors.newFixedThreadPool(uploads);
			try {
				List<Future<IngestClient.Outcome>> pushes = new ArrayList<>();
				for (Path file : files) {
					pushes.add(pool.submit(() -> this.ingest.push(file, null, null)));
				}
				for (int i = 0; i < pushes.size(); i++) {
					IngestClient.Outcome outcome = pushes.get(i).get();
					if (!outcome.isAccepted() || !"accepted".equals(outcome.status())) {
						throw new IllegalStateException(
								files.get(i).getFileName() + " was not accepted as new: " + outcome.describe());
					}
					ids.add(outcome.docId());
				}
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("An upload failed: " + ex.getCause(), ex.getCause());
			}
			finally {
				pool.shutdownNow();
			}
			int failed = watch.await(ids, OUTCOME_TIMEOUT);
			double seconds = (System.nanoTime() - start) / 1e9;
			Map<String, PrometheusScrape> after = scrapes();
			Map<String, double[]> stages = new LinkedHashMap<>();
			for (String stage : TIMED_STAGES) {
				String service = stage + "-service";
				if (before.containsKey(service) && after.containsKey(service)) {
					Map<String, String> labels = Map.of("stage", stage);
					stages.put(stage, new double[] {
							after.get(service).sum("pipeline_stage_duration_seconds_sum", labels)
									- before.get(service).sum("pipeline_stage_duration_seconds_sum", labels),
							after.get(service).sum("pipeline_stage_duration_seconds_count", labels)
									- before.get(service).sum("pipeline_stage_duration_seconds_count", labels) });
				}
			}
			return new PipelineRound(ids.size(), failed, seconds, stages);
		}
	}

	private Map<String, PrometheusScrape> scrapes() {
		Map<String, PrometheusScrape> scrapes = new LinkedHashMap<>();
		for (String service : StackSettings.SERVICES) {
			try {
				scrapes.put(service, PrometheusScrape.of(this.settings.serviceUrl(service)));
			}
			catch (IOException | IllegalStateException ex) {
				// a service without figures is left out of the per-stage times
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return scrapes;
	}

	/** Runs bare Tika on {@code files} in a JVM of its own. */
	private TikaRun tika(List<Path> files, int threads, String heap, int warmUpPasses, Path folder)
			throws IOException, InterruptedException {
		Path list = folder.resolve("files.txt");
		Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
		Path jar = this.layout.serviceJar(StackSettings.PARSE);
		List<String> command = List.of(DetachedProcess.javaExecutable(), "-Xmx" + heap, "-XX:+UseSerialGC",
				"-XX:NewRatio=1", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-cp", jar.toString(),
				"-Dloader.main=org.disclosure.parse.bench.TikaBaseline",
				"org.springframework.boot.loader.launch.PropertiesLauncher", Integer.toString(threads), list.toString(),
				Integer.toString(warmUpPasses));
		Path log = folder.resolve("tika.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(30, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("Bare Tika did not finish within 30 minutes");
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		Matcher line = TIKA_LINE.matcher(output);
		if (process.exitValue() != 0 || !line.find()) {
			throw new IllegalStateException("Bare Tika failed (exit " + process.exitValue() + "):\n" + output);
		}
		return new TikaRun(line.group(1), Integer.parseInt(line.group(2)), Integer.parseInt(line.group(3)),
				Double.parseDouble(line.group(4)), Double.parseDouble(line.group(5)), Long.parseLong(line.group(6)));
	}

	/**
	 * Push→searchable in milliseconds: {@code pushes} byte-distinct copies of
	 * {@code file}, one at a time on the idle stack, each from the moment its upload
	 * returned until a search of {@code disclosures} finds it.
	 */
	private List<Long> searchable(Path file, int pushes, String run, Path work)
			throws IOException, InterruptedException {
		awaitIdle();
		byte[] original = Files.readAllBytes(file);
		List<Long> millis = new ArrayList<>();
		for (int i = 1; i <= pushes; i++) {
			Path copy = work.resolve("latency-" + i + "-" + file.getFileName());
			Files.write(copy,
					ByteDistinctCopies.marked(original, file.getFileName().toString(), run + "-latency-" + i));
			IngestClient.Outcome outcome = this.ingest.push(copy, null, null);
			long pushed = System.nanoTime();
			if (!outcome.isAccepted()) {
				throw new IllegalStateException(copy.getFileName() + " was refused: " + outcome.describe());
			}
			long deadline = pushed + SEARCHABLE_TIMEOUT.toNanos();
			while (!isSearchable(outcome.docId())) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException(
							copy.getFileName() + " was not searchable within " + SEARCHABLE_TIMEOUT.toSeconds() + " s");
				}
				Thread.sleep(5);
			}
			millis.add(Duration.ofNanos(System.nanoTime() - pushed).toMillis());
			this.out.printf("push→searchable %d: %d ms%n", i, millis.get(millis.size() - 1));
			awaitIdle();
		}
		return millis;
	}

	/** Whether a search of {@code disclosures} finds {@code docId}. */
	private boolean isSearchable(String docId) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(HttpRequest
			.newBuilder(URI.create(this.settings.elasticsearchUrl() + "/disclosures/_count"))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":{\"term\":{\"doc_id\":" + Json.quote(docId) + "}}}"))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			return false;
		}
		Object count = Json.parseObject(response.body()).get("count");
		return count instanceof Number number && number.longValue() > 0;
	}

	/** Waits until no consumer group of the pipeline lags. */
	private void awaitIdle() throws InterruptedException {
		long deadline = System.nanoTime() + IDLE_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				long lag = TopicBacklog.read(this.settings.bootstrapServers())
					.groups()
					.stream()
					.mapToLong(TopicBacklog.GroupLag::lag)
					.sum();
				if (lag == 0) {
					Thread.sleep(500);
					return;
				}
			}
			catch (ExecutionException | TimeoutException ex) {
				// the broker is busy: ask again
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("The pipeline did not become idle within " + IDLE_TIMEOUT.toMinutes() + " min");
	}

	/**
	 * The stack's processes by name, from the pid files of {@code ./pipeline up}, with
	 * parse-service's parser workers.
	 */
	private Map<String, Long> processes() {
		Map<String, Long> processes = new LinkedHashMap<>();
		List<String> components = new ArrayList<>(List.of(LocalStack.KAFKA, LocalStack.ELASTICSEARCH));
		components.addAll(StackSettings.SERVICES);
		for (String component : components) {
			DetachedProcess.fromPidFile(this.layout.pidsDir().resolve(component + ".pid"))
				.ifPresent((process) -> processes.put(component, process.pid()));
		}
		Long parse = processes.get(StackSettings.PARSE);
		if (parse != null) {
			ProcessHandle.of(parse).ifPresent((service) -> {
				int n = 0;
				for (ProcessHandle worker : service.descendants().toList()) {
					processes.put("parse worker " + (++n), worker.pid());
				}
			});
		}
		return processes;
	}

	/**
	 * The CPU time each process has used so far, by kind of thread where /proc says (on
	 * Linux); a process that is gone is left out.
	 */
	private static Map<String, ThreadCpu> cpu(Map<String, Long> processes) {
		Map<String, ThreadCpu> used = new LinkedHashMap<>();
		processes.forEach((name, pid) -> ThreadCpu.of(pid)
			.or(() -> ProcessHandle.of(pid)
				.flatMap((process) -> process.info().totalCpuDuration())
				.map(ThreadCpu::total))
			.ifPresent((cpu) -> used.put(name, cpu)));
		return used;
	}

	/**
	 * What Elasticsearch has spent on each index so far (its {@code _stats}); empty when
	 * it does not answer.
	 */
	private Map<String, IndexTime> indexTimes() throws InterruptedException {
		try {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(this.settings.elasticsearchUrl() + "/_stats/indexing,merge,refresh,flush"))
				.timeout(Duration.ofSeconds(10))
				.GET()
				.build();
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return (response.statusCode() == 200) ? IndexTime.of(Json.parse(response.body())) : Map.of();
		}
		catch (IOException | IllegalArgumentException ex) {
			return Map.of();
		}
	}

	private static List<Path> documents(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
	}

	private static Path largestPdf(List<Path> files) throws IOException {
		Path largest = null;
		for (Path file : files) {
			if (file.getFileName().toString().toLowerCase().endsWith(".pdf")
					&& (largest == null || Files.size(file) > Files.size(largest))) {
				largest = file;
			}
		}
		return largest;
	}

	private static byte[] random(int length) {
		byte[] bytes = new byte[length];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

	private static void deleteTree(Path folder) throws IOException {
		Folders.deleteTree(folder);
	}

	/**
	 * Reads the outcomes the pipeline publishes, from the end of the indexed and failed
	 * topics as they stood when it was made.
	 */
	private static final class OutcomeWatch implements AutoCloseable {

		private final KafkaConsumer<String, byte[]> consumer;

		private final Set<String> indexed = new HashSet<>();

		private final Set<String> failed = new HashSet<>();

		OutcomeWatch(String bootstrapServers) {
			this.consumer = new KafkaConsumer<>(
					Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
							ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
					new StringDeserializer(), new ByteArrayDeserializer());
			List<TopicPartition> partitions = new ArrayList<>();
			for (String topic : List.of(Topics.INDEXED, Topics.FAILED)) {
				this.consumer.partitionsFor(topic)
					.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition())));
			}
			this.consumer.assign(partitions);
			this.consumer.seekToEnd(partitions);
			partitions.forEach(this.consumer::position);
		}

		/**
		 * Waits until each of {@code ids} is indexed or failed; returns how many failed.
		 */
		int await(Set<String> ids, Duration timeout) {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (!done(ids)) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException(
							"Not every document was indexed or failed within " + timeout.toMinutes() + " min");
				}
				for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(200))) {
					(record.topic().equals(Topics.INDEXED) ? this.indexed : this.failed).add(record.key());
				}
			}
			return (int) ids.stream().filter((id) -> !this.indexed.contains(id)).count();
		}

		private boolean done(Set<String> ids) {
			return ids.stream().allMatch((id) -> this.indexed.contains(id) || this.failed.contains(id));
		}

		@Override
		public void close() {
			this.consumer.close();
		}

	}

}
