package org.disclosure.parse.tables;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.disclosure.parse.SyntheticPdf;
import org.disclosure.parse.layout.PdfLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables printed without rulings in PDFs written by the test, one layout trait each:
 * landscape and turned pages, a table continued on the next page under its repeated
 * header, blank and image-only pages inside a table, a header over several lines, row
 * names wrapped over lines, letter-spaced labels, number formats that change.
 */
class PdfTableTraitsTest {

	/** Left edges of the columns 科目代码, 科目名称, 本年支出合计, 基本支出, 项目支出. */
	private static final float[] COLUMNS = { 40, 110, 260, 340, 420 };

	private static final float LINE = 18;

	private final TableRecognizer recognizer = new TableRecognizer(new TableTitleScanner());

	static Stream<Arguments> orientations() {
		return Stream.of(Arguments.of("portrait", (Function<SyntheticPdf, SyntheticPdf.Page>) SyntheticPdf::page),
				Arguments.of("landscape", (Function<SyntheticPdf, SyntheticPdf.Page>) SyntheticPdf::landscapePage),
				Arguments.of("rotated", (Function<SyntheticPdf, SyntheticPdf.Page>) SyntheticPdf::rotatedPage));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("orientations")
	void aPageOfAnyOrientationIsReadIntoTheSameRows(String name, Function<SyntheticPdf, SyntheticPdf.Page> newPage)
			throws IOException {
		SyntheticPdf pdf = new SyntheticPdf();
		table(newPage.apply(pdf), new String[] { "合计", "", "300.00", "200.00", "100.00" },
				new String[] { "2101501", "行政运行", "200.00", "200.00", "" },
				new String[] { "2101502", "一般行政管理事务", "100.00", "", "100.00" });
		Table table = only(pdf);
		assertThat(table.code()).isEqualTo(TableCode.FA03);
		assertThat(table.rows()).extracting(TableRow::label).containsExactly("合计", "行政运行", "一般行政管理事务");
		assertThat(table.total().orElseThrow().amount("基本支出")).hasValue(new BigDecimal("200.00"));
		assertThat(table.row("行政运行").orElseThrow().amount("本年支出合计")).hasValue(new BigDecimal("200.00"));
		assertThat(table.row("一般行政管理事务").orElseThrow().amount("项目支出")).hasValue(new BigDecimal("100.00"));
		assertThat(table.row("一般行政管理事务").orElseThrow().amount("基本支出")).hasValue(new BigDecimal("0.00"));
	}

	@Test
	void aTableContinuedUnderItsRepeatedHeaderKeepsEachRowOnce() throws IOException {
		SyntheticPdf pdf = new SyntheticPdf();
		table(pdf.page(), new String[] { "合计", "", "300.00", "200.00", "100.00" },
				new String[] { "2101501", "行政运行", "150.00", "150.00", "" })
			.text(290, 820, "- 1 -");
		SyntheticPdf.Page second = pdf.page();
		row(second, 60, "科目代码", "科目名称", "本年支出合计", "基本支出", "项目支出");
		row(second, 60 + LINE, "2101502", "一般行政管理事务", "100.00", "", "100.00");
		row(second, 60 + 2 * LINE, "2101503", "机关服务", "50.00", "50.00", "");
		second.text(280, 820, "第 2 页");
		Table table = only(pdf);
		assertThat(table.rows()).extracting(TableRow::label).containsExactly("合计", "行政运行", "一般行政管理事务", "机关服务");
		assertThat(table.row("机关服务").orElseThrow().amount("基本支出")).hasValue(new BigDecimal("50.00"));
	}

	@Test
	void blankAndImageOnlyPagesInsideATableDoNotEndIt() throws IOException {
		SyntheticPdf pdf = new SyntheticPdf();
		table(pdf.page(), new String[] { "合计", "", "300.00", "200.00", "100.00" },
				new String[] { "2101501", "行政运行", "200.00", "200.00", "" });
		pdf.blankPage().imagePage();
		row(pdf.page(), 60, "2101502", "一般行政管理事务", "100.00", "", "100.00");
		Table table = only(pdf);
		assertThat(table.rows()).extracting(TableRow::label).containsExactly("合计", "行政运行", "一般行政管理事务");
		assertThat(table.row("一般行政管理事务").orElseThrow().amount("项目支出")).hasValue(new BigDecimal("100.00"));
	}

	@Test
	void aHeaderOverTwoLinesNamesItsColumns() throws IOException {
		SyntheticPdf pdf = new SyntheticPdf();
		SyntheticPdf.Page page = pdf.page();
		page.text(250, 40, "支出决算表").text(40, 58, "单位：万元");
		row(page, 76, "科目代码", "科目名称", "本年支出", "基本支出", "项目支出");
		row(page, 76 + LINE, "", "", "合计", "", "");
		row(page, 76 + 2 * LINE, "2101501", "行政运行", "200.00", "120.00", "80.00");
		Table table = only(pdf);
		assertThat(table.columns()).extracting(TableColumn::name).startsWith("本年支出合计", "基本支出", "项目支出");
		assertThat(table.rows()).extracting(TableRow::label).containsExactly("行政运行");
		assertThat(table.row("行政运行").orElseThrow().amount("本年支出合计")).hasValue(new BigDecimal("200.00"));
		assertThat(table.row("行政运行").orElseThrow().amount("项目支出")).hasValue(new BigDecimal("80.00"));
	}

	@Test
	void aRowNameWrappedOverTwoLinesWithItsAmountsOnTheSecondIsOneRow() throws IOException {
		SyntheticPdf pdf = new SyntheticPdf();
		table(pdf.page(), new String[] { "合计", "", "171.03", "0.00", "171.03" },
				new String[] { "2101599", "其他医疗保障管理", "", "", "" },
				new String[] { "", "事务支出", "171.03", "", "171.03" });
		Table table = only(pdf);
		assertThat(table.rows()).extracting(TableRow::label).containsExactly("合计", "其他医疗保障管理事务支出");
		TableRow other = table.rows().get(1);
		assertThat(other.code()).isEqualTo("2101599");
		assertThat(other.amount("本年支出合计")).hasValue(new BigDecimal("171.03"));
		assertThat(other.amount("项目支出")).hasValue(new BigDecimal("171.03"));
	}

	@Test
	void aLetterSpacedTotalLabelIsOneLabel() throws IOException {
		SyntheticPdf pdf = new SyntheticPdf();
		SyntheticPdf.Page page = pdf.page();
		float y = head(page, 60);
		page.row(y, new float[] { 50, 90, 130, 170, 260, 340, 420 }, "合", "", "", "计", "300.00", "200.00", "100.00");
		row(page, y + LINE, "2101501", "行政运行", "300.00", "200.00", "100.00");
		Table table = only(pdf);
		assertThat(table.rows()).extracting(TableRow::label).containsExactly("合计", "行政运行");
		assertThat(table.total().orElseThrow().amount("本年支出合计")).hasValue(new BigDecimal("300.00"));
	}

	@Test
	void numberFormatsChangingFromRowToRowAreReadAlike() throws IOException {
		SyntheticPdf pdf = new SyntheticPdf();
		table(pdf.page(), new String[] { "合计", "", "3,702.46", "2,468.90", "1,233.56" },
				new String[] { "2101501", "行政运行", "1234.56", "1 234.56", "" },
				new String[] { "2101502", "一般行政管理事务", "2,467.90", "1,234.34", "1233.56" });
		Table table = only(pdf);
		TableRow operation = table.row("行政运行").orElseThrow();
		assertThat(operation.amount("本年支出合计")).hasValue(new BigDecimal("1234.56"));
		assertThat(operation.amount("基本支出")).hasValue(new BigDecimal("1234.56"));
		assertThat(table.row("一般行政管理事务").orElseThrow().amount("项目支出")).hasValue(new BigDecimal("1233.56"));
		assertThat(table.total().orElseThrow().amount("本年支出合计")).hasValue(new BigDecimal("3702.46"));
	}

	/** An FA03 table from the page's top: its heading, then {@code rows}. */
	private static SyntheticPdf.Page table(SyntheticPdf.Page page, String[]... rows) {
		float y = head(page, 60);
		for (String[] cells : rows) {
			row(page, y, cells);
			y += LINE;
		}
		return page;
	}

	/**
	 * Title, number, unit and one-line header of an FA03 table; the y of its first row.
	 */
	private static float head(SyntheticPdf.Page page, float top) {
		page.text(250, top, "支出决算表").text(400, top + LINE, "公开03表").text(40, top + 2 * LINE, "单位：万元");
		row(page, top + 3 * LINE, "科目代码", "科目名称", "本年支出合计", "基本支出", "项目支出");
		return top + 4 * LINE;
	}

	private static void row(SyntheticPdf.Page page, float y, String... cells) {
		page.row(y, COLUMNS, cells);
	}

	private Table only(SyntheticPdf pdf) throws IOException {
		List<Table> tables = this.recognizer.recognize(PdfLayout.read(pdf.bytes())).tables();
		assertThat(tables).hasSize(1);
		return tables.get(0);
	}

}
