package org.disclosure.parse.ocr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.parse.tables.RowKind;
import org.disclosure.parse.tables.Table;
import org.disclosure.parse.tables.TableCell;
import org.disclosure.parse.tables.TableCode;
import org.disclosure.parse.tables.TableColumn;
import org.disclosure.parse.tables.TableRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sum identities correcting a misread digit, on a small table whose 合计 column is the sum
 * of 基本支出 and 项目支出 in every row.
 */
class DigitCorrectionsTest {

	private static final List<String> COLUMNS = List.of("合计", "基本支出", "项目支出");

	@Test
	void aDigitIsCorrectedWhenExactlyOneReadingSatisfiesTheSumAndTheCorrectionIsRecorded() {
		// 项目支出 57.15 read as 97.15: only 9 → 5 satisfies 186.38 = 129.23 + x (the 合计
		// would need two digits changed, the 基本支出 too).
		Table table = table(row("一般公共服务支出", "120.50", "100.00", "20.50"), row("教育支出", "35.20", "30.00", "5.20"),
				row("科学技术支出", "48.75", "40.25", "8.50"), row("社会保障和就业支出", "186.38", "129.23", "97.15"));

		DigitCorrections.Corrected corrected = DigitCorrections.correct(List.of(table), readings(table));

		TableCell cell = corrected.tables().get(0).rows().get(3).cell("项目支出").orElseThrow();
		assertThat(cell.text()).isEqualTo("57.15");
		assertThat(cell.amount()).isEqualByComparingTo("57.15");
		assertThat(corrected.cells()).filteredOn((reading) -> reading.correction() != null)
			.singleElement()
			.satisfies((reading) -> {
				assertThat(reading.row()).isEqualTo(3);
				assertThat(reading.column()).isEqualTo("项目支出");
				assertThat(reading.correction().read()).isEqualTo("97.15");
				assertThat(reading.correction().corrected()).isEqualTo("57.15");
				assertThat(reading.correction().identity()).isNotBlank();
			});
	}

	@Test
	void noDigitIsCorrectedWhenMoreThanOneReadingSatisfiesTheSum() {
		// 合计 130.00 ≠ 80.00 + 20.00: 130 → 100 or 20 → 50 both satisfy it; neither is
		// chosen.
		Table table = table(row("一般公共服务支出", "120.50", "100.00", "20.50"), row("教育支出", "35.20", "30.00", "5.20"),
				row("科学技术支出", "48.75", "40.25", "8.50"), row("社会保障和就业支出", "130.00", "80.00", "20.00"));

		DigitCorrections.Corrected corrected = DigitCorrections.correct(List.of(table), readings(table));

		assertThat(corrected.tables().get(0)).isEqualTo(table);
		assertThat(corrected.cells()).allSatisfy((reading) -> assertThat(reading.correction()).isNull());
	}

	private static Table table(TableRow... rows) {
		List<TableColumn> columns = COLUMNS.stream().map((name) -> new TableColumn(name, name, true, null)).toList();
		return new Table(TableCode.values()[0], "支出决算表", null, "万元", columns, List.of(rows), List.of(), null, 0,
				rows.length, "header", "title", 1);
	}

	private static TableRow row(String name, String... amounts) {
		List<TableCell> cells = new ArrayList<>();
		for (int i = 0; i < amounts.length; i++) {
			cells.add(new TableCell(COLUMNS.get(i), amounts[i], new BigDecimal(amounts[i]), false));
		}
		return new TableRow(0, RowKind.SUBJECT, null, name, name, null, null, null, null, cells);
	}

	/** Every cell of the table read by OCR with high confidence. */
	private static List<OcrReport.CellReading> readings(Table table) {
		List<OcrReport.CellReading> readings = new ArrayList<>();
		for (int r = 0; r < table.rows().size(); r++) {
			for (String column : COLUMNS) {
				readings.add(new OcrReport.CellReading(0, r, column, 0.95, null));
			}
		}
		return readings;
	}

}
