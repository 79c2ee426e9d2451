package org.disclosure.validate.rules;

import java.math.BigDecimal;
import java.util.List;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.OcrReport;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.ParsedTable.ParsedCell;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.fixtures.LushiDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lushi's budget as if every table were read by OCR: its BU06 error (人员经费/公用经费 that
 * disagree with BU03/BU05) is a warning when the figures were read with low confidence,
 * stays an error when read with high confidence, and a missing table, which compares no
 * figure, stays an error either way.
 */
class OcrReadingsTest {

	private final RuleCatalogue catalogue = RuleCatalogue.standard();

	@Test
	void anErrorOnFiguresReadWithLowConfidenceIsAWarningThatSaysWhy() {
		List<Finding> findings = this.catalogue.validate(scanned(LushiDocument.parsed(), "0.62")).findings();

		assertThat(findings).filteredOn((f) -> f.ruleId().equals("BU06")).isNotEmpty().allSatisfy((f) -> {
			assertThat(f.severity()).isNotEqualTo(Severity.ERROR);
			assertThat(f.source()).isEqualTo(ParsedCell.OCR);
			assertThat(f.ocrConfidence()).isEqualByComparingTo("0.62");
		}).anySatisfy((f) -> assertThat(f.message()).contains("read by OCR with confidence 0.62"));
		assertThat(findings).filteredOn((f) -> f.ruleId().equals("BU-CP"))
			.isNotEmpty()
			.allSatisfy((f) -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
	}

	@Test
	void anErrorOnFiguresReadWithHighConfidenceStaysAnErrorAndCarriesItsProvenance() {
		List<Finding> findings = this.catalogue.validate(scanned(LushiDocument.parsed(), "0.97")).findings();

		assertThat(findings).filteredOn((f) -> f.ruleId().equals("BU06") && f.severity() == Severity.ERROR)
			.isNotEmpty()
			.allSatisfy((f) -> assertThat(f.source()).isEqualTo(ParsedCell.OCR));
	}

	@Test
	void findingsOfATextDocumentCarryNoOcrProvenance() {
		assertThat(this.catalogue.validate(LushiDocument.parsed()).findings())
			.allSatisfy((f) -> assertThat(f.source()).isNull())
			.anySatisfy((f) -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
	}

	/** The document with every cell read by OCR with {@code confidence}. */
	private static DocumentParsed scanned(DocumentParsed d, String confidence) {
		BigDecimal read = new BigDecimal(confidence);
		List<ParsedTable> tables = d.tableContents().stream().map((t) -> {
			List<ParsedRow> rows = t.rows()
				.stream()
				.map((r) -> new ParsedRow(r.kind(), r.group(), r.label(), r.name(), r.code(), r.codeKind(), r.level(),
						r.parentCode(),
						r.cells()
							.stream()
							.map((c) -> new ParsedCell(c.column(), c.text(), c.amount(), c.percent(), ParsedCell.OCR,
									read, null))
							.toList()))
				.toList();
			return Mutate.withRows(t, rows);
		}).toList();
		return new DocumentParsed(d.schemaVersion(), d.docId(), d.source(), d.fetchedAt(), d.parsedAt(),
				d.parserVersion(), d.metadata(), d.textBlobKey(), d.textChars(), d.tables(), d.tablesListedOnly(),
				d.sections(), tables, d.figures(), d.totals(), d.report(), d.tablesOther(), d.publication(),
				d.tableOfContents(), d.tablesInOrder(),
				new OcrReport("tesseract 5.3.0 (chi_sim)", d.tables().size(), 60_000, 0, List.of()));
	}

}
