package org.disclosure.validate.rules.completeness;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.Severity;
import org.disclosure.contracts.TotalValue;
import org.disclosure.validate.rules.Build;
import org.disclosure.validate.rules.Mutate;
import org.disclosure.validate.rules.fixtures.LuolongDocument;
import org.disclosure.validate.rules.fixtures.LushiDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosure.validate.rules.RuleAssertions.findings;
import static org.disclosure.validate.rules.RuleAssertions.notApplicable;
import static org.disclosure.validate.rules.RuleAssertions.passes;
import static org.disclosure.validate.rules.RuleAssertions.single;

class CompletenessRulesTest {

	private static final List<String> ALL_FA = List.of("FA01", "FA02", "FA03", "FA04", "FA05", "FA06", "FA07", "FA08",
			"FA09");

	@Test
	void requiredTablesOfAFinalAccount() {
		RequiredTablesRule rule = new RequiredTablesRule();
		passes(rule, Build.inventory(DocKind.FINAL_ACCOUNT, ALL_FA, List.of(), Map.of()));
		List<String> withoutFa05 = ALL_FA.stream().filter((c) -> !c.equals("FA05")).toList();
		Finding error = single(rule, Build.inventory(DocKind.FINAL_ACCOUNT, withoutFa05, List.of("FA05"), Map.of()),
				Severity.ERROR);
		assertThat(error.message()).contains("FA05").contains("目录").doesNotContain("FA04");
		assertThat(error.location()).isEqualTo("tables FA05");
		notApplicable(rule, Build.inventory(DocKind.BUDGET, List.of(), List.of(), Map.of()));
		notApplicable(rule, Build.inventory(DocKind.FINAL_ACCOUNT, null, null, Map.of()));
		notApplicable(rule, Build.inventory(DocKind.FINAL_ACCOUNT, List.of("PERF_PROJECT"), List.of(), Map.of()));
		Finding listed = single(rule,
				Build.inventory(DocKind.FINAL_ACCOUNT, List.of("PERF_PROJECT"), List.of("FA01"), Map.of()),
				Severity.ERROR);
		assertThat(listed.message()).as("a 目录 listing a numbered table shows the set")
			.contains("FA01")
			.contains("FA09");
	}

	@Test
	void tablesStatedAsAttachedElsewhereAreInfo() {
		Map<String, TotalValue> narrative = Map.of("revenue",
				new TotalValue(new BigDecimal("1055.79"), "narrative", "二、收入决算情况说明"));
		Finding info = single(new RequiredTablesRule(),
				Build.inventory(DocKind.FINAL_ACCOUNT, List.of(), List.of(), narrative), Severity.INFO);
		assertThat(info.message()).contains("附件");
	}

	@Test
	void tableOfContents() {
		TableOfContentsRule rule = new TableOfContentsRule();
		passes(rule, Build.inventory(DocKind.FINAL_ACCOUNT, ALL_FA, List.of(), Map.of()));
		Finding error = single(rule, Build.inventory(DocKind.FINAL_ACCOUNT, ALL_FA, List.of("FA10"), Map.of()),
				Severity.ERROR);
		assertThat(error.message()).contains("FA10");
		passes(rule, Build.inventory(DocKind.FINAL_ACCOUNT, ALL_FA, List.of("FA05"), Map.of()));
		notApplicable(rule, LushiDocument.parsed());
	}

	@Test
	void budgetCompletenessNamesTheTablesListedButMissing() {
		BudgetCompletenessRule rule = new BudgetCompletenessRule();
		Finding error = single(rule, LushiDocument.parsed(), Severity.ERROR);
		assertThat(error.message()).contains("BU02").contains("BU07").contains("目录").doesNotContain("BU03");
		notApplicable(rule, LuolongDocument.parsed());
	}

	@Test
	void sections() {
		RequiredSectionsRule rule = new RequiredSectionsRule();
		DocumentParsed luolong = LuolongDocument.parsed();
		passes(rule, luolong);
		DocumentParsed noGlossary = new DocumentParsed(1, luolong.docId(), luolong.source(), null, null, null,
				luolong.metadata(), null, 0, luolong.tables(), List.of(), List.of("第一部分 概况", "第三部分 情况说明"),
				luolong.tableContents(), luolong.figures(), Map.of(), null);
		assertThat(single(rule, noGlossary, Severity.ERROR).message()).contains("名词解释");
		DocumentParsed spreadsheet = new DocumentParsed(1, luolong.docId(),
				new DocumentSource(null, "luolong-2024-final-tables.xlsx",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 1, null),
				null, null, null, luolong.metadata(), null, 0, luolong.tables(), List.of(), List.of("第二部分 2024 年度部门决算"),
				luolong.tableContents(), List.of(), Map.of(), null);
		// The part heading printed above a sheet is no narrative: still the tables only.
		notApplicable(rule, spreadsheet);
	}

	@Test
	void emptyTablesCarryAnExplanation() {
		EmptyTableExplainedRule rule = new EmptyTableExplainedRule();
		DocumentParsed luolong = LuolongDocument.parsed();
		passes(rule, luolong);
		DocumentParsed unexplained = Mutate.tables(luolong, (t) -> t.code().equals("FA07") ? new ParsedTable(t.code(),
				t.title(), t.printedNumber(), t.unit(), t.columns(), t.rows(), t.notes(), null) : t);
		Finding error = single(rule, unexplained, Severity.ERROR);
		assertThat(error.message()).contains("FA07").doesNotContain("FA08");
		assertThat(findings(rule, LushiDocument.parsed(), Severity.ERROR)).isEmpty();
		notApplicable(rule, Build.inventory(DocKind.FINAL_ACCOUNT, ALL_FA, List.of(), Map.of()));
	}

	@Test
	void anEmptyTablesNoteNamesItsOwnFundAndStandsUnderAnEmptyTable() {
		EmptyTableNoteRule rule = new EmptyTableNoteRule();
		DocumentParsed luolong = LuolongDocument.parsed();
		passes(rule, luolong);

		String fundNote = LuolongDocument.parsed()
			.tableContents()
			.stream()
			.filter((t) -> t.code().equals("FA07"))
			.findFirst()
			.orElseThrow()
			.explanation();
		DocumentParsed copied = Mutate.tables(luolong, (t) -> t.code().equals("FA08") ? new ParsedTable(t.code(),
				t.title(), t.printedNumber(), t.unit(), t.columns(), t.rows(), t.notes(), fundNote) : t);
		Finding wrongFund = single(rule, copied, Severity.ERROR);
		assertThat(wrongFund.message()).contains("FA08").contains("国有资本经营").contains("naming 政府性基金");

		DocumentParsed printsAmounts = Mutate.cell(luolong, "FA07", (row) -> row.kind().equals("total"), "本年收入",
				"12.50");
		Finding contradicted = single(rule, printsAmounts, Severity.ERROR);
		assertThat(contradicted.message()).contains("FA07").contains("prints amounts");

		DocumentParsed saysNothing = Mutate.tables(luolong, (t) -> new ParsedTable(t.code(), t.title(),
				t.printedNumber(), t.unit(), t.columns(), t.rows(), List.of(), null));
		notApplicable(rule, saysNothing);
	}

}
