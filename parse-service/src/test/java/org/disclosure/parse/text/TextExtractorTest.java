package org.disclosure.parse.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;
import org.disclosure.parse.ParsedFixtures;
import org.disclosure.parse.layout.PdfPositions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese comes through every format intact; XHTML keeps tables; limits hold.
 */
class TextExtractorTest {

	static Stream<String> documents() {
		return Fixtures.documentNames().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("documents")
	void everyFormatWithNarrativeCarriesTheSameChineseCharacters(String document) {
		Map<String, Long> cjkByFormat = Fixtures.documents()
			.stream()
			.filter((fixture) -> fixture.document().equals(document) && !fixture.tablesOnly())
			.collect(
					Collectors.toMap(FixtureDocument::format, (fixture) -> cjk(ParsedFixtures.parsed(fixture).text())));
		assertThat(cjkByFormat).containsOnlyKeys("txt", "html", "docx", "pdf");
		assertThat(cjkByFormat.values().stream().distinct()).as("CJK characters per format: %s", cjkByFormat)
			.hasSize(1);
	}

	@Test
	void noFixtureTextHoldsReplacementOrPrivateUseCharacters() {
		for (FixtureDocument fixture : Fixtures.documents()) {
			String text = ParsedFixtures.parsed(fixture).text();
			assertThat(text.chars().filter((c) -> c == '\ufffd' || (c >= '\ue000' && c <= '\uf8ff')).count())
				.as(fixture.fileName())
				.isZero();
			assertThat(text).as(fixture.fileName()).contains("医疗保障");
		}
	}

	@Test
	void xhtmlKeepsTheTablesOfASpreadsheetAndAPage() {
		TextExtractor extractor = new TextExtractor(TextExtractor.DEFAULT_WRITE_LIMIT, true);
		for (String fileName : List.of("lushi-2024-budget-tables.xlsx", "lushi-2024-budget.html")) {
			Extraction.Text text = (Extraction.Text) extractor.extract(fixture(fileName).bytes(), fileName);
			assertThat(text.xhtml()).as(fileName).contains("<table", "<td>本年收入合计</td>");
		}
	}

	@Test
	void xhtmlIsLeftOutWhereNoTableIsReadFromIt() {
		TextExtractor extractor = new TextExtractor(TextExtractor.DEFAULT_WRITE_LIMIT, true);
		for (String fileName : List.of("lushi-2024-budget.pdf", "lushi-2024-budget.txt")) {
			Extraction.Text text = (Extraction.Text) extractor.extract(fixture(fileName).bytes(), fileName);
			assertThat(text.xhtml()).as(fileName).isNull();
			assertThat(text.text()).as(fileName).contains("本年收入合计");
		}
	}

	@Test
	void aLoadedPdfIsShownToThePdfPassAndItsTextIsTikasAllTheSame() {
		TextExtractor extractor = new TextExtractor(TextExtractor.DEFAULT_WRITE_LIMIT, true);
		byte[] pdf = fixture("lushi-2024-budget.pdf").bytes();
		List<Integer> pages = new ArrayList<>();

		Extraction.Text shown = (Extraction.Text) extractor.extract(pdf, "lushi-2024-budget.pdf",
				(document) -> pages.add(document.getNumberOfPages()));
		Extraction.Text alone = (Extraction.Text) extractor.extract(pdf, "lushi-2024-budget.pdf");
		extractor.extract(fixture("lushi-2024-budget.html").bytes(), "lushi-2024-budget.html",
				(document) -> pages.add(-1));

		assertThat(pages).containsExactly(12);
		assertThat(shown.text()).isEqualTo(alone.text());
	}

	@Test
	void aPassThatReadsTheTextSparesTikaItsOwnAndTheTextIsTheLayouts() {
		TextExtractor extractor = new TextExtractor(TextExtractor.DEFAULT_WRITE_LIMIT, true);
		byte[] pdf = fixture("luolong-2024-final.pdf").bytes();
		PdfPositions positions = new PdfPositions();
		List<String> tikaText = new ArrayList<>();

		Extraction.Text read = (Extraction.Text) extractor.extract(pdf, "luolong-2024-final.pdf", positions);
		Extraction.Text tikas = (Extraction.Text) extractor.extract(pdf, "luolong-2024-final.pdf");

		assertThat(read.text()).isEqualTo(positions.layout().asText().text());
		assertThat(read.text()).as("a table row's cells, as in the other formats")
			.contains("一、一般公共预算财政拨款收入\t1\t1,055.79\t一、一般公共服务支出\t31\t3.18");
		assertThat(tikas.text()).contains("一、一般公共预算财政拨款收入 1 1,055.79 一、一般公共服务支出 31 3.18");
		assertThat(cjk(read.text())).as("the same characters as Tika's text").isEqualTo(cjk(tikas.text()));
	}

	@Test
	void aPassThatCouldNotReadTheTextLeavesTikasAndItIsCutAtTheWriteLimit() {
		byte[] pdf = fixture("lushi-2024-budget.pdf").bytes();
		TextExtractor.PdfPass unreadable = new TextExtractor.PdfPass() {

			@Override
			public void read(org.apache.pdfbox.pdmodel.PDDocument document) {
			}

			@Override
			public boolean readsText() {
				return true;
			}

		};
		TextExtractor extractor = new TextExtractor(TextExtractor.DEFAULT_WRITE_LIMIT, true);
		Extraction.Text fallback = (Extraction.Text) extractor.extract(pdf, "lushi-2024-budget.pdf", unreadable);
		Extraction.Text cut = (Extraction.Text) new TextExtractor(1000, true).extract(pdf, "lushi-2024-budget.pdf",
				new PdfPositions());

		assertThat(fallback.text())
			.isEqualTo(((Extraction.Text) extractor.extract(pdf, "lushi-2024-budget.pdf")).text());
		assertThat(cut.truncated()).isTrue();
		assertThat(cut.text()).hasSize(1000);
	}

	@Test
	void textOnlyByDefault() {
		Extraction.Text text = (Extraction.Text) new TextExtractor().extract(fixture("lushi-2024-budget.html").bytes(),
				"lushi-2024-budget.html");
		assertThat(text.xhtml()).isNull();
		assertThat(text.mediaType()).startsWith("text/html");
	}

	@Test
	void textIsCutAtTheWriteLimit() {
		Extraction.Text text = (Extraction.Text) new TextExtractor(1000, false)
			.extract(fixture("luolong-2024-final.txt").bytes(), "luolong-2024-final.txt");
		assertThat(text.truncated()).isTrue();
		assertThat(text.text()).hasSizeLessThanOrEqualTo(1000).contains("洛阳市洛龙区医疗保障局");
	}

	@Test
	void plainTextInGb18030IsDecoded() {
		String original = "2024年度卢氏县医疗保障局部门决算公开\n一、收入支出决算总体情况说明\n"
				+ "2024年度收、支总计均为838.98万元。与上年相比，收入增加58.15万元，增长7.45%，主要原因是人员增加。\n";
		byte[] bytes = original.getBytes(Charset.forName("GB18030"));
		Extraction.Text text = (Extraction.Text) new TextExtractor().extract(bytes, "budget.txt");
		assertThat(text.text()).contains("卢氏县医疗保障局部门决算公开", "收入增加58.15万元");
	}

	@Test
	void gb18030AndGbkTextWithoutANameIsPlainTextDecoded() {
		String original = "2024年度卢氏县医疗保障局部门决算公开\n一、收入支出决算总体情况说明\n"
				+ "2024年度收、支总计均为838.98万元。与上年相比，收入增加58.15万元，增长7.45%，主要原因是人员增加。\n";
		for (String encoding : List.of("GB18030", "GBK")) {
			byte[] bytes = original.getBytes(Charset.forName(encoding));
			for (String fileName : new String[] { null, "download.bin", "attachment" }) {
				Extraction extraction = new TextExtractor().extract(bytes, fileName);
				assertThat(extraction).as(encoding + " named " + fileName)
					.isInstanceOfSatisfying(Extraction.Text.class, (text) -> {
						assertThat(text.mediaType()).startsWith("text/plain");
						assertThat(text.text()).contains("卢氏县医疗保障局部门决算公开", "收入增加58.15万元");
					});
			}
		}
	}

	@Test
	void aGbkPageIsDecodedWithoutACharsetWithItsOwnAndDespiteAWrongOne() {
		String body = "<body><h1>卢氏县医疗保障局2024年度部门决算</h1><p>2024年度收、支总计均为838.98万元。</p>"
				+ "<table><tr><td>本年收入合计</td><td>838.98</td></tr></table></body></html>";
		Map<String, String> pages = Map.of("no charset", "<html><head><title>部门决算</title></head>" + body,
				"its own charset",
				"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">"
						+ "<title>部门决算</title></head>" + body,
				"a wrong charset", "<html><head><meta charset=\"utf-8\"><title>部门决算</title></head>" + body);
		TextExtractor extractor = new TextExtractor(TextExtractor.DEFAULT_WRITE_LIMIT, true);
		pages.forEach((page, html) -> {
			Extraction extraction = extractor.extract(html.getBytes(Charset.forName("GBK")), null);
			assertThat(extraction).as(page).isInstanceOfSatisfying(Extraction.Text.class, (text) -> {
				assertThat(text.mediaType()).startsWith("text/html");
				assertThat(text.text()).contains("卢氏县医疗保障局2024年度部门决算", "收、支总计均为838.98万元");
				assertThat(text.xhtml()).contains("<td>本年收入合计</td>");
			});
		});
	}

	@Test
	void aUtf8PageDeclaringGbkIsReadAsUtf8() {
		String html = "<html><head><meta charset=\"gbk\"><title>部门决算</title></head>"
				+ "<body><p>卢氏县医疗保障局2024年度部门决算，收、支总计均为838.98万元。</p></body></html>";
		Extraction.Text text = (Extraction.Text) new TextExtractor().extract(html.getBytes(StandardCharsets.UTF_8),
				null);
		assertThat(text.text()).contains("卢氏县医疗保障局2024年度部门决算");
	}

	@Test
	void unreadableBytesAreAValueNotAnException() {
		TextExtractor extractor = new TextExtractor();
		assertThat(extractor.extract(new byte[0], "empty.txt")).isInstanceOfSatisfying(Extraction.Unreadable.class,
				(unreadable) -> assertThat(unreadable.problem()).isEqualTo(Extraction.Problem.EMPTY));
		byte[] truncatedPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.US_ASCII);
		assertThat(extractor.extract(truncatedPdf, null)).isInstanceOfSatisfying(Extraction.Unreadable.class,
				(unreadable) -> assertThat(unreadable.problem()).isEqualTo(Extraction.Problem.CORRUPT));
	}

	private static long cjk(String text) {
		return text.codePoints().filter((c) -> c >= 0x4e00 && c <= 0x9fff).count();
	}

	private static FixtureDocument fixture(String fileName) {
		return Fixtures.documents()
			.stream()
			.filter((fixture) -> fixture.fileName().equals(fileName))
			.findFirst()
			.orElseThrow();
	}

}
