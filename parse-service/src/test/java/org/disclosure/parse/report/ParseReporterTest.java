package org.disclosure.parse.report;

import java.util.List;
import java.util.stream.Stream;

import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.parse.ParsedFixtures;
import org.disclosure.parse.layout.Layout;
import org.disclosure.parse.layout.PlainTextLayout;
import org.disclosure.parse.tables.RecognizedTables;
import org.disclosure.parse.tables.TableRecognizer;
import org.disclosure.parse.tables.TableTitleScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The parse report counts what was read and shows what matched nothing. */
class ParseReporterTest {

	static Stream<FixtureDocument> fixtures() {
		return ParsedFixtures.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void everyFixtureIsReadWithoutUnmatchedLines(FixtureDocument fixture) {
		ParseReport report = ParsedFixtures.parsed(fixture).report();
		int tables = ParsedFixtures.parsed(fixture).tableContents().size();
		assertThat(report.tablesFound()).isEqualTo(tables);
		assertThat(report.tables()).hasSize(tables);
		assertThat(report.tableRows()).isGreaterThan(200);
		assertThat(report.tableCells()).isGreaterThan(report.tableRows());
		assertThat(report.unmatched()).as(String.join("\n", report.unmatchedSamples())).isZero();
		assertThat(report.reader()).isEqualTo(switch (fixture.format()) {
			case "pdf" -> "pdf";
			case "txt" -> "tab-text";
			default -> "xhtml";
		});
		assertThat(report.figures()).isEqualTo(ParsedFixtures.parsed(fixture).figures().size());
		List<String> missing = ParsedFixtures.expectedList(fixture, "tables_missing");
		if (!fixture.tablesOnly()) {
			assertThat(report.listedOnly()).containsExactlyElementsOf(missing);
		}
	}

	@Test
	void rowsOfAnUnknownLayoutShowUpAsUnmatchedLines() {
		Layout layout = PlainTextLayout.read("""
				收入决算表
				公开02表
				项目\t本年收入合计\t财政拨款收入
				合计\t10.00\t10.00
				注：本表反映收入。
				某某情况统计
				指标\t数量\t金额
				机构\t3\t1.50
				人员\t12\t8.20
				""");
		RecognizedTables tables = new TableRecognizer(new TableTitleScanner()).recognize(layout);
		ParseReport report = new ParseReporter().report(layout, tables, List.of());
		assertThat(report.tablesFound()).isEqualTo(1);
		assertThat(report.unmatched()).isEqualTo(3);
		assertThat(report.unmatchedSamples()).first().asString().startsWith("line 6: 指标|数量|金额");
		assertThat(report.tables().get(0).unread()).isZero();
	}

}
