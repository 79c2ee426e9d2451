package org.disclosure.e2e.ocr;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.Severity;
import org.disclosure.contracts.TotalValue;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;
import org.disclosure.parse.DocumentParsedMapper;
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
import org.disclosure.validate.rules.RuleCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A scan of a fixture PDF and of one real disclosure of {@code shared/real-world}, made
 * by the build (every page rendered at 300 dpi, put as a JPEG alone on a page of an
 * image-only PDF), read by OCR: the same metadata and tables as the text PDF, at least
 * 95% of its totals exact, and no error finding the text PDF does not have. Each document
 * is OCR'd once (two pages at a time) and shared by the checks; the two documents (29
 * pages) cost a few minutes on two cores. {@code -Dpipeline.scanned-fixtures=all} scans
 * every fixture PDF (62 pages with the real one). Skipped, saying why, where Tesseract or
 * its Chinese data is not installed.
 */
class ScannedDisclosuresAcceptanceTest {

	/**
	 * The fixture scanned by default: a final account of 14 pages, with the performance
	 * tables whose 100.00 per cent OCR reads most easily as 10.00.
	 */
	private static final String FIXTURE = "xuchang-2024-final.pdf";

	/** The real disclosure scanned: 15 pages of tables, in 元 and 万元. */
	private static final String REAL_WORLD_DOCUMENT = "20-jiangsu-shengwei-bangongting-tables-2018-budget.pdf";

	private static final Instant AT = Instant.parse("2025-09-01T00:00:00Z");

	private static final ScanReader OCR = new ScanReader(OcrSettings.defaults().withThreads(2));

	private static final DocumentParser PARSER = new DocumentParser(
			new TextExtractor(TextExtractor.DEFAULT_WRITE_LIMIT, true), new TableTitleScanner(),
			new MetadataReader(new RegionResolver(DivisionCatalogue.load())), OCR, (page) -> {
			});

	private static final Map<String, DocumentParsed> PARSED = new ConcurrentHashMap<>();

	private final RuleCatalogue catalogue = RuleCatalogue.standard();

	@BeforeAll
	static void ocrIsInstalled() {
		assumeTrue(OCR.engine().available(),
				() -> "Scanned disclosures skipped: OCR is unavailable here (" + OCR.engine().message() + ")");
	}

	static Stream<String> documents() {
		boolean all = "all".equals(System.getProperty("pipeline.scanned-fixtures"));
		Stream<String> fixtures = Fixtures.documents()
			.stream()
			.filter((fixture) -> fixture.format().equals("pdf"))
			.map(FixtureDocument::fileName)
			.filter((name) -> all || name.equals(FIXTURE));
		return Stream.concat(fixtures, Stream.of(REAL_WORLD_DOCUMENT));
	}

	@ParameterizedTest
	@MethodSource("documents")
	void aScanYieldsTheMetadataTablesAndTotalsOfItsTextPdf(String name) {
		DocumentParsed text = parsed(name, false);
		DocumentParsed scan = parsed(name, true);

		assertThat(scan.ocr().pages()).as("pages with ink, read by OCR")
			.hasSizeLessThanOrEqualTo(pageCount(name))
			.allSatisfy((page) -> assertThat(page.status()).isEqualTo("read"));
		assertThat(scan.metadata()).as("metadata").usingRecursiveComparison().isEqualTo(text.metadata());
		assertThat(scan.tables()).as("tables present").containsExactlyInAnyOrderElementsOf(text.tables());
		Map<String, TotalValue> totals = scan.totals();
		long exact = text.totals()
			.entrySet()
			.stream()
			.filter((total) -> totals.containsKey(total.getKey())
					&& same(totals.get(total.getKey()).amount(), total.getValue().amount()))
			.count();
		System.out.printf("%s: %d of %d totals exact, %d pages by OCR in %.1f s, %d corrections%n", name, exact,
				text.totals().size(), scan.ocr().pagesRead(), scan.ocr().millis() / 1000.0, scan.ocr().corrections());
		assertThat((double) exact).as("totals exact of %s", text.totals().keySet())
			.isGreaterThanOrEqualTo(0.95 * text.totals().size());
	}

