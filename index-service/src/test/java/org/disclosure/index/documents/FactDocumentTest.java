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
		assertThat(facts.get(1).unit()).isEqualTo("%");
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
