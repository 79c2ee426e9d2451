package org.disclosure.ingest.intake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

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
	void parametersDoNotMatter() {
		assertThat(SupportedMediaTypes.isSupported("text/plain; charset=UTF-8")).isTrue();
		assertThat(SupportedMediaTypes.isSupported("application/zip")).isFalse();
		assertThat(SupportedMediaTypes.isSupported("image/gif")).isFalse();
	}

	@Test
	void imagesAreScansOfADisclosureToBeReadByOcr() throws IOException {
		BufferedImage scan = new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_GRAY);
		for (String format : List.of("png", "jpeg", "tiff")) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			assertThat(ImageIO.write(scan, format, bytes)).as(format).isTrue();
			String detected = this.detector.detect(new ByteArrayInputStream(bytes.toByteArray()), "page." + format);
			assertThat(detected).isEqualTo("image/" + format);
			assertThat(SupportedMediaTypes.isSupported(detected)).as(detected).isTrue();
		}
	}

}