	@ParameterizedTest
	@MethodSource("documents")
	void aScanRaisesNoErrorItsTextPdfDoesNotHave(String name) {
		Map<String, Long> textErrors = errorsByRule(this.catalogue.validate(parsed(name, false)).findings());
		List<Finding> scanFindings = this.catalogue.validate(parsed(name, true)).findings();
		Map<String, Long> scanErrors = errorsByRule(scanFindings);

		scanErrors.forEach((rule, count) -> assertThat(count)
			.as("errors of %s: %s", rule,
					scanFindings.stream().filter((f) -> f.ruleId().equals(rule)).map(Finding::message).toList())
			.isLessThanOrEqualTo(textErrors.getOrDefault(rule, 0L)));
		assertThat(scanFindings).filteredOn((f) -> f.source() != null)
			.allSatisfy((f) -> assertThat(f.ocrConfidence()).isNotNull());
	}

	@ParameterizedTest
	@MethodSource("documents")
	void everyCellOfAScanCarriesItsProvenance(String name) {
		DocumentParsed scan = parsed(name, true);

		assertThat(scan.tableContents()).flatExtracting(ParsedTable::rows)
			.flatExtracting(ParsedTable.ParsedRow::cells)
			.isNotEmpty()
			.allSatisfy((cell) -> assertThat(cell.source()).isEqualTo(ParsedTable.ParsedCell.OCR));
		assertThat(scan.report().ocrPages()).isEqualTo(scan.ocr().pagesRead());
	}

	private static Map<String, Long> errorsByRule(List<Finding> findings) {
		return findings.stream()
			.filter((f) -> f.severity() == Severity.ERROR)
			.collect(Collectors.groupingBy(Finding::ruleId, HashMap::new, Collectors.counting()));
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a != null && b != null && a.compareTo(b) == 0;
	}

	private static int pageCount(String name) {
		try (PDDocument pdf = Loader.loadPDF(bytes(name))) {
			return pdf.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	/** The document's event, parsed from its text PDF or from a scan of it, once. */
	private static DocumentParsed parsed(String name, boolean scanned) {
		return PARSED.computeIfAbsent(name + (scanned ? " (scan)" : ""),
				(key) -> parse(name, scanned ? ScannedPdfs::scan : Function.identity()));
	}

	private static DocumentParsed parse(String name, Function<byte[], byte[]> made) {
		byte[] bytes = made.apply(bytes(name));
		DocumentSource source = new DocumentSource(null, name, null, bytes.length, null);
		ParseOutcome outcome = PARSER.parse(bytes, source);
		assertThat(outcome).as(name).isInstanceOf(ParseOutcome.Parsed.class);
		DocumentFetched fetched = new DocumentFetched(DocumentFetched.SCHEMA_VERSION, "ab".repeat(32), "ab".repeat(32),
				source, AT);
		return DocumentParsedMapper.event(fetched, (ParseOutcome.Parsed) outcome, "cd".repeat(32), AT);
	}

	private static byte[] bytes(String name) {
		if (!name.equals(REAL_WORLD_DOCUMENT)) {
			return Fixtures.documents()
				.stream()
				.filter((fixture) -> fixture.fileName().equals(name))
				.findFirst()
				.orElseThrow()
				.bytes();
		}
		Path file = realWorld().resolve("documents").resolve(name);
		assumeTrue(Files.isRegularFile(file), () -> "The real disclosure is skipped: no " + file
				+ " (shared/real-world beside this checkout, or " + "-Dpipeline.real-world=DIR)");
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	/** {@code shared/real-world} beside the checkout, or where the property says. */
	private static Path realWorld() {
		String set = System.getProperty("pipeline.real-world");
		return (set != null) ? Path.of(set) : Path.of("../../shared/real-world").toAbsolutePath().normalize();
	}

}
