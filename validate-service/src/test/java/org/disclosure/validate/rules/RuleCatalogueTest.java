package org.disclosure.validate.rules;

import java.util.List;

import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Region;
import org.disclosure.contracts.Severity;
import org.disclosure.contracts.Validation;
import org.disclosure.contracts.ValidationStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleCatalogueTest {

	private static final List<String> ALL_FA = List.of("FA01", "FA02", "FA03", "FA04", "FA05", "FA06", "FA07", "FA08",
			"FA09");

	private final RuleCatalogue catalogue = RuleCatalogue.standard();

	@Test
	void aCompleteFinalAccountPasses() {
		Validation validation = this.catalogue.validate(parsed(metadata(DocKind.FINAL_ACCOUNT), ALL_FA));
		assertThat(validation.status()).isEqualTo(ValidationStatus.PASSED);
		assertThat(validation.rulesEvaluated()).isEqualTo(2);
	}

	@Test
	void aBudgetMissingTablesIsAnErrorNamingThem() {
		List<String> lushi = List.of("BU01", "BU03", "BU04", "BU05", "BU06", "BU08", "BU09", "BU10", "BU11", "BU12",
				"BU13", "BU14");
		Validation validation = this.catalogue.validate(parsed(metadata(DocKind.BUDGET), lushi));
		assertThat(validation.status()).isEqualTo(ValidationStatus.FAILED);
		assertThat(validation.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.ruleId()).isEqualTo("BU-CP");
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.message()).contains("BU02").contains("BU07").doesNotContain("BU03");
		});
	}

	@Test
	void withoutATableInventoryTheTableRulesDoNotApply() {
		Validation validation = this.catalogue.validate(parsed(metadata(DocKind.FINAL_ACCOUNT), null));
		assertThat(validation.rulesEvaluated()).isEqualTo(1);
		assertThat(validation.status()).isEqualTo(ValidationStatus.PASSED);
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
		return new DisclosureMetadata(null, "洛阳市洛龙区医疗保障局", new Region("河南省", "洛阳市", "洛龙区", "410311"), "district", 2024,
				kind, null, "万元", null);
	}

	private static DocumentParsed parsed(DisclosureMetadata metadata, List<String> tables) {
		return new DocumentParsed(1, "ab".repeat(32), null, null, null, "test", metadata, null, 0, tables, null, null,
				null, null, null, null);
	}

}
