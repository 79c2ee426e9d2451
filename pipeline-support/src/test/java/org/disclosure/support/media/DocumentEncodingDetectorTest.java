package org.disclosure.support.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.tika.detect.CompositeEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A charset is taken from the first detector that names one the bytes decode in; a
 * declaration the bytes contradict is passed over.
 */
class DocumentEncodingDetectorTest {

	private static final Charset GBK = Charset.forName("GBK");

	private static final String TEXT = "卢氏县医疗保障局2024年度部门决算：收、支总计均为838.98万元。";

	@Test
	void aDeclaredCharsetTheBytesContradictIsPassedOver() throws IOException {
		assertThat(detect(TEXT.getBytes(GBK), StandardCharsets.UTF_8, GBK)).isEqualTo(GBK);
	}

	@Test
	void aDeclaredCharsetTheBytesDecodeInIsKept() throws IOException {
		assertThat(detect(TEXT.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, GBK))
			.isEqualTo(StandardCharsets.UTF_8);
		assertThat(detect("budget 2024".getBytes(StandardCharsets.US_ASCII), GBK, StandardCharsets.UTF_8))
			.isEqualTo(GBK);
	}

	@Test
	void whenNoCharsetFitsTheFirstNamedIsKept() throws IOException {
		byte[] invalid = { (byte) 0xff, (byte) 0xfe, (byte) 0xfd, (byte) 0x80, 0x41 };
		assertThat(detect(invalid, StandardCharsets.UTF_8, StandardCharsets.US_ASCII))
			.isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void detectorsThatNameNoCharsetAreSkippedAndTheStreamIsLeftWhereItWas() throws IOException {
		byte[] bytes = TEXT.getBytes(GBK);
		DocumentEncodingDetector detector = new DocumentEncodingDetector(
				new CompositeEncodingDetector(List.of((in, metadata) -> null, (in, metadata) -> GBK)));
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			assertThat(detector.detect(in, new Metadata())).isEqualTo(GBK);
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
	}

	private static Charset detect(byte[] bytes, Charset declared, Charset statistical) throws IOException {
		List<EncodingDetector> detectors = List.of((in, metadata) -> declared, (in, metadata) -> statistical);
		DocumentEncodingDetector detector = new DocumentEncodingDetector(new CompositeEncodingDetector(detectors));
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			return detector.detect(in, new Metadata());
		}
	}

}
