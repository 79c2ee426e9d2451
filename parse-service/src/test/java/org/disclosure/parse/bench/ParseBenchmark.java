package org.disclosure.parse.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.disclosure.contracts.DocumentSource;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;
import org.disclosure.parse.DocumentParser;
import org.disclosure.parse.ParseOutcome;

/**
 * Parse throughput per format on one thread (documents per second, median of rounds after
 * a warm-up) and the peak heap, over the fixture documents. A tool to rerun, not a test:
 *
 * <pre>
 * ./mvnw -q -B -pl parse-service test-compile exec:java \
 *   -Dexec.mainClass=org.disclosure.parse.bench.ParseBenchmark -Dexec.classpathScope=test
 * </pre>
 *
 * Add {@code -Dexec.args="3 10"} for 3 warm-up and 10 measured rounds (defaults 2 and 5);
 * run with {@code MAVEN_OPTS="-XX:ActiveProcessorCount=1"} to pin the JVM to one core.
 */
public final class ParseBenchmark {

	private ParseBenchmark() {
	}

	public static void main(String[] args) {
		int warmUp = (args.length > 0) ? Integer.parseInt(args[0]) : 2;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 5;
		DocumentParser parser = DocumentParser.standard();
		Map<String, List<FixtureDocument>> byFormat = new LinkedHashMap<>();
		for (FixtureDocument fixture : Fixtures.documents()) {
			byFormat.computeIfAbsent(fixture.format(), (format) -> new ArrayList<>()).add(fixture);
		}
		Map<FixtureDocument, byte[]> bytes = new LinkedHashMap<>();
		Fixtures.documents().forEach((fixture) -> bytes.put(fixture, fixture.bytes()));
		for (int i = 0; i < warmUp; i++) {
			bytes.forEach((fixture, content) -> parse(parser, fixture, content));
		}
		resetPeaks();
		System.out.printf(Locale.ROOT, "%-6s %6s %12s %12s %10s%n", "format", "docs", "median ms", "docs/s", "KiB/doc");
		for (Map.Entry<String, List<FixtureDocument>> format : byFormat.entrySet()) {
			List<Double> millis = new ArrayList<>();
			long size = 0;
			for (FixtureDocument fixture : format.getValue()) {
				size += bytes.get(fixture).length;
			}
			for (int round = 0; round < rounds; round++) {
				long start = System.nanoTime();
				for (FixtureDocument fixture : format.getValue()) {
					parse(parser, fixture, bytes.get(fixture));
				}
				millis.add((System.nanoTime() - start) / 1e6);
			}
			millis.sort(Double::compare);
			double median = millis.get(millis.size() / 2);
			int documents = format.getValue().size();
			System.out.printf(Locale.ROOT, "%-6s %6d %12.1f %12.2f %10d%n", format.getKey(), documents,
					median / documents, documents / (median / 1000), size / documents / 1024);
		}
		System.out.printf(Locale.ROOT,
				"peak heap (all pools, after warm-up): %.1f MiB; max heap %.0f MiB; " + "processors %d; %s %s%n",
				peakHeap() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.version"));
	}

	private static void parse(DocumentParser parser, FixtureDocument fixture, byte[] content) {
		ParseOutcome outcome = parser.parse(content,
				new DocumentSource(null, fixture.fileName(), null, content.length, null));
		if (!(outcome instanceof ParseOutcome.Parsed)) {
			throw new IllegalStateException(fixture + " was not parsed: " + outcome);
		}
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}
