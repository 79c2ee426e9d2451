package org.disclosure.parse.ocr;

import java.time.Duration;

import org.disclosure.contracts.DocumentSource;
import org.disclosure.parse.DocumentParser;
import org.disclosure.parse.ParseOutcome;
import org.disclosure.parse.ParsedFixtures;
import org.disclosure.parse.layout.PdfPositions;
import org.disclosure.parse.metadata.MetadataReader;
import org.disclosure.parse.region.DivisionCatalogue;
import org.disclosure.parse.region.RegionResolver;
import org.disclosure.parse.tables.TableTitleScanner;
import org.disclosure.parse.text.TextExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which documents need OCR, and a scan where OCR cannot run: no Tesseract is needed here.
 */
class ScanReaderTest {

	private static final ScanReader NO_TESSERACT = new ScanReader(
			new OcrSettings(true, "no-such-tesseract", "chi_sim", 300, Duration.ofSeconds(10), 10, 1));

	@Test
	void aScanWithoutAnOcrEngineFailsAsOcrUnavailableSayingWhatToInstall() {
		byte[] scan = ScannedPdfs.scan(ParsedFixtures.file("lushi-2024-budget", "pdf").bytes());

		ParseOutcome outcome = parser(NO_TESSERACT).parse(scan,
				new DocumentSource(null, "scan.pdf", null, scan.length, null));

		assertThat(outcome).isInstanceOfSatisfying(ParseOutcome.Failed.class, (failed) -> {
			assertThat(failed.reason()).isEqualTo("ocr_unavailable");
			assertThat(failed.message()).contains("no usable text layer")
				.contains("no-such-tesseract")
				.contains("tesseract-ocr-chi-sim");
		});
	}

	@Test
	void aPdfWithATextLayerNeedsNoOcr() {
		byte[] pdf = ParsedFixtures.file("lushi-2024-budget", "pdf").bytes();

		PdfScanPass pass = new PdfScanPass(new PdfPositions(), NO_TESSERACT, (page) -> {
			throw new AssertionError("OCR started on page " + page);
		});
		new TextExtractor(TextExtractor.DEFAULT_WRITE_LIMIT, true).extract(pdf, "lushi.pdf", pass);

		assertThat(pass.scan().needed()).isFalse();
		assertThat(pass.scan().layout()).as("the text layer's, read from the PDF Tika loaded").isNotNull();
	}

	@Test
	void textOfNoLanguageIsJudgedUnusable() {
		assertThat(TextLayer.judge("2024年卢氏县医疗保障局部门预算公开，一般公共预算财政拨款支出838.98万元")).isEqualTo(TextLayer.USABLE);
		assertThat(TextLayer.judge("\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010\u0011\u0012"
				+ "\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a"))
			.isEqualTo(TextLayer.NOT_LANGUAGE);
		assertThat(TextLayer.judge("12")).isEqualTo(TextLayer.SPARSE);
	}

	private static DocumentParser parser(ScanReader scans) {
		return new DocumentParser(new TextExtractor(TextExtractor.DEFAULT_WRITE_LIMIT, true), new TableTitleScanner(),
				new MetadataReader(new RegionResolver(DivisionCatalogue.load())), scans, (page) -> {
				});
	}

}
