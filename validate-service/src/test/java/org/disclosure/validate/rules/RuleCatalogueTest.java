package org.disclosure.validate.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Severity;
import org.disclosure.contracts.Validation;
import org.disclosure.contracts.ValidationStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleCatalogueTest {

	/** The catalogue of DOMAIN.md (and BU-PERF, which lushi's expected file uses). */
	private static final List<String> DOMAIN_RULES = List.of("FA01-INC-SUM", "FA01-EXP-SUM", "FA01-TOTALS",
			"FA01-BALANCE", "FA02-ROW", "FA03-ROW", "HIER", "FA04-ROW", "FA04-SUMS", "FA04-TOTALS", "FA04-BALANCE",
			"FA05-ROW", "FA06-ECON", "FA06-TOTALS", "FA07-ROW", "FA09-ROW", "X01-02", "X01-03", "X01-04", "X04-05",
			"X05-06", "X04-07", "X04-08", "X06-09", "NR-TOTAL", "NR-INC", "NR-EXP", "NR-GPB", "NR-STRUCT", "NR-DETAIL",
			"NR-BASIC", "NR-3GONG", "NR-YOY", "NR-PROC", "NR-ASSET", "NR-PERF", "CP-TABLES", "CP-SECTIONS", "CP-EMPTY",
			"CP-TOC", "BU01", "BU03-ROW", "BU05-ROW", "BU06", "BU08", "BU10", "BU12", "BU-NR", "BU-CP", "BU-PERF");

	/**
	 * Rules beyond that catalogue: metadata, notes of empty tables, the 目录's titles and
	 * order.
	 */
	private static final List<String> ADDED_RULES = List.of("META-REQUIRED", "CP-EMPTY-NOTE", "CP-TOC-MATCH",
			"SUBJ-CODE", "NR-YEAR", "NR-CHANGES", "NR-SOURCE");

	private final RuleCatalogue catalogue = RuleCatalogue.standard();

	@Test
	void everyRuleOfTheCatalogueIsThereOnce() {
		List<String> ids = this.catalogue.rules().stream().map(Rule::id).toList();
		assertThat(ids).containsAll(DOMAIN_RULES).doesNotHaveDuplicates();
		assertThat(ids).containsExactlyInAnyOrderElementsOf(
				java.util.stream.Stream.concat(DOMAIN_RULES.stream(), ADDED_RULES.stream()).toList());
	}

	@Test
	void everyRuleSaysWhatItIs() {
		for (Rule rule : this.catalogue.rules()) {
			assertThat(rule.title()).as(rule.id()).isNotBlank();
			assertThat(rule.needs()).as(rule.id()).isNotBlank();
			assertThat(rule.severity()).as(rule.id()).isNotNull();
			assertThat(rule.tolerance()).as(rule.id()).isNotNull();
			assertThat(rule.scope()).as(rule.id()).isNotNull();
			assertThat(rule.getClass().getSimpleName()).as(rule.id()).endsWith("Rule");
		}
	}

	@Test
	void withoutAnyInputOnlyTheMetadataRuleAppliesAndNothingIsClaimedPassed() {
		Validation validation = this.catalogue.validate(parsed(metadata(DocKind.FINAL_ACCOUNT), null));
		assertThat(validation.rulesEvaluated()).isEqualTo(1);
		assertThat(validation.status()).isEqualTo(ValidationStatus.INCOMPLETE);
		assertThat(validation.skipped()).extracting(Validation.SkippedRule::ruleId)
			.contains("FA01-INC-SUM", "NR-TOTAL");
		assertThat(validation.skipped()).allSatisfy((skipped) -> assertThat(skipped.reason()).isNotBlank());
		assertThat(validation.skipped()).extracting(Validation.SkippedRule::ruleId)
			.as("a budget's rules do not apply to a final account: they are not skipped")
			.doesNotContain("BU01", "BU-CP");
		assertThat(validation.coverage()).isEqualByComparingTo(
				BigDecimal.ONE.divide(BigDecimal.valueOf(1 + validation.skipped().size()), 2, RoundingMode.HALF_UP));
	}

	@Test
	void aCompleteTableInventoryWithoutTheTablesReadIsIncomplete() {
		List<String> all = List.of("FA01", "FA02", "FA03", "FA04", "FA05", "FA06", "FA07", "FA08", "FA09");
		Validation validation = this.catalogue.validate(parsed(metadata(DocKind.FINAL_ACCOUNT), all));
		assertThat(validation.status()).isEqualTo(ValidationStatus.INCOMPLETE);
		assertThat(validation.errors()).isZero();
		assertThat(validation.rulesEvaluated()).isEqualTo(2);
	}

	@Test
	void aBudgetMissingTablesIsAnErrorNamingThem() {
		List<String> lushi = List.of("BU01", "BU03", "BU04", "BU05", "BU06", "BU08", "BU09", "BU10", "BU11", "BU12",
				"BU13", "BU14");
		Validation validation = this.catalogue
			.validate(parsed(metadata(DocKind.BUDGET), lushi, List.of("BU02", "BU07")));
		assertThat(validation.status()).isEqualTo(ValidationStatus.FAILED);
		assertThat(validation.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.ruleId()).isEqualTo("BU-CP");
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.message()).contains("BU02").contains("BU07").doesNotContain("BU03");
		});
	}

	@Test
	void missingMetadataIsAnErrorAndAnUnresolvedRegionAWarning() {
		DisclosureMetadata noYear = new DisclosureMetadata(null, "某某局", null, null, null, DocKind.BUDGET, null, null,
				null);
		Validation validation = this.catalogue.validate(parsed(noYear, null));
		assertThat(validation.findings()).extracting((f) -> f.severity())
			.containsExactlyInAnyOrder(Severity.ERROR, Severity.WARNING);
		assertThat(validation.findings().get(0).message()).contains("fiscal year");
	}

	private static DisclosureMetadata metadata(DocKind kind) {
		return Build.metadata(kind);
	}

	@Test
	void aProvincesExtraTablesAreNotRequiredButThe国有资本TableIsWhereItsSetHasIt() {
		List<String> core = List.of("BU01", "BU02", "BU03", "BU04", "BU05", "BU06", "BU08", "BU09");
		assertThat(this.catalogue.validate(parsed(metadata(DocKind.BUDGET), core)).findings())
			.noneMatch((finding) -> finding.ruleId().equals("BU-CP"));
		assertThat(this.catalogue.validate(parsed(metadata(DocKind.BUDGET), core, List.of("BU11"))).findings())
			.anySatisfy((finding) -> {
				assertThat(finding.ruleId()).isEqualTo("BU-CP");
				assertThat(finding.message()).contains("BU11");
			});
	}

	private static DocumentParsed parsed(DisclosureMetadata metadata, List<String> tables) {
		return parsed(metadata, tables, null);
	}

	private static DocumentParsed parsed(DisclosureMetadata metadata, List<String> tables, List<String> listedOnly) {
		return new DocumentParsed(1, "ab".repeat(32), null, null, null, "test", metadata, null, 0, tables, listedOnly,
				null, null, null, null, null);
	}

}
