package org.disclosure.parse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.disclosure.contracts.DocumentSource;
import org.disclosure.parse.tables.Table;
import org.disclosure.parse.tables.TableCode;
import org.disclosure.parse.tables.TableColumn;
import org.disclosure.parse.tables.TableRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A disclosure published as a web page whose tables merge header cells, as government
 * sites print them: 本年支出 over 合计 | 基本支出 | 项目支出, 科目编码 and 科目名称 down two header rows, the
 * 合计 label across the code and name columns. Read through Tika as any page is, the
 * figures stand under the columns the page draws above them.
 */
class MergedCellsHtmlTest {

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
	void theFiguresOfATableWithMergedHeaderCellsStandUnderTheirColumns() {
		byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
		ParseOutcome outcome = ParsedFixtures.parser()
			.parse(bytes, new DocumentSource(null, "budget.html", null, bytes.length, null));
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
		assertThat(other.amount("基本支出")).hasValue(new BigDecimal("0.00"));
		assertThat(other.amount("项目支出")).hasValue(new BigDecimal("50.00"));
	}

}
