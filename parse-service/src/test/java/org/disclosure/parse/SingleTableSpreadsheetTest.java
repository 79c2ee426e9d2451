package org.disclosure.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.parse.tables.Table;
import org.disclosure.parse.tables.TableCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A spreadsheet holding one table, as sites publish the tables of a disclosure one file
 * each: the table is read, and the metadata its title and heading rows print (year,
 * department; the kind from the table) are filled, in BIFF8 (.xls) and OOXML (.xlsx)
 * alike. The workbooks are built here with Apache POI.
 */
class SingleTableSpreadsheetTest {

	private static final Object[][] FA01_ROWS = { { "收入", "", "", "支出", "", "" },
			{ "项目", "行次", "金额", "项目", "行次", "金额" }, { "栏次", "", "1", "栏次", "", "2" },
			{ "一、一般公共预算财政拨款收入", "1", 1055.79, "一、一般公共服务支出", "31", 3.18 },
			{ "二、政府性基金预算财政拨款收入", "2", 0.0, "二、社会保障和就业支出", "32", 31.71 },
			{ "三、国有资本经营预算财政拨款收入", "3", 0.0, "三、卫生健康支出", "33", 993.85 },
			{ "四、上级补助收入", "4", 0.0, "四、住房保障支出", "34", 27.05 }, { "本年收入合计", "9", 1055.79, "本年支出合计", "35", 1055.79 },
			{ "使用非财政拨款结余（含专用结余）", "10", 0.0, "结余分配", "36", 0.0 }, { "年初结转和结余", "11", 0.0, "年末结转和结余", "37", 0.0 },
			{ "总计", "12", 1055.79, "总计", "38", 1055.79 } };

	private static final Object[][] BU01_ROWS = { { "收入", "", "支出", "" }, { "项目", "预算数", "项目", "预算数" },
			{ "一、一般公共预算拨款收入", 838.98, "一、社会保障和就业支出", 60.12 }, { "二、政府性基金预算拨款收入", 0.0, "二、卫生健康支出", 778.86 },
			{ "本年收入合计", 838.98, "本年支出合计", 838.98 }, { "上年结转结余", 0.0, "年终结转结余", 0.0 },
			{ "收入总计", 838.98, "支出总计", 838.98 } };

	static Stream<Arguments> workbooks() {
		List<Arguments> workbooks = new ArrayList<>();
		for (Format format : Format.values()) {
			workbooks.add(Arguments.of(format, "the title beside its unit, the department below",
					book(format, "表1", rows(
							new Object[][] { { "2024年收入支出决算总表", "", "", "", "", "单位：万元" }, { "单位名称：洛阳市洛龙区医疗保障局" } },
							FA01_ROWS))));
			workbooks.add(Arguments.of(format, "department and year in the title",
					book(format, "Sheet1", rows(
							new Object[][] { { "洛阳市洛龙区医疗保障局2024年度收入支出决算总表" }, { "", "", "", "", "公开01表", "金额单位：万元" } },
							FA01_ROWS))));
		}
		return workbooks.stream();
	}

	static Stream<Arguments> budgets() {
		return Stream.of(Format.values())
			.map((format) -> Arguments.of(format, book(format, "Sheet1",
					rows(new Object[][] { { "卢氏县医疗保障局2024年部门收支总体情况表" }, { "单位：万元" } }, BU01_ROWS))));
	}

