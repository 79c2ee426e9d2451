package org.disclosure.parse.bench;

import java.util.Arrays;
import java.util.Locale;

import org.disclosure.contracts.DocumentSource;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;
import org.disclosure.parse.DocumentParser;
import org.disclosure.parse.ParseOutcome;
import org.disclosure.parse.metadata.MetadataReader;
import org.disclosure.parse.ocr.OcrSettings;
import org.disclosure.parse.ocr.ScanReader;
import org.disclosure.parse.ocr.ScannedPdfs;
import org.disclosure.parse.region.DivisionCatalogue;
import org.disclosure.parse.region.RegionResolver;
import org.disclosure.parse.tables.TableTitleScanner;
import org.disclosure.parse.text.TextExtractor;

/**
 * Seconds per page and per document of a scan read by OCR, beside the same PDF read from
 * its text layer, for each fixture PDF (its scan made as the acceptance test makes it). A
 * tool to rerun, not a test:
 *
 * <pre>
 * ./mvnw -q -B -pl parse-service test-compile exec:java \
 *   -Dexec.mainClass=org.disclosure.parse.bench.OcrBenchmark -Dexec.classpathScope=test \
 *   -Dexec.args="1 lushi-2024-budget"
 * </pre>
 *
 * The first argument is the pages read at the same time (one Tesseract process, one core
 * each; default 1), the others the fixtures to read (default all).
 */
public final class OcrBenchmark {

	private OcrBenchmark() {
	}

	public static void main(String[] args) {
		int threads = (args.length > 0) ? Integer.parseInt(args[0]) : 1;
		ScanReader scans = new ScanReader(OcrSettings.defaults().withThreads(threads));
		if (!scans.engine().available()) {
			System.out.println("OCR is unavailable: " + scans.engine().message());
			return;
		}
		DocumentParser parser = new DocumentParser(new TextExtractor(TextExtractor.DEFAULT_WRITE_LIMIT, true),
				new TableTitleScanner(), new MetadataReader(new RegionResolver(DivisionCatalogue.load())), scans,
				(page) -> {
				});
		System.out.printf(Locale.ROOT, "%s, %d page(s) at a time, %d cores%n", scans.engine().engine(), threads,
				Runtime.getRuntime().availableProcessors());
		System.out.printf(Locale.ROOT, "%-22s %5s %10s %10s %10s %10s%n", "document", "pages", "text s", "ocr s",
				"ocr s/page", "text s/page");
		for (FixtureDocument fixture : Fixtures.documents()) {
			if (!fixture.format().equals("pdf")
					|| args.length > 1 && !Arrays.asList(args).subList(1, args.length).contains(fixture.document())) {
				continue;
			}
			byte[] pdf = fixture.bytes();
			byte[] scan = ScannedPdfs.scan(pdf);
			parse(parser, pdf);
			long start = System.nanoTime();
			parse(parser, pdf);
			double text = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			ParseOutcome.Parsed scanned = parse(parser, scan);
			double ocr = (System.nanoTime() - start) / 1e9;
			int pages = scanned.ocr().pages().size();
			System.out.printf(Locale.ROOT, "%-22s %5d %10.2f %10.1f %10.1f %10.3f%n", fixture.document(), pages, text,
					ocr, ocr / pages, text / pages);
		}
	}

	private static ParseOutcome.Parsed parse(DocumentParser parser, byte[] bytes) {
		ParseOutcome outcome = parser.parse(bytes, new DocumentSource(null, "document.pdf", null, bytes.length, null));
		if (!(outcome instanceof ParseOutcome.Parsed parsed)) {
			throw new IllegalStateException("Not parsed: " + outcome);
		}
		return parsed;
	}

}
