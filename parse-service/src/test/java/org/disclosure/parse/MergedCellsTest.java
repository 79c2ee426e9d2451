package org.disclosure.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.parse.tables.Table;
import org.disclosure.parse.tables.TableCode;
import org.disclosure.parse.tables.TableColumn;
import org.disclosure.parse.tables.TableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disclosures whose tables merge header cells, as government sites and Word documents
 * print them: a header cell over several columns (本年支出 or 其中 over 基本支出 | 项目支出, 科目 over
 * 科目编码 | 科目名称), down two header rows (合计), the 合计 label across the code and name columns.
 * Tika drops a web page's colspan/rowspan and writes a Word cell merged over grid columns
 * as one cell; read through the parser as any document is, the figures stand under the
 * columns drawn above them.
 */
class MergedCellsTest {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html><head><meta charset="utf-8"><title>某县教育局2024年部门预算</title></head><body>
			<h1>某县教育局2024年部门预算</h1>
			<p>一般公共预算支出表</p>
			<p>单位：万元</p>
			<table border="1">
			<tr><td colspan="2">科目</td><td rowspan="2">合计</td><td colspan="2">其中</td></tr>
			<tr><td>科目编码</td><td>科目名称</td><td>基本支出</td><td>项目支出</td></tr>
			<tr><td colspan="2">合计</td><td>150.00</td><td>100.00</td><td>50.00</td></tr>
			<tr><td>2050101</td><td>行政运行</td><td>100.00</td><td>100.00</td><td></td></tr>
			<tr><td>2050199</td><td>其他教育管理事务支出</td><td>50.00</td><td></td><td>50.00</td></tr>
			</table>
			</body></html>
			""";

	@Test
	void aWebPagesMergedCellsKeepTheFiguresUnderTheirColumns() {
		assertTheFiguresStandUnderTheirColumns(PAGE.getBytes(StandardCharsets.UTF_8), "budget.html");
	}

	@Test
	void aWordTablesMergedCellsKeepTheFiguresUnderTheirColumns() throws IOException {
		assertTheFiguresStandUnderTheirColumns(document(), "budget.docx");
	}

	private static void assertTheFiguresStandUnderTheirColumns(byte[] bytes, String fileName) {
		ParseOutcome outcome = ParsedFixtures.parser()
			.parse(bytes, new DocumentSource(null, fileName, null, bytes.length, null));
		assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
		Table table = ((ParseOutcome.Parsed) outcome).tableContents()
			.stream()
			.filter((candidate) -> candidate.code() == TableCode.BU05)
			.findFirst()
			.orElseThrow();
		assertThat(table.columns()).extracting(TableColumn::name).containsExactly("合计", "基本支出", "项目支出");
		TableRow total = table.total().orElseThrow();
		assertThat(total.amount("合计")).hasValue(new BigDecimal("150.00"));
		assertThat(total.amount("基本支出")).hasValue(new BigDecimal("100.00"));
		assertThat(total.amount("项目支出")).hasValue(new BigDecimal("50.00"));
		TableRow other = table.rows().get(2);
		assertThat(other.code()).isEqualTo("2050199");
		assertThat(other.amount("合计")).hasValue(new BigDecimal("50.00"));
		assertThat(other.amount("基本支出")).hasValue(new BigDecimal("0.00"));
		assertThat(other.amount("项目支出")).hasValue(new BigDecimal("50.00"));
	}

	private static byte[] document() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("某县教育局2024年部门预算");
			document.createParagraph().createRun().setText("一般公共预算支出表");
			document.createParagraph().createRun().setText("单位：万元");
			String[][] cells = { { "科目", "", "合计", "其中", "" }, { "科目编码", "科目名称", "", "基本支出", "项目支出" },
					{ "合计", "", "150.00", "100.00", "50.00" }, { "2050101", "行政运行", "100.00", "100.00", "" },
					{ "2050199", "其他教育管理事务支出", "50.00", "", "50.00" } };
			XWPFTable table = document.createTable(cells.length, cells[0].length);
			for (int r = 0; r < cells.length; r++) {
				for (int c = 0; c < cells[r].length; c++) {
					table.getRow(r).getCell(c).setText(cells[r][c]);
				}
			}
			span(table.getRow(0), 3);
			span(table.getRow(0), 0);
			span(table.getRow(2), 0);
			properties(table.getRow(0).getCell(1)).addNewVMerge().setVal(STMerge.RESTART);
			properties(table.getRow(1).getCell(2)).addNewVMerge();
			document.write(out);
			return out.toByteArray();
		}
	}

	/** Merges cell {@code column} of {@code row} with the next one. */
	private static void span(XWPFTableRow row, int column) {
		properties(row.getCell(column)).addNewGridSpan().setVal(BigInteger.TWO);
		row.removeCell(column + 1);
	}

	private static CTTcPr properties(XWPFTableCell cell) {
		return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
	}

}
