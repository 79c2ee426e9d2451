package org.disclosure.stack.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code ./pipeline bench} measured, and how it prints it.
 *
 * @param documents documents per round
 * @param uploads concurrent uploads
 * @param tikaThreads threads of bare Tika
 * @param rounds the rounds, bare Tika then the pipeline on the same files
 * @param stageMillis per stage, mean milliseconds per record over the pipeline rounds
 * (the services' own timers)
 * @param latencyFile the file pushed for push→searchable
 * @param latencyMillis push→searchable of each push, in the order measured
 * @param peakRssKib per process, its peak resident set over the pipeline rounds
 * @param tikaPeakRssKib bare Tika's peak resident set
 * @param tikaVersion bare Tika's version
 * @param cpu where the CPU time went over the pipeline rounds
 */
public record BenchReport(int documents, int uploads, int tikaThreads, List<Round> rounds,
		Map<String, Double> stageMillis, String latencyFile, List<Long> latencyMillis, Map<String, Long> peakRssKib,
		long tikaPeakRssKib, String tikaVersion, Cpu cpu) {

	/**
	 * The CPU time of each process over the pipeline rounds, with what its JIT compilers
	 * and its garbage collector took of it, beside bare Tika's over its timed passes of
	 * the same files, and what Elasticsearch spent on each index.
	 *
	 * @param documents documents the pipeline rounds pushed
	 * @param processes per process, its CPU time during the pipeline rounds
	 * @param tikaSeconds bare Tika's CPU seconds over its timed passes
	 * @param indices per index, what Elasticsearch spent on it during the pipeline rounds
	 */
	public record Cpu(int documents, Map<String, ThreadCpu> processes, double tikaSeconds,
			Map<String, IndexTime> indices) {

		void print(PrintStream out) {
			if (this.documents == 0 || this.processes.isEmpty()) {
				return;
			}
			out.printf(Locale.ROOT,
					"CPU over the pipeline rounds (%d documents), ms a document: all, of which "
							+ "JIT compiling and garbage collection (with the VM thread's safepoints)%n",
					this.documents);
			ThreadCpu all = ThreadCpu.NONE;
			for (Map.Entry<String, ThreadCpu> process : this.processes.entrySet()) {
				print(out, process.getKey(), process.getValue());
				all = all.plus(process.getValue());
			}
			print(out, "all", all);
			out.printf(Locale.ROOT, "  %-18s %7.1f   (its timed passes)%n", "bare Tika",
					1000 * this.tikaSeconds / this.documents);
			List<Map.Entry<String, IndexTime>> busy = this.indices.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().totalMillis() > 0)
				.sorted((a, b) -> Long.compare(b.getValue().totalMillis(), a.getValue().totalMillis()))
				.toList();
			if (!busy.isEmpty()) {
				out.println("Elasticsearch by index over the pipeline rounds (documents written; seconds indexing, "
						+ "merging, refreshing, flushing):");
				for (Map.Entry<String, IndexTime> entry : busy) {
					IndexTime time = entry.getValue();
					out.printf(Locale.ROOT, "  %-26s %8d  %6.1f %6.1f %6.1f %6.1f%n", entry.getKey(), time.written(),
							time.indexingMillis() / 1000.0, time.mergeMillis() / 1000.0, time.refreshMillis() / 1000.0,
							time.flushMillis() / 1000.0);
				}
			}
		}

		private void print(PrintStream out, String process, ThreadCpu cpu) {
			out.printf(Locale.ROOT, "  %-18s %7.1f %9.1f %9.1f%n", process, 1000 * cpu.totalSeconds() / this.documents,
					1000 * cpu.compilingSeconds() / this.documents, 1000 * cpu.collectingSeconds() / this.documents);
		}

	}

	/**
	 * One round.
	 *
	 * @param tikaPerSecond bare Tika's documents per second
	 * @param pipelinePerSecond the pipeline's documents per second, first upload to last
	 * outcome
	 * @param failed documents that ended failed instead of indexed
	 * @param cpuMillis the stack's CPU time a document in this round (every process)
	 * @param compilingMillis of that, what the JIT compilers took
	 */
	public record Round(double tikaPerSecond, double pipelinePerSecond, int failed, double cpuMillis,
			double compilingMillis) {

		public double ratio() {
			return this.pipelinePerSecond / this.tikaPerSecond;
		}

	}

	public void print(PrintStream out) {
		out.printf(Locale.ROOT, "%n%-7s %16s %16s %7s %7s %12s %12s%n", "round", "bare Tika doc/s", "pipeline doc/s",
				"ratio", "failed", "CPU ms/doc", "JIT ms/doc");
		for (int i = 0; i < this.rounds.size(); i++) {
			Round round = this.rounds.get(i);
			out.printf(Locale.ROOT, "%-7d %16.1f %16.1f %7.2f %7d %12.0f %12.0f%n", i + 1, round.tikaPerSecond(),
					round.pipelinePerSecond(), round.ratio(), round.failed(), round.cpuMillis(),
					round.compilingMillis());
		}
		out.printf(Locale.ROOT, "%-7s %16.1f %16.1f %7.2f%n", "median",
				median(this.rounds.stream().map(Round::tikaPerSecond).toList()),
				median(this.rounds.stream().map(Round::pipelinePerSecond).toList()),
				median(this.rounds.stream().map(Round::ratio).toList()));
		out.printf(Locale.ROOT, "(%d documents a round, %d concurrent uploads; %s on %d threads)%n", this.documents,
				this.uploads, this.tikaVersion, this.tikaThreads);
		out.println();
		out.print("per record (services' own timers):");
		this.stageMillis.forEach((stage, millis) -> out.printf(Locale.ROOT, "  %s %.0f ms", stage, millis));
		out.println();
		if (!this.latencyMillis.isEmpty()) {
			out.printf(Locale.ROOT,
					"push→searchable, %s, %d pushes on the idle stack: p50 %d ms, p95 %d ms, max %d ms%n",
					this.latencyFile, this.latencyMillis.size(), percentile(this.latencyMillis, 50),
					percentile(this.latencyMillis, 95),
					this.latencyMillis.stream().mapToLong(Long::longValue).max().orElse(0));
		}
		out.print("peak RSS:");
		this.peakRssKib.forEach((process, kib) -> out.printf(Locale.ROOT, "  %s %d MiB", process, kib / 1024));
		out.printf(Locale.ROOT, "  bare Tika %d MiB%n", this.tikaPeakRssKib / 1024);
		if (this.cpu != null) {
			this.cpu.print(out);
		}
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		int n = sorted.size();
		if (n == 0) {
			return Double.NaN;
		}
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	/** The nearest-rank percentile. */
	static long percentile(List<Long> values, int percent) {
		List<Long> sorted = new ArrayList<>(values);
		sorted.sort(null);
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

}
