package org.disclosure.stack;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CliArgumentsTest {

	@Test
	void noArgumentsOrHelpFlagMeanHelp() {
		assertThat(CliArguments.parse().command()).isEqualTo("help");
		assertThat(CliArguments.parse("--help").command()).isEqualTo("help");
		assertThat(CliArguments.parse("-h").command()).isEqualTo("help");
		assertThat(CliArguments.parse("search", "--help").command()).isEqualTo("help");
	}

	@Test
	void searchTakesTheQueryAndFiltersInAnyOrder() {
		CliArguments arguments = CliArguments.parse("search", "--province", "河南省", "城乡医疗救助", "--year=2024", "--kind",
				"final_account");
		assertThat(arguments.command()).isEqualTo("search");
		assertThat(arguments.query()).isEqualTo("城乡医疗救助");
		assertThat(arguments.option("province")).isEqualTo("河南省");
		assertThat(arguments.option("year")).isEqualTo("2024");
		assertThat(arguments.option("kind")).isEqualTo("final_account");
		assertThat(arguments.option("city")).isNull();
		assertThat(CliArguments.parse("search", "x", "--size", "20", "--page", "2").options())
			.containsEntry("size", "20")
			.containsEntry("page", "2");
	}

	@Test
	void searchTakesTablesRulesSeveritiesAndAnOrder() {
		CliArguments arguments = CliArguments.parse("search", "--rule", "NR-DETAIL", "--severity", "error", "--table",
				"FA01,FA09", "--sort", "errors", "--order", "asc");
		assertThat(arguments.query()).isEmpty();
		assertThat(arguments.options()).containsEntry("rule", "NR-DETAIL")
			.containsEntry("severity", "error")
			.containsEntry("table", "FA01,FA09")
			.containsEntry("sort", "errors")
			.containsEntry("order", "asc");
		assertThatThrownBy(() -> CliArguments.parse("search", "--sort", "errors")).isInstanceOf(UsageException.class)
			.hasMessageContaining("QUERY or a filter");
		assertThatThrownBy(() -> CliArguments.parse("search", "x", "--severity", "fatal"))
			.isInstanceOf(UsageException.class)
			.hasMessageContaining("error, info, warning");
		assertThatThrownBy(() -> CliArguments.parse("search", "x", "--sort", "date"))
			.isInstanceOf(UsageException.class);
		assertThatThrownBy(() -> CliArguments.parse("search", "x", "--status", "ok"))
			.isInstanceOf(UsageException.class);
		assertThatThrownBy(() -> CliArguments.parse("search", "x", "--table", "FA01;FA02"))
			.isInstanceOf(UsageException.class)
			.hasMessageContaining("--table");
	}

	@Test
	void searchTakesScopePartCoverageAndASkippedRule() {
		CliArguments arguments = CliArguments.parse("search", "--scope", "unit", "--part=narrative", "--coverage",
				">=0.9", "--skipped-rule", "NR-YOY", "--status", "incomplete");
		assertThat(arguments.options()).containsEntry("scope", "unit")
			.containsEntry("part", "narrative")
			.containsEntry("coverage", ">=0.9")
			.containsEntry("skipped-rule", "NR-YOY")
			.containsEntry("status", "incomplete");
		assertThat(CliArguments.parse("search", "--skipped-rule", "NR-YOY").query()).isEmpty();
		assertThatThrownBy(() -> CliArguments.parse("search", "x", "--scope", "部门")).isInstanceOf(UsageException.class)
			.hasMessageContaining("department, unit");
		assertThatThrownBy(() -> CliArguments.parse("search", "x", "--part", "annex"))
			.isInstanceOf(UsageException.class)
			.hasMessageContaining("narrative, tables, whole");
		assertThatThrownBy(() -> CliArguments.parse("search", "x", "--coverage", "0.5"))
			.isInstanceOf(UsageException.class)
			.hasMessageContaining("0.5-0.9");
	}

	@Test
	void reindexWaitsUnlessToldNot() {
		assertThat(CliArguments.parse("reindex").flag("no-wait")).isFalse();
		assertThat(CliArguments.parse("reindex", "--no-wait").flag("no-wait")).isTrue();
		assertThatThrownBy(() -> CliArguments.parse("reindex", "disclosures")).isInstanceOf(UsageException.class);
	}

	@Test
	void replayTakesADocumentAStageOrADeadLetterTopic() {
		String docId = "9F2C1E4B7A0D3F6E8C5B2A1D4E7F0A3C6B9E2D5F8A1C4E7B0D3F6A9C2E5B8D1F";
		assertThat(CliArguments.parse("replay", "--doc", docId).options()).containsExactly(Map.entry("doc", docId));
		assertThat(CliArguments.parse("replay", "--doc", docId, "--stage", "index").option("stage")).isEqualTo("index");
		assertThat(CliArguments.parse("replay", "--stage=validate").option("stage")).isEqualTo("validate");
		assertThat(CliArguments.parse("replay", "--dlt", "all").option("dlt")).isEqualTo("all");
		assertThat(CliArguments.parse("replay", "--dlt", "disclosure.fetched.v1-dlt", "--from-offset", "12").options())
			.containsEntry("from-offset", "12");
		assertThat(CliArguments.parse("status", "--watch").flag("watch")).isTrue();
	}

	@Test
	void aReplayThatCannotBeDoneIsAUsageError() {
		assertThatThrownBy(() -> CliArguments.parse("replay")).isInstanceOf(UsageException.class)
			.hasMessageContaining("--doc ID [--stage STAGE], --stage STAGE or --dlt TOPIC|all");
		assertThatThrownBy(() -> CliArguments.parse("replay", "--doc", "9f2c1e4b")).isInstanceOf(UsageException.class)
			.hasMessageContaining("64 hex digits");
		assertThatThrownBy(() -> CliArguments.parse("replay", "--stage", "ingest")).isInstanceOf(UsageException.class)
			.hasMessageContaining("./pipeline push FILE");
		assertThatThrownBy(() -> CliArguments.parse("replay", "--stage", "publish")).isInstanceOf(UsageException.class)
			.hasMessageContaining("parse, validate, index");
		assertThatThrownBy(() -> CliArguments.parse("replay", "--dlt", "disclosure.fetched.v1"))
			.isInstanceOf(UsageException.class)
			.hasMessageContaining("dead-letter topic");
		assertThatThrownBy(() -> CliArguments.parse("replay", "--dlt", "all", "--stage", "parse"))
			.isInstanceOf(UsageException.class)
			.hasMessageContaining("leave out --doc and --stage");
		assertThatThrownBy(() -> CliArguments.parse("replay", "--stage", "parse", "--from-offset", "3"))
			.isInstanceOf(UsageException.class)
			.hasMessageContaining("--from-offset goes with --dlt TOPIC");
		assertThatThrownBy(() -> CliArguments.parse("replay", "--dlt", "x-dlt", "--from-offset", "-1"))
			.isInstanceOf(UsageException.class);
		assertThatThrownBy(() -> CliArguments.parse("replay", "parse")).isInstanceOf(UsageException.class)
			.hasMessageContaining("options only");
		assertThatThrownBy(() -> CliArguments.parse("replay", "--watch")).isInstanceOf(UsageException.class);
	}

	@Test
	void severalWordsFormOneQuery() {
		assertThat(CliArguments.parse("search", "医疗", "救助").query()).isEqualTo("医疗 救助");
	}

	@Test
	void doubleDashEndsOptions() {
		assertThat(CliArguments.parse("push", "--", "--odd-name.pdf").operands()).containsExactly("--odd-name.pdf");
	}

	@Test
	void flagsBelongToTheirCommand() {
		assertThat(CliArguments.parse("down", "--purge").flag("purge")).isTrue();
		assertThat(CliArguments.parse("down").flag("purge")).isFalse();
		assertThat(CliArguments.parse("logs", "kafka", "-f").flag("follow")).isTrue();
		assertThatThrownBy(() -> CliArguments.parse("up", "--purge")).isInstanceOf(UsageException.class)
			.hasMessageContaining("--purge");
	}

	@Test
	void pushTakesFilesAndMetadata() {
		CliArguments arguments = CliArguments.parse("push", "a.pdf", "docs/", "--source-url",
				"https://example.org/a.pdf", "--publisher", "许昌市财政局");
		assertThat(arguments.operands()).containsExactly("a.pdf", "docs/");
		assertThat(arguments.option("source-url")).isEqualTo("https://example.org/a.pdf");
		assertThat(arguments.option("publisher")).isEqualTo("许昌市财政局");
	}

	@Test
	void mistakesAreUsageErrors() {
		assertThatThrownBy(() -> CliArguments.parse("start")).isInstanceOf(UsageException.class)
			.hasMessageContaining("Unknown command");
		assertThatThrownBy(() -> CliArguments.parse("push")).isInstanceOf(UsageException.class);
		assertThatThrownBy(() -> CliArguments.parse("search")).isInstanceOf(UsageException.class)
			.hasMessageContaining("QUERY");
		assertThatThrownBy(() -> CliArguments.parse("search", "x", "--province")).isInstanceOf(UsageException.class)
			.hasMessageContaining("needs a value");
		assertThatThrownBy(() -> CliArguments.parse("search", "x", "--kind", "annual"))
			.isInstanceOf(UsageException.class)
			.hasMessageContaining("final_account or budget");
		assertThatThrownBy(() -> CliArguments.parse("search", "x", "--year", "24")).isInstanceOf(UsageException.class);
		assertThatThrownBy(() -> CliArguments.parse("search", "x", "--provence", "河南省"))
			.isInstanceOf(UsageException.class)
			.hasMessageContaining("--provence");
		assertThatThrownBy(() -> CliArguments.parse("status", "now")).isInstanceOf(UsageException.class);
		assertThatThrownBy(() -> CliArguments.parse("search", "x", "--size", "0")).isInstanceOf(UsageException.class);
	}

}
