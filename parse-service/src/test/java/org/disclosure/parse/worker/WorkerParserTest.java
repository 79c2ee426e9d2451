package org.disclosure.parse.worker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.sun.management.ThreadMXBean;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.HostilePdfs;
import org.disclosure.parse.DocumentParsedMapper;
import org.disclosure.parse.ParseFailure;
import org.disclosure.parse.ParseOutcome;
import org.disclosure.parse.ParsedFixtures;
import org.disclosure.parse.ocr.OcrSettings;
import org.disclosure.parse.ocr.ScanReader;
import org.disclosure.parse.ocr.ScannedPdfs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Documents parsed in real worker JVMs (started from this test's class path): the same
 * parse as in this JVM; a hostile document kills only its worker, for a reason of its
 * own, and the next document gets a fresh one.
 */
class WorkerParserTest {

	private static final Instant NOW = Instant.parse("2025-09-01T08:00:03Z");

	@TempDir
	static Path folder;

	private static WorkerParser shared;

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@BeforeAll
	static void startShared() {
		shared = new WorkerParser(WorkerCommand.ofThisJvm(512), Duration.ofMinutes(2), new SimpleMeterRegistry());
	}

	@AfterAll
	static void closeShared() {
		shared.close();
	}

	@ParameterizedTest(name = "{0}.{1}")
	@CsvSource({ "luolong-2024-final, pdf", "lushi-2024-budget, docx" })
	void aFixtureParsedInTheWorkerGivesTheEventParsedInThisJvm(String document, String format) {
		FixtureDocument fixture = ParsedFixtures.file(document, format);
		ParseOutcome.Parsed here = ParsedFixtures.parsed(fixture);

		ParseOutcome.Parsed inWorker = (ParseOutcome.Parsed) shared.parse(file(fixture), source(fixture));

		DocumentParsed expected = event(fixture, here);
		DocumentParsed actual = event(fixture, inWorker);
		assertThat(actual.totals()).isNotEmpty().isEqualTo(expected.totals());
		assertThat(actual.tableContents()).isNotEmpty().isEqualTo(expected.tableContents());
		assertThat(actual.figures()).isEqualTo(expected.figures());
		assertThat(actual).isEqualTo(expected);
		assertThat(inWorker).isEqualTo(here);
	}

	/**
	 * How parse-service hands over a blob, from a folder or a bucket alike: the bytes go
	 * to a file of the parser's own, gone once the parse is over.
	 */
	@Test
	void aDocumentReadFromAStreamIsParsedFromAFileThatIsDeletedAfterwards() throws IOException {
		FixtureDocument fixture = ParsedFixtures.file("xuchang-2024-final", "txt");
		Path exchange = Files.createDirectory(folder.resolve("exchange"));
		try (WorkerParser parser = new WorkerParser(WorkerCommand.ofThisJvm(256), Duration.ofMinutes(2), this.registry,
				exchange)) {
			ParseOutcome outcome = parser.parse(new ByteArrayInputStream(fixture.bytes()), source(fixture));

			assertThat(outcome).isEqualTo(ParsedFixtures.parsed(fixture));
			try (Stream<Path> left = Files.list(exchange)) {
				assertThat(left).as("files left in the exchange folder").isEmpty();
			}
		}
	}

	@Test
	void aCorruptDocumentIsAFailureOfItsOwnAndTheWorkerLivesOn() {
		Path corrupt = write("corrupt.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
		ParseOutcome.Failed failed = (ParseOutcome.Failed) shared.parse(corrupt, source("corrupt.pdf", corrupt));
		long pid = onlyWorker(shared).pid();

		ParseOutcome.Failed again = (ParseOutcome.Failed) shared.parse(corrupt, source("corrupt.pdf", corrupt));

		assertThat(failed.failure()).isEqualTo(ParseFailure.UNREADABLE_DOCUMENT);
		assertThat(again).isEqualTo(failed);
		assertThat(onlyWorker(shared).pid()).isEqualTo(pid);
	}

	@Test
	void aDocumentFileTheWorkerCannotReadIsAnInfrastructureFaultNotAnOutcome() {
		Path missing = folder.resolve("no-such-blob");

		assertThatIllegalStateException().isThrownBy(() -> shared.parse(missing, source("a.pdf", null)))
			.withMessageContaining("Cannot read " + missing)
			.withMessageContaining("NoSuchFileException");
		assertThat(shared.status().workers()).hasSize(1);
	}

	/**
	 * The glyph bomb needs gigabytes for PDFBox's glyph positions: its worker (128 MB)
	 * runs out of memory within seconds, long before the time limit, and exits with code
	 * 3. This JVM only waits meanwhile.
	 */
	@Test
	void theGlyphBombRunsItsWorkerOutOfMemoryAndTheNextDocumentParsesInAFreshOne() {
		Path bomb = write("glyph-bomb.pdf", HostilePdfs.glyphBomb());
		FixtureDocument next = ParsedFixtures.file("lushi-2024-budget", "pdf");
		ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
		try (WorkerParser parser = new WorkerParser(WorkerCommand.ofThisJvm(128), Duration.ofMinutes(2),
				this.registry)) {
			long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

			ParseOutcome.Failed failed = (ParseOutcome.Failed) parser.parse(bomb, source("bomb.pdf", bomb));

			long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
			assertThat(failed.failure()).isEqualTo(ParseFailure.OUT_OF_MEMORY);
			assertThat(failed.reason()).isEqualTo("out_of_memory");
			assertThat(failed.message()).contains("-Xmx128m");
			WorkerDeath death = parser.status().lastDeath();
			assertThat(death.cause()).isEqualTo(WorkerDeath.Cause.OUT_OF_MEMORY);
			assertThat(death.exitCode()).isEqualTo(3);
			assertThat(death.stderr()).contains("java.lang.OutOfMemoryError");
			assertThat(isAlive(death.pid())).isFalse();
			assertThat(allocated).as("bytes this thread allocated while the worker parsed").isLessThan(4 << 20);

			ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) parser.parse(file(next), source(next));

			assertThat(parsed).isEqualTo(ParsedFixtures.parsed(next));
			assertThat(onlyWorker(parser).pid()).isNotEqualTo(death.pid());
			assertThat(onlyWorker(parser).documents()).isOne();
			assertThat(restarts("out_of_memory")).isOne();
		}
	}

	/**
	 * A DOCX takes over a second to parse in a fresh worker (POI's classes load with the
	 * first one), so a limit of 200 ms is honestly overrun.
	 */
	@Test
	void aDocumentPastTheTimeLimitHasItsWorkerKilledAndTheNextParsesInAFreshOne() {
		FixtureDocument fixture = ParsedFixtures.file("lushi-2024-budget", "docx");
		try (WorkerParser parser = new WorkerParser(WorkerCommand.ofThisJvm(256), Duration.ofMinutes(2),
				this.registry)) {
			ParseOutcome.Failed failed = (ParseOutcome.Failed) parser.parse(file(fixture), source(fixture),
					Duration.ofMillis(200));

			assertThat(failed.failure()).isEqualTo(ParseFailure.TIME_LIMIT);
			assertThat(failed.reason()).isEqualTo("parse_timeout");
			assertThat(failed.message()).startsWith("Parsing did not finish within 200 ms");
			WorkerDeath death = parser.status().lastDeath();
			assertThat(death.cause()).isEqualTo(WorkerDeath.Cause.TIME_LIMIT);
			assertThat(isAlive(death.pid())).as("the killed worker").isFalse();
			assertThat(parser.status().workers()).isEmpty();

			ParseOutcome outcome = parser.parse(file(fixture), source(fixture));

			assertThat(outcome).isEqualTo(ParsedFixtures.parsed(fixture));
			assertThat(onlyWorker(parser).pid()).isNotEqualTo(death.pid());
			assertThat(restarts("parse_timeout")).isOne();
		}
	}

	/**
	 * Four pages of a fixture scanned to images take OCR seconds a page, past a 10 s
	 * limit: each page the worker starts OCR on gets its own time, up to the most a
	 * document may take.
	 */
	@Test
	void aScanGetsTimeForEachPageReadByOcrUpToTheMostADocumentMayTake() throws IOException {
		Assumptions.assumeTrue(new ScanReader(OcrSettings.fromSystemProperties()).engine().available(),
				"Tesseract with chi_sim is not installed here (apt-get install tesseract-ocr tesseract-ocr-chi-sim)");
		byte[] fourPages;
		try (PDDocument pdf = Loader.loadPDF(ParsedFixtures.file("lushi-2024-budget", "pdf").bytes())) {
			while (pdf.getNumberOfPages() > 4) {
				pdf.removePage(pdf.getNumberOfPages() - 1);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			pdf.save(out);
			fourPages = ScannedPdfs.scan(out.toByteArray());
		}
		Path scan = write("four-scanned-pages.pdf", fourPages);
		DocumentSource source = source("four-scanned-pages.pdf", scan);

		try (WorkerParser parser = new WorkerParser(WorkerCommand.ofThisJvm(512), Duration.ofSeconds(10),
				new OcrTime(Duration.ofSeconds(60), Duration.ofMinutes(10)), this.registry)) {
			ParseOutcome outcome = parser.parse(scan, source);

			assertThat(outcome).as("read by OCR within the pages' time").isInstanceOf(ParseOutcome.Parsed.class);
		}
		try (WorkerParser parser = new WorkerParser(WorkerCommand.ofThisJvm(512), Duration.ofSeconds(10),
				new OcrTime(Duration.ofSeconds(60), Duration.ofSeconds(11)), this.registry)) {
			ParseOutcome.Failed failed = (ParseOutcome.Failed) parser.parse(scan, source);

			assertThat(failed.failure()).isEqualTo(ParseFailure.TIME_LIMIT);
			assertThat(failed.message()).as("10 s and the first page's time cut to the most, 11 s")
				.startsWith("Parsing did not finish within 11 s");
		}
	}

	@Test
	void aWorkerKilledBetweenDocumentsIsReplacedWithoutTheNextDocumentNoticing() throws Exception {
		FixtureDocument fixture = ParsedFixtures.file("xuchang-2024-final", "txt");
		try (WorkerParser parser = new WorkerParser(WorkerCommand.ofThisJvm(256), Duration.ofMinutes(2),
				this.registry)) {
			assertThat(parser.parse(file(fixture), source(fixture))).isInstanceOf(ParseOutcome.Parsed.class);
			long pid = onlyWorker(parser).pid();

			kill(pid);
			ParseOutcome outcome = parser.parse(file(fixture), source(fixture));

			assertThat(outcome).isEqualTo(ParsedFixtures.parsed(fixture));
			assertThat(onlyWorker(parser).pid()).isNotEqualTo(pid);
			WorkerDeath death = parser.status().lastDeath();
			assertThat(death.cause()).isEqualTo(WorkerDeath.Cause.EXITED);
			assertThat(death.exitCode()).as("SIGKILL").isEqualTo(137);
			assertThat(restarts("exited")).isOne();
		}
	}

	/**
	 * A worker killed in the middle of a parse (here: the glyph bomb, which takes its 512
	 * MB worker about ten seconds to exhaust): the document is a parser crash, with the
	 * exit code in its message.
	 */
	@Test
	void aWorkerThatDiesWhileParsingIsAParserCrash() throws Exception {
		FixtureDocument warmUp = ParsedFixtures.file("xuchang-2024-final", "txt");
		Path bomb = write("glyph-bomb.pdf", HostilePdfs.glyphBomb());
		try (WorkerParser parser = new WorkerParser(WorkerCommand.ofThisJvm(512), Duration.ofMinutes(2),
				this.registry)) {
			parser.parse(file(warmUp), source(warmUp));
			long pid = onlyWorker(parser).pid();

			CompletableFuture<ParseOutcome> parsing = CompletableFuture
				.supplyAsync(() -> parser.parse(bomb, source("bomb.pdf", bomb)));
			Thread.sleep(1500);
			assertThat(parsing).as("still parsing").isNotDone();
			kill(pid);
			ParseOutcome.Failed failed = (ParseOutcome.Failed) parsing.get(30, TimeUnit.SECONDS);

			assertThat(failed.failure()).isEqualTo(ParseFailure.PARSER_CRASHED);
			assertThat(failed.message()).contains("pid " + pid, "exit code 137, killed by signal 9");
			assertThat(parser.status().lastDeath().cause()).isEqualTo(WorkerDeath.Cause.CRASHED);
			assertThat(restarts("parser_crashed")).isOne();
		}
	}

	@Test
	void aWorkerThatCannotStartIsAnInfrastructureFaultWithItsLastWords() {
		WorkerCommand broken = new WorkerCommand(List.of(WorkerCommand.ofThisJvm(64).arguments().get(0), "-cp",
				folder.toString(), WorkerCommand.MAIN_CLASS));
		Path document = write("empty.txt", new byte[0]);
		try (WorkerParser parser = new WorkerParser(broken, Duration.ofMinutes(1), this.registry)) {
			assertThatExceptionOfType(WorkerUnavailableException.class)
				.isThrownBy(() -> parser.parse(document, source("empty.txt", document)))
				.withMessageContaining("did not start (exit code 1)")
				.withMessageContaining("Could not find or load main class");
			assertThat(parser.status().startFailure()).contains("did not start");
		}
	}

	private double restarts(String reason) {
		return this.registry.get("pipeline.parse.worker.restarts").tag("reason", reason).counter().count();
	}

	private static WorkerParser.Worker onlyWorker(WorkerParser parser) {
		assertThat(parser.status().workers()).hasSize(1);
		return parser.status().workers().get(0);
	}

	private static void kill(long pid) throws Exception {
		ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
		assertThat(process.destroyForcibly()).isTrue();
		process.onExit().get(10, TimeUnit.SECONDS);
	}

	private static boolean isAlive(long pid) {
		return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
	}

	private static DocumentParsed event(FixtureDocument fixture, ParseOutcome.Parsed parsed) {
		String key = "ab".repeat(32);
		DocumentFetched fetched = new DocumentFetched(DocumentFetched.SCHEMA_VERSION, key, key, source(fixture),
				NOW.minusSeconds(2));
		return DocumentParsedMapper.event(fetched, parsed, "cd".repeat(32), NOW);
	}

	private static Path file(FixtureDocument fixture) {
		return write(fixture.fileName(), fixture.bytes());
	}

	private static Path write(String name, byte[] bytes) {
		try {
			return Files.write(folder.resolve(name), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static DocumentSource source(FixtureDocument fixture) {
		return new DocumentSource(null, fixture.fileName(), null, fixture.bytes().length, null);
	}

	private static DocumentSource source(String fileName, Path file) {
		try {
			return new DocumentSource(null, fileName, null, (file != null) ? Files.size(file) : 0, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
