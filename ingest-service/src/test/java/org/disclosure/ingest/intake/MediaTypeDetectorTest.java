package org.disclosure.ingest.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Map;

import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaTypeDetectorTest {

	private static final Map<String, String> EXPECTED = Map.of("txt", "text/plain", "html", "text/html", "pdf",
			"application/pdf", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final MediaTypeDetector detector = new MediaTypeDetector();

	@Test
	void everyFixtureFormatIsDetectedAndSupported() throws IOException {
		for (FixtureDocument fixture : Fixtures.documents()) {
			String detected = this.detector.detect(new ByteArrayInputStream(fixture.bytes()), fixture.fileName());
			assertThat(detected).as(fixture.fileName()).startsWith(EXPECTED.get(fixture.format()));
			assertThat(SupportedMediaTypes.isSupported(detected)).as(detected).isTrue();
		}
	}

	@Test
	void theBytesWinOverTheName() throws IOException {
		byte[] pdf = Fixtures.documents()
			.stream()
			.filter((f) -> f.format().equals("pdf"))
			.findFirst()
			.orElseThrow()
			.bytes();
		assertThat(this.detector.detect(new ByteArrayInputStream(pdf), "report.txt")).isEqualTo("application/pdf");
		byte[] elf = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		String executable = this.detector.detect(new ByteArrayInputStream(elf), "budget.pdf");
		assertThat(SupportedMediaTypes.isSupported(executable)).as(executable).isFalse();
	}

	@Test
	void chineseTextInANationalEncodingIsTakenWithoutANameOrCharset() throws IOException {
		String text = "洛阳市洛龙区医疗保障局2024年度部门决算\n收入支出决算总表\n项目\t行次\t金额\n本年收入合计\t1\t1,055.79\n";
		String page = "<html><head><title>部门决算</title></head><body><p>" + text + "</p></body></html>";
		for (String fileName : new String[] { null, "download.bin" }) {
			for (String encoding : new String[] { "GB18030", "GBK" }) {
				String plain = this.detector.detect(new ByteArrayInputStream(text.getBytes(Charset.forName(encoding))),
						fileName);
				String html = this.detector.detect(new ByteArrayInputStream(page.getBytes(Charset.forName(encoding))),
						fileName);
				assertThat(plain).as(encoding + " text named " + fileName).isEqualTo("text/plain");
				assertThat(html).as(encoding + " page named " + fileName).isEqualTo("text/html");
				assertThat(SupportedMediaTypes.isSupported(plain)).isTrue();
			}
		}
	}

	@Test
	void parametersDoNotMatter() {
		assertThat(SupportedMediaTypes.isSupported("text/plain; charset=UTF-8")).isTrue();
		assertThat(SupportedMediaTypes.isSupported("application/zip")).isFalse();
		assertThat(SupportedMediaTypes.isSupported("image/png")).isFalse();
	}

}