	static Stream<Arguments> formats() {
		return Stream.of(Format.values()).map(Arguments::of);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("workbooks")
	void aFinalAccountTableAloneIsReadWithTheMetadataItPrints(Format format, String layout, byte[] workbook) {
		ParseOutcome.Parsed parsed = parse(workbook, format);

		assertThat(parsed.tables()).containsExactly("FA01");
		DisclosureMetadata metadata = parsed.metadata();
		assertThat(metadata.docKind()).isEqualTo(DocKind.FINAL_ACCOUNT);
		assertThat(metadata.fiscalYear()).isEqualTo(2024);
		assertThat(metadata.department()).isEqualTo("洛阳市洛龙区医疗保障局");
		assertThat(metadata.region().county()).isEqualTo("洛龙区");
		assertThat(metadata.unit()).isEqualTo("万元");
		assertThat(parsed.totals().amounts()).containsEntry("revenue", new BigDecimal("1055.79"))
			.containsEntry("expenditure", new BigDecimal("1055.79"))
			.containsEntry("grand_total", new BigDecimal("1055.79"));
		Table fa01 = parsed.tableContents().get(0);
		assertThat(fa01.unit()).isEqualTo("万元");
		assertThat(fa01.row("支出", "卫生健康支出")).hasValueSatisfying(
				(row) -> assertThat(row.cells().get(0).amount()).isEqualByComparingTo(new BigDecimal("993.85")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("budgets")
	void aBudgetTableAloneIsABudgetOfTheYearAndDepartmentItsTitlePrints(Format format, byte[] workbook) {
		ParseOutcome.Parsed parsed = parse(workbook, format);

		assertThat(parsed.tables()).containsExactly("BU01");
		assertThat(parsed.metadata().docKind()).isEqualTo(DocKind.BUDGET);
		assertThat(parsed.metadata().fiscalYear()).isEqualTo(2024);
		assertThat(parsed.metadata().department()).isEqualTo("卢氏县医疗保障局");
		assertThat(parsed.totals().amounts()).containsEntry("revenue", new BigDecimal("838.98"))
			.containsEntry("grand_total", new BigDecimal("838.98"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("formats")
	void aSheetNamedAfterItsTableNeedsNoTitleRow(Format format) {
		byte[] workbook = book(format, "收入支出决算总表",
				rows(new Object[][] { { "部门：洛阳市洛龙区医疗保障局", "", "", "", "", "单位：万元" } }, FA01_ROWS));

		ParseOutcome.Parsed parsed = parse(workbook, format);

		assertThat(parsed.tables()).containsExactly("FA01");
		assertThat(parsed.tableContents()).singleElement()
			.satisfies((table) -> assertThat(table.code()).isEqualTo(TableCode.FA01));
		assertThat(parsed.metadata().department()).isEqualTo("洛阳市洛龙区医疗保障局");
		assertThat(parsed.metadata().docKind()).isEqualTo(DocKind.FINAL_ACCOUNT);
		assertThat(parsed.metadata().fiscalYear()).as("no year is printed").isNull();
		assertThat(parsed.totals().amounts()).containsEntry("grand_total", new BigDecimal("1055.79"));
	}

	private static ParseOutcome.Parsed parse(byte[] workbook, Format format) {
		ParseOutcome outcome = ParsedFixtures.parser()
			.parse(workbook, new DocumentSource(null, "table." + format.extension, null, workbook.length, null));
		assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
		return (ParseOutcome.Parsed) outcome;
	}

	private static Object[][] rows(Object[][] heading, Object[][] table) {
		return Stream.concat(Stream.of(heading), Stream.of(table)).toArray(Object[][]::new);
	}

	/**
	 * A workbook of one sheet: text cells, numbers as numeric cells, the title merged.
	 */
	private static byte[] book(Format format, String sheetName, Object[][] rows) {
		try (Workbook workbook = format.workbook.get(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					if (rows[r][c] instanceof Double number) {
						row.createCell(c).setCellValue(number);
					}
					else {
						row.createCell(c).setCellValue((String) rows[r][c]);
					}
				}
			}
			if (rows[0].length == 1) {
				sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	enum Format {

		XLS("xls", HSSFWorkbook::new), XLSX("xlsx", XSSFWorkbook::new);

		private final String extension;

		private final Supplier<Workbook> workbook;

		Format(String extension, Supplier<Workbook> workbook) {
			this.extension = extension;
			this.workbook = workbook;
		}

	}

}
