package org.disclosure.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fixture file, in every format, yields the metadata of
 * {@code fixtures/expected/NAME.json}; documents that are unreadable or no disclosure
 * fail with a reason instead of throwing.
 */
class DocumentParserTest {

	static Stream<FixtureDocument> fixtures() {
		return Fixtures.documents().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void readsDepartmentYearKindAndRegion(FixtureDocument fixture) {
		DisclosureMetadata metadata = ParsedFixtures.parsed(fixture).metadata();
		JsonNode expected = ParsedFixtures.expected(fixture).get("metadata");
		assertThat(metadata.department()).isEqualTo(expected.get("department").asString());
		assertThat(metadata.fiscalYear()).isEqualTo(expected.get("fiscal_year").asInt());
		assertThat(metadata.docKind().value()).isEqualTo(expected.get("doc_kind").asString());
		JsonNode region = expected.get("region");
		assertThat(metadata.region().province()).isEqualTo(text(region.get("province")));
		assertThat(metadata.region().city()).isEqualTo(text(region.get("city")));
		assertThat(metadata.region().county()).isEqualTo(text(region.get("county")));
		assertThat(metadata.adminLevel()).isEqualTo(expected.get("admin_level").asString());
		assertThat(metadata.unit()).isEqualTo(expected.get("unit").asString());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void readsPublicationMonthWhereTheCoverPrintsIt(FixtureDocument fixture) {
		DisclosureMetadata metadata = ParsedFixtures.parsed(fixture).metadata();
		JsonNode expected = ParsedFixtures.expected(fixture).get("metadata");
		String published = fixture.tablesOnly() ? null : text(expected.get("published"));
		assertThat(metadata.published()).isEqualTo(published);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void readsCoveredUnitsWhereTheNarrativeListsThem(FixtureDocument fixture) {
		DisclosureMetadata metadata = ParsedFixtures.parsed(fixture).metadata();
		JsonNode expected = ParsedFixtures.expected(fixture).get("metadata").get("covered_units");
		if (expected == null) {
			return;
		}
		List<String> units = new ArrayList<>();
		expected.forEach((unit) -> units.add(unit.asString()));
		if (fixture.tablesOnly() && metadata.coveredUnits() == null) {
			// Most spreadsheets hold the tables only; xuchang's first sheet keeps the
			// list.
			return;
		}
		assertThat(metadata.coveredUnits()).containsExactlyElementsOf(units);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void findsTheTablesPresentAndNotTheMissingOnes(FixtureDocument fixture) {
		List<String> tables = ParsedFixtures.parsed(fixture).tables();
		JsonNode expected = ParsedFixtures.expected(fixture);
		List<String> present = new ArrayList<>();
		expected.get("tables_present").forEach((code) -> present.add(code.asString()));
		assertThat(tables).containsExactlyElementsOf(present);
		expected.get("tables_missing").forEach((code) -> assertThat(tables).doesNotContain(code.asString()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void recordsTheVersionOfTheParser(FixtureDocument fixture) {
		assertThat(DocumentParser.VERSION).matches("\\d+\\.\\d+\\.\\d+");
		assertThat(ParsedFixtures.parsed(fixture).truncated()).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "luolong-2024-final.txt", "luolong-2024-final.html", "lushi-2024-budget.txt" })
	void aFixtureInGbkWithoutANameReadsAsInUtf8(String fileName) {
		FixtureDocument fixture = ParsedFixtures.fixture(fileName);
		ParseOutcome.Parsed utf8 = ParsedFixtures.parsed(fixture);
		// The HTML keeps its <meta charset="utf-8">: a wrong charset, as GBK sites often
		// print.
		byte[] gbk = new String(fixture.bytes(), StandardCharsets.UTF_8).getBytes(Charset.forName("GBK"));

		ParseOutcome outcome = ParsedFixtures.parser()
			.parse(gbk, new DocumentSource(null, null, null, gbk.length, null));

		assertThat(outcome).isInstanceOfSatisfying(ParseOutcome.Parsed.class, (parsed) -> {
			assertThat(parsed.mediaType()).isEqualTo(utf8.mediaType());
			assertThat(parsed.metadata()).isEqualTo(utf8.metadata());
			assertThat(parsed.tables()).isEqualTo(utf8.tables()).isNotEmpty();
			assertThat(parsed.totals()).isEqualTo(utf8.totals());
			assertThat(parsed.text()).isEqualTo(utf8.text());
		});
	}

	@Test
	void emptyBytesFailAsAnEmptyDocument() {
		assertFails(new byte[0], "empty.pdf", "empty_document");
	}

	@Test
	void aCorruptPdfFailsAsUnreadable() {
		byte[] pdf = Fixtures.documents()
			.stream()
			.filter((fixture) -> fixture.fileName().equals("luolong-2024-final.pdf"))
			.findFirst()
			.orElseThrow()
			.bytes();
		byte[] truncated = new byte[2048];
		System.arraycopy(pdf, 0, truncated, 0, truncated.length);
		assertFails(truncated, "corrupt.pdf", "unreadable_document");
	}

	@Test
	void garbageWithAPdfHeaderFailsAsUnreadable() {
		byte[] garbage = new byte[4096];
		new Random(42).nextBytes(garbage);
		byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, garbage, 0, header.length);
		assertFails(garbage, "garbage.pdf", "unreadable_document");
	}

	@Test
	void randomBytesFailAsAnUnsupportedFormat() {
		byte[] random = new byte[4096];
		new Random(7).nextBytes(random);
		assertFails(random, "random.bin", "unsupported_format");
	}

	@Test
	void aTextThatIsNoDisclosureFailsAsNotADisclosure() {
		String text = """
				关于做好2025年城乡居民基本医疗保障工作的通知

				各县（市、区）医疗保障局：
				为贯彻落实党中央、国务院决策部署，现就做好2025年城乡居民基本医疗保障有关工作通知如下。
				一、提高筹资标准。2025年居民医保人均财政补助标准提高30元。
				二、做好参保缴费工作。各地要加强宣传，确保应保尽保。
				三、加强基金监管。严厉打击欺诈骗保行为，按预算管理要求执行。
				""";
		assertFails(text.getBytes(StandardCharsets.UTF_8), "notice.txt", "not_a_disclosure");
	}

	@Test
	void aChineseHtmlPageThatIsNoDisclosureFailsAsNotADisclosure() {
		String html = """
				<!DOCTYPE html>
				<html lang="zh-CN"><head><meta charset="UTF-8"><title>医保局召开2025年工作会议</title></head>
				<body><h1>洛阳市洛龙区医疗保障局召开2025年工作会议</h1>
				<p>3月5日，洛阳市洛龙区医疗保障局召开2025年全区医疗保障工作会议，总结2024年工作，部署2025年重点任务。</p>
				<p>会议强调，要持续深化医保支付方式改革，加强基金监管，提升经办服务水平，全年预算执行情况良好。</p>
				<table><tr><td>参会人员</td><td>120人</td></tr></table>
				</body></html>
				""";
		assertFails(html.getBytes(StandardCharsets.UTF_8), "news.html", "not_a_disclosure");
	}

	@Test
	void aPdfWithoutTextFailsAsNoText() {
		assertFails(Pdfs.blankPage(), "scan.pdf", "no_text");
	}

	@Test
	void anEncryptedPdfFailsAsEncrypted() {
		assertFails(Pdfs.encrypted("2024 budget"), "locked.pdf", "encrypted_document");
	}

	private static void assertFails(byte[] bytes, String fileName, String reason) {
		DocumentSource source = new DocumentSource(null, fileName, null, bytes.length, null);
		ParseOutcome outcome = ParsedFixtures.parser().parse(bytes, source);
		assertThat(outcome).isInstanceOf(ParseOutcome.Failed.class);
		ParseOutcome.Failed failed = (ParseOutcome.Failed) outcome;
		assertThat(failed.reason()).as(failed.message()).isEqualTo(reason);
		assertThat(failed.message()).isNotBlank();
	}

	private static String text(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asString();
	}

}
