package org.disclosure.index.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.ParsedTable.ParsedCell;
import org.disclosure.contracts.ParsedTable.ParsedColumn;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Region;
import org.disclosure.contracts.Validation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class FactDocumentTest {

	private static final Instant NOW = Instant.parse("2025-09-01T08:00:05.123456Z");

	@Test
	void everyCellWithAnAmountIsAFactWithItsContext() {
		ParsedRow medical = new ParsedRow("subject", null, "城乡医疗救助", "城乡医疗救助", "2101301", "functional", "项", "21013",
				List.of(new ParsedCell("科目名称", "城乡医疗救助", null, false),
						new ParsedCell("决算数", "323.00", new BigDecimal("323.00"), false),
						new ParsedCell("完成率", "140.43 %", new BigDecimal("140.43"), true)));
		ParsedRow note = new ParsedRow("line", null, "合计", "合计", null, null, null, null,
				List.of(new ParsedCell("科目名称", "合计", null, false)));
		ParsedTable fa05 = new ParsedTable("FA05", "一般公共预算财政拨款支出决算表", "公开05表", null,
				List.of(new ParsedColumn("决算数", "决算数", true)), List.of(note, medical), List.of(), null);

		List<FactDocument> facts = FactDocument.of(validated(List.of(fa05)), NOW);

		assertThat(facts).hasSize(2);
		FactDocument amount = facts.get(0);
		assertThat(amount.factId()).isEqualTo("ab".repeat(32) + ":0:1:决算数");
		assertThat(amount.amount()).isEqualByComparingTo("323.00");
		assertThat(amount.unit()).isEqualTo("万元");
		assertThat(amount.subjectCode()).isEqualTo("2101301");
		assertThat(amount.subjectLevel()).isEqualTo("项");
		assertThat(amount.subjectName()).isEqualTo("城乡医疗救助");
		assertThat(amount.parentCode()).isEqualTo("21013");
		assertThat(amount.region().county()).isEqualTo("洛龙区");
		assertThat(amount.docKind()).isEqualTo("final_account");
		assertThat(amount.indexedAt()).isEqualTo(Instant.parse("2025-09-01T08:00:05.123Z"));
		assertThat(amount.printedAmount()).as("a table without a unit line prints the document's 万元")
			.isEqualByComparingTo("323.00");
		assertThat(amount.printedUnit()).isEqualTo("万元");
		assertThat(amount.source()).isEqualTo("text");
		assertThat(amount.page()).isNull();
		assertThat(facts.get(1).unit()).isEqualTo("%");
		assertThat(facts.get(1).printedUnit()).isEqualTo("%");
		assertThat(facts.get(1).printedAmount()).isEqualByComparingTo("140.43");
	}

	@Test
	void aTableInYuanIsSummedInTenThousandsAndKeepsWhatItPrints() {
		ParsedRow total = new ParsedRow("total", null, "合计", "合计", null, null, null, null,
				List.of(new ParsedCell("本年支出合计", "164,978,640", new BigDecimal("16497.8640"), false),
						new ParsedCell("执行率", "98.5%", new BigDecimal("98.5"), true),
						new ParsedCell("人数", "12", new BigDecimal("12"), false)));
		ParsedTable yuan = new ParsedTable(
				"BU03", "2025年部门支出总表", null, "元", List.of(new ParsedColumn("本年支出合计", "本年支出合计", true),
						new ParsedColumn("执行率", "执行率(%)", true), new ParsedColumn("人数", "在职人数", true)),
				List.of(total), List.of(), null, "shape", 7);

		List<FactDocument> facts = FactDocument.of(validated(List.of(yuan)), NOW);

		assertThat(facts).hasSize(3);
		FactDocument money = facts.get(0);
		assertThat(money.amount()).isEqualByComparingTo("16497.8640");
		assertThat(money.unit()).isEqualTo("万元");
		assertThat(money.printedAmount()).isEqualByComparingTo("164978640");
		assertThat(money.printedUnit()).isEqualTo("元");
		assertThat(money.page()).isEqualTo(7);
		assertThat(money.recognition()).isEqualTo("shape");
		assertThat(money.source()).isEqualTo("text");
		FactDocument rate = facts.get(1);
		assertThat(rate.unit()).isEqualTo("%");
		assertThat(rate.printedAmount()).as("percentages are never converted").isEqualByComparingTo("98.5");
		assertThat(rate.printedUnit()).isEqualTo("%");
		FactDocument count = facts.get(2);
		assertThat(count.amount()).isEqualByComparingTo("12");
		assertThat(count.printedAmount()).as("a count is no money: the parser left it as printed")
			.isEqualByComparingTo("12");
		assertThat(count.unit()).isNull();
		assertThat(count.printedUnit()).isNull();
	}

	@Test
	void everyFieldAFactCanHaveIsMappedInTheTemplate() {
		ParsedRow medical = new ParsedRow("subject", "支出", "城乡医疗救助", "城乡医疗救助", "2101301", "functional", "项", "21013",
				List.of(new ParsedCell("决算数", "3,230,000", new BigDecimal("323.0000"), false)));
		ParsedTable fa05 = new ParsedTable("FA05", "一般公共预算财政拨款支出决算表", "公开05表", "元",
				List.of(new ParsedColumn("决算数", "决算数", true)), List.of(medical), List.of(), null, "title", 5);

		JsonNode json = DisclosureDocumentTest.json(FactDocument.of(validated(List.of(fa05)), NOW).get(0));
		List<String> written = DisclosureDocumentTest.leafPaths("", json)
			.stream()
			.map((path) -> path.substring(0, path.indexOf('=')))
			.toList();

		assertThat(written).contains("printed_amount", "printed_unit", "page", "recognition", "source");
		assertThat(DisclosureDocumentTest.mappedPaths("disclosure-facts.v4.json")).containsAll(written)
			.contains("ocr_confidence");
	}

	@Test
	void aFigureReadByOcrSaysSoWithItsConfidence() {
		ParsedRow row = new ParsedRow("subject", null, "行政运行", "行政运行", "2010101", "functional", "项", "20101",
				List.of(new ParsedCell("合计", "1,234.56", new BigDecimal("1234.56"), false, ParsedCell.OCR,
						new BigDecimal("0.93"), null),
						new ParsedCell("基本支出", "1,000.00", new BigDecimal("1000.00"), false)));
		ParsedTable table = new ParsedTable("FA05", "一般公共预算财政拨款支出决算表", null, null,
				List.of(new ParsedColumn("合计", "合计", true), new ParsedColumn("基本支出", "基本支出", true)), List.of(row),
				List.of(), null);

		List<FactDocument> facts = FactDocument.of(validated(List.of(table)), NOW);

		assertThat(facts.get(0).source()).isEqualTo("ocr");
		assertThat(facts.get(0).ocrConfidence()).isEqualByComparingTo("0.93");
		assertThat(facts.get(1).source()).isEqualTo("text");
		assertThat(facts.get(1).ocrConfidence()).isNull();
		List<String> written = DisclosureDocumentTest.leafPaths("", DisclosureDocumentTest.json(facts.get(0)))
			.stream()
			.map((path) -> path.substring(0, path.indexOf('=')))
			.toList();
		assertThat(written).contains("source", "ocr_confidence");
	}

	@Test
	void aDocumentWithoutTablesHasNoFacts() {
		assertThat(FactDocument.of(validated(null), NOW)).isEmpty();
	}

	private static DocumentValidated validated(List<ParsedTable> tables) {
		DisclosureMetadata metadata = new DisclosureMetadata(null, "洛阳市洛龙区医疗保障局",
				new Region("河南省", "洛阳市", "洛龙区", "410311"), "district", 2024, DocKind.FINAL_ACCOUNT, null, "万元", null);
		DocumentParsed parsed = new DocumentParsed(1, "ab".repeat(32), null, NOW, NOW, "0.2.0", metadata, null, 0,
				List.of("FA05"), null, null, tables, null, null, null);
		return new DocumentValidated(1, parsed.docId(), parsed, Validation.of(0, List.of()), NOW);
	}

}
