package org.disclosure.support.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese text in GBK, GB18030 or Big5 is text whatever its name; every other document is
 * typed as Tika types it.
 */
class DocumentTypeDetectorTest {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final String SIMPLIFIED = "洛阳市洛龙区医疗保障局2024年度部门决算\n第一部分 概况\n一、部门职责\n"
			+ "收入支出决算总表\n项目\t行次\t金额\n本年收入合计\t1\t1,055.79\n本年支出合计\t2\t1,055.79\n";

	private static final String TRADITIONAL = "洛陽市洛龍區醫療保障局2024年度部門決算\n第一部分 概況\n一、部門職責\n"
			+ "收入支出決算總表\n項目\t行次\t金額\n本年收入合計\t1\t1,055.79\n";

	private final DocumentTypeDetector detector = new DocumentTypeDetector(TikaConfig.getDefaultConfig().getDetector());

	@Test
	void tikaAloneTakesGbkTextWithoutANameForBinary() throws IOException {
		byte[] gbk = SIMPLIFIED.getBytes(GB18030);
		MediaType tika = TikaConfig.getDefaultConfig().getDetector().detect(stream(gbk), new Metadata());
		assertThat(tika).isEqualTo(MediaType.OCTET_STREAM);
	}

	@Test
	void gbkGb18030AndBig5TextIsPlainTextWithoutANameOrNamedBin() throws IOException {
		for (byte[] text : new byte[][] { SIMPLIFIED.getBytes(GB18030), SIMPLIFIED.getBytes("GBK"),
				TRADITIONAL.getBytes(GB18030), TRADITIONAL.getBytes("Big5") }) {
			assertThat(detect(text, null)).isEqualTo(MediaType.TEXT_PLAIN);
			assertThat(detect(text, "download.bin")).isEqualTo(MediaType.TEXT_PLAIN);
			assertThat(detect(text, "attachment")).isEqualTo(MediaType.TEXT_PLAIN);
		}
	}

	@Test
	void theBytesWinOverANameThatPromisesAnOfficeFile() throws IOException {
		assertThat(detect(SIMPLIFIED.getBytes(GB18030), "2024部门决算.doc")).isEqualTo(MediaType.TEXT_PLAIN);
	}

	@Test
	void aGbkPageIsHtmlAsTikaSaysAndUtf8TextStaysText() throws IOException {
		byte[] page = ("<html><head><title>部门决算</title></head><body><p>" + SIMPLIFIED + "</p></body></html>")
			.getBytes(GB18030);
		assertThat(detect(page, null)).isEqualTo(MediaType.TEXT_HTML);
		assertThat(detect(SIMPLIFIED.getBytes(StandardCharsets.UTF_8), null).getBaseType())
			.isEqualTo(MediaType.TEXT_PLAIN);
	}

	@Test
	void aTextCutInsideACharacterIsStillText() throws IOException {
		byte[] bytes = SIMPLIFIED.getBytes(GB18030);
		int insideCharacter = "洛阳市洛龙区医疗".getBytes(GB18030).length + 1;
		assertThat(DocumentTypeDetector.isChineseText(Arrays.copyOf(bytes, insideCharacter))).isTrue();
		byte[] longer = SIMPLIFIED.repeat(500).getBytes(GB18030);
		assertThat(longer.length).isGreaterThan(DocumentTypeDetector.SAMPLE_BYTES);
		assertThat(detect(longer, null)).isEqualTo(MediaType.TEXT_PLAIN);
	}

	@Test
	void binaryStaysBinaryAndNamedFormatsKeepTheirType() throws IOException {
		byte[] random = new byte[4096];
		new Random(7).nextBytes(random);
		assertThat(detect(random, null)).isEqualTo(MediaType.OCTET_STREAM);
		assertThat(detect(random, "random.bin")).isEqualTo(MediaType.OCTET_STREAM);
		byte[] executable = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0 };
		assertThat(detect(executable, "budget.pdf").toString()).isNotEqualTo("text/plain");
		byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(detect(pdf, null)).isEqualTo(MediaType.application("pdf"));
	}

	@Test
	void latin1OrControlBytesAreNoChineseText() {
		assertThat(DocumentTypeDetector.isChineseText("Größe und Maße".getBytes(StandardCharsets.ISO_8859_1)))
			.isFalse();
		byte[] withNul = (SIMPLIFIED + "\u0000").getBytes(GB18030);
		assertThat(DocumentTypeDetector.isChineseText(withNul)).isFalse();
		assertThat(DocumentTypeDetector.isChineseText("2024年".getBytes(GB18030))).isFalse();
	}

	@Test
	void theStreamIsLeftWhereItWas() throws IOException {
		byte[] gbk = SIMPLIFIED.getBytes(GB18030);
		try (InputStream in = stream(gbk)) {
			this.detector.detect(in, new Metadata());
			assertThat(in.readAllBytes()).isEqualTo(gbk);
		}
	}

	private MediaType detect(byte[] bytes, String name) throws IOException {
		Metadata metadata = new Metadata();
		if (name != null) {
			metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
		}
		try (InputStream in = stream(bytes)) {
			return this.detector.detect(in, metadata);
		}
	}

	private static InputStream stream(byte[] bytes) {
		return TikaInputStream.get(new ByteArrayInputStream(bytes));
	}

}
