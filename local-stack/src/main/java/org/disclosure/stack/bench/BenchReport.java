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
 */
public record BenchReport(int documents, int uploads, int tikaThreads, List<Round> rounds,
		Map<String, Double> stageMillis, String latencyFile, List<Long> latencyMillis, Map<String, Long> peakRssKib,
		long tikaPeakRssKib, String tikaVersion) {

	/**
	 * One round.
	 *
	 * @param tikaPerSecond bare Tika's documents per second
	 * @param pipelinePerSecond the pipeline's documents per second, first upload to last
	 * outcome
	 * @param failed documents that ended failed instead of indexed
	 */
	public record Round(double tikaPerSecond, double pipelinePerSecond, int failed) {

		public double ratio() {
			return this.pipelinePerSecond / this.tikaPerSecond;
		}

	}

	public void print(PrintStream out) {
		out.printf(Locale.ROOT, "%n%-7s %16s %16s %7s %7s%n", "round", "bare Tika doc/s", "pipeline doc/s", "ratio",
				"failed");
		for (int i = 0; i < this.rounds.size(); i++) {
			Round round = this.rounds.get(i);
			out.printf(Locale.ROOT, "%-7d %16.1f %16.1f %7.2f %7d%n", i + 1, round.tikaPerSecond(),
					round.pipelinePerSecond(), round.ratio(), round.failed());
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
