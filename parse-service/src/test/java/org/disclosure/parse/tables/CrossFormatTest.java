package org.disclosure.parse.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.parse.ParsedFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same table gives the same rows (labels, subject codes, levels, parents) and the
 * same cell values from txt, html, docx, pdf and xlsx.
 */
class CrossFormatTest {

	private static final List<String> FORMATS = List.of("html", "docx", "pdf", "xlsx");

	static Stream<Arguments> tables() {
		List<Arguments> arguments = new ArrayList<>();
		for (String document : List.of("luolong-2024-final", "xuchang-2024-final")) {
			for (TableCode code : List.of(TableCode.FA02, TableCode.FA03, TableCode.FA05, TableCode.FA06)) {
				FORMATS.forEach((format) -> arguments.add(Arguments.of(document, code, format)));
			}
		}
		for (TableCode code : List.of(TableCode.BU03, TableCode.BU05)) {
			FORMATS.forEach((format) -> arguments.add(Arguments.of("lushi-2024-budget", code, format)));
		}
		return arguments.stream();
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("tables")
	void everyFormatGivesTheRowsAndCellsOfTheText(String document, TableCode code, String format) {
		List<String> text = signature(table(ParsedFixtures.file(document, "txt"), code));
		List<String> other = signature(table(ParsedFixtures.file(document, format), code));
		assertThat(text).hasSizeGreaterThan(5);
		assertThat(other).containsExactlyElementsOf(text);
	}

	private static Table table(FixtureDocument fixture, TableCode code) {
		return ParsedFixtures.parsed(fixture)
			.tableContents()
			.stream()
			.filter((table) -> table.code() == code)
			.findFirst()
			.orElseThrow(() -> new AssertionError(fixture + " has no " + code));
	}

	/** A row as a line: what must agree between formats. */
	private static List<String> signature(Table table) {
		List<String> rows = new ArrayList<>();
		for (TableRow row : table.rows()) {
			StringBuilder line = new StringBuilder();
			line.append(row.kind())
				.append('|')
				.append(row.group())
				.append('|')
				.append(row.label())
				.append('|')
				.append(row.code())
				.append('|')
				.append(row.level())
				.append('|')
				.append(row.parentCode());
			for (TableCell cell : row.cells()) {
				line.append('|').append(cell.column()).append('=');
				line.append((cell.amount() != null) ? cell.amount().stripTrailingZeros().toPlainString() : cell.text());
			}
			rows.add(line.toString());
		}
		return rows;
	}

}
