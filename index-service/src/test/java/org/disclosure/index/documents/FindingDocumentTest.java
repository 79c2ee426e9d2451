package org.disclosure.index.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.Severity;
import org.disclosure.contracts.Validation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class FindingDocumentTest {

	@Test
	void aFindingKeepsItsPageUnitToleranceAndTheDocumentsItCompares() {
		List<FindingDocument> findings = FindingDocument.of(DisclosureDocumentTest.everything());

		assertThat(findings).hasSize(1);
		FindingDocument rounding = findings.get(0);
		assertThat(rounding.findingId()).isEqualTo(DisclosureDocumentTest.DOC_ID + ":0");
		assertThat(rounding.page()).isEqualTo(2);
		assertThat(rounding.unit()).isEqualTo("万元");
		assertThat(rounding.tolerance()).isEqualTo("±0.015 (n = 2)");
		assertThat(rounding.documents()).containsExactly(DisclosureDocumentTest.DOC_ID,
				DisclosureDocumentTest.LINKED_ID);
		assertThat(rounding.department()).isEqualTo("江苏省财政厅");
		assertThat(rounding.docKind()).isEqualTo("budget");
	}

	@Test
	void aFindingWithoutThemLeavesThemOut() {
		Finding old = new Finding("FA01-BALANCE", "收入总计 = 支出总计", Severity.ERROR, "收入总计 ≠ 支出总计",
				new BigDecimal("1055.79"), new BigDecimal("1055.97"), new BigDecimal("0.18"), "FA01");
		DocumentValidated validated = new DocumentValidated(1, DisclosureDocumentTest.DOC_ID,
				DisclosureDocumentTest.luolongValidated().document(), Validation.of(1, List.of(old)),
				Instant.parse("2025-09-01T08:00:04Z"));

		JsonNode json = DisclosureDocumentTest.json(FindingDocument.of(validated).get(0));

		assertThat(json.has("page")).isFalse();
		assertThat(json.has("unit")).isFalse();
		assertThat(json.has("tolerance")).isFalse();
		assertThat(json.has("documents")).isFalse();
		assertThat(json.get("location").asString()).isEqualTo("FA01");
	}

	@Test
	void aFindingOnFiguresReadByOcrSaysSoWithTheLowestConfidence() {
		Finding misread = new Finding("FA01-BALANCE", "收入总计 = 支出总计", Severity.WARNING,
				"收入总计 ≠ 支出总计; a figure was read by OCR with confidence 0.62: a possible misread",
				new BigDecimal("1055.79"), new BigDecimal("1055.97"), new BigDecimal("0.18"), "FA01", 1, "万元",
				"±0.015 (n = 2)", List.of(DisclosureDocumentTest.DOC_ID), "ocr", new BigDecimal("0.62"));
		DocumentValidated validated = new DocumentValidated(1, DisclosureDocumentTest.DOC_ID,
				DisclosureDocumentTest.luolongValidated().document(), Validation.of(1, List.of(misread)),
				Instant.parse("2025-09-01T08:00:04Z"));

		JsonNode json = DisclosureDocumentTest.json(FindingDocument.of(validated).get(0));

		assertThat(json.get("source").asString()).isEqualTo("ocr");
		assertThat(json.get("ocr_confidence").decimalValue()).isEqualByComparingTo("0.62");
		assertThat(json.get("severity").asString()).isEqualTo("warning");
	}

	@Test
	void everyFieldAFindingCanHaveIsMappedInTheTemplate() {
		JsonNode json = DisclosureDocumentTest.json(FindingDocument.of(DisclosureDocumentTest.everything()).get(0));
		List<String> written = DisclosureDocumentTest.leafPaths("", json)
			.stream()
			.map((path) -> path.substring(0, path.indexOf('=')))
			.distinct()
			.toList();

		assertThat(written).contains("page", "unit", "tolerance", "documents", "expected", "location");
		assertThat(DisclosureDocumentTest.mappedPaths("disclosure-findings.v3.json")).containsAll(written)
			.contains("source", "ocr_confidence");
	}

}
