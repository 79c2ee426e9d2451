package org.disclosure.parse.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The benchmark's baseline: bare Apache Tika extracting the text of files on a number of
 * threads, as a Tika user would (its {@link AutoDetectParser} with default settings, no
 * OCR, text to a {@link BodyContentHandler}). {@code ./pipeline bench} runs it from
 * parse-service's own jar, so its Tika is the pipeline's, with the parser worker's heap.
 * It extracts every file once to warm up (or as many times as asked), then times one more
 * pass (wall-clock and the CPU time of the process) and prints one line:
 *
 * <pre>
 * tika version="Apache Tika 3.3.1" documents=300 failed=0 seconds=7.012 cpu_seconds=13.204 peak_rss_kib=412345
 * </pre>
 */
public final class TikaBaseline {

	private TikaBaseline() {
	}

	/**
	 * @param args the number of threads, then a file listing the documents, one path a
	 * line, and optionally the passes over them before the timed one (1 by default)
	 */
	public static void main(String[] args) throws Exception {
		if (args.length != 2 && args.length != 3) {
			System.err.println("usage: TikaBaseline THREADS FILE-LIST [WARM-UP-PASSES]");
			System.exit(2);
		}
		int threads = Integer.parseInt(args[0]);
		List<Path> files = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> !line.isBlank())
			.map(Path::of)
			.toList();
		int warmUpPasses = (args.length == 3) ? Integer.parseInt(args[2]) : 1;
		AutoDetectParser parser = new AutoDetectParser();
		for (int pass = 0; pass < warmUpPasses; pass++) {
			extractAll(parser, files, threads);
		}
		long start = System.nanoTime();
		Duration cpuBefore = cpu();
		int failed = extractAll(parser, files, threads);
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = cpu().minus(cpuBefore).toNanos() / 1e9;
		System.out.printf(Locale.ROOT,
				"tika version=\"%s\" documents=%d failed=%d seconds=%.3f cpu_seconds=%.3f peak_rss_kib=%d%n",
				new Tika().toString(), files.size(), failed, seconds, cpuSeconds, peakRssKib());
	}

	/** CPU time this process has used, zero where the platform does not say. */
	private static Duration cpu() {
		return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
	}

	/** Extracts every file on {@code threads} threads; returns how many failed. */
	private static int extractAll(AutoDetectParser parser, List<Path> files, int threads) throws Exception {
		AtomicInteger failed = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> extractions = new ArrayList<>();
			for (Path file : files) {
				extractions.add(pool.submit(() -> {
					if (!extract(parser, file)) {
						failed.incrementAndGet();
					}
				}));
			}
			for (Future<?> extraction : extractions) {
				extraction.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return failed.get();
	}

	private static boolean extract(AutoDetectParser parser, Path file) {
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
		ParseContext context = new ParseContext();
		TesseractOCRConfig ocr = new TesseractOCRConfig();
		ocr.setSkipOcr(true);
		context.set(TesseractOCRConfig.class, ocr);
		try (InputStream in = TikaInputStream.get(file)) {
			parser.parse(in, new BodyContentHandler(-1), metadata, context);
			return true;
		}
		catch (Exception ex) {
			System.err.println("Tika could not read " + file + ": " + ex);
			return false;
		}
	}

	/** This process's peak resident set ({@code VmHWM}), 0 where /proc has none. */
	static long peakRssKib() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			return 0;
		}
		return 0;
	}

}
