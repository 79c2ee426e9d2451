package org.disclosure.index.elasticsearch;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class IndexTemplateTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void eachVersionBuildsItsOwnIndex() {
		IndexTemplate template = IndexTemplate.load(IndexDefinition.DISCLOSURES, ChineseAnalysis.NONE);

		assertThat(template.name()).isEqualTo("disclosures-v3");
		JsonNode json = JSON.readTree(template.json());
		assertThat(json.get("index_patterns").get(0).asString()).isEqualTo("disclosures-v3");
		assertThat(json.get("version").asInt()).isEqualTo(IndexDefinition.DISCLOSURES.version());
	}

	@Test
	void withoutAChinesePluginTextIsAnalysedPerCharacter() {
		JsonNode properties = properties(IndexTemplate.load(IndexDefinition.DISCLOSURES, ChineseAnalysis.NONE));

		assertThat(properties.at("/content/analyzer").asString()).isEqualTo("standard");
		assertThat(properties.at("/content/fields").isMissingNode()).isTrue();
		assertThat(properties.at("/title/fields/words").isMissingNode()).isTrue();
		assertThat(properties.at("/title/fields/keyword/type").asString()).isEqualTo("keyword");
	}

	@Test
	void withSmartcnTheTextFieldsGainAWordSegmentedSubfield() {
		JsonNode properties = properties(IndexTemplate.load(IndexDefinition.DISCLOSURES, ChineseAnalysis.SMARTCN));

		assertThat(properties.at("/content/analyzer").asString()).isEqualTo("standard");
		assertThat(properties.at("/content/fields/words/analyzer").asString()).isEqualTo("smartcn");
		assertThat(properties.at("/title/fields/words/analyzer").asString()).isEqualTo("smartcn");
		assertThat(properties.at("/title/fields/keyword/type").asString()).isEqualTo("keyword");
		assertThat(properties.at("/department/fields/words/analyzer").asString()).isEqualTo("smartcn");
		assertThat(properties.at("/department/fields/keyword/type").asString()).isEqualTo("keyword");
		assertThat(properties.at("/doc_id/fields").isMissingNode()).isTrue();
	}

	@Test
	void withIcuTheSubfieldUsesTheIcuAnalyzer() {
		JsonNode properties = properties(IndexTemplate.load(IndexDefinition.DISCLOSURES, ChineseAnalysis.ICU));

		assertThat(properties.at("/content/fields/words/analyzer").asString()).isEqualTo("icu_analyzer");
	}

	@Test
	void theFailuresTemplateLoadsToo() {
		IndexTemplate template = IndexTemplate.load(IndexDefinition.FAILURES, ChineseAnalysis.SMARTCN);

		assertThat(template.name()).isEqualTo("pipeline-failures-v1");
		assertThat(properties(template).at("/failure_id/type").asString()).isEqualTo("keyword");
	}

	@Test
	void releasedVersionsStayCommittedAndLoadable() {
		assertThat(IndexTemplate.load(IndexDefinition.DISCLOSURES.atVersion(2), ChineseAnalysis.NONE).name())
			.isEqualTo("disclosures-v2");
		assertThat(IndexTemplate.load(IndexDefinition.FACTS.atVersion(1), ChineseAnalysis.NONE).name())
			.isEqualTo("disclosure-facts-v1");
	}

	@Test
	void theFactsLabelsAreAlsoPerCharacterText() {
		JsonNode properties = properties(IndexTemplate.load(IndexDefinition.FACTS, ChineseAnalysis.NONE));

		for (String label : new String[] { "table_title", "row_label", "subject_name" }) {
			assertThat(properties.at("/" + label + "/type").asString()).isEqualTo("keyword");
			assertThat(properties.at("/" + label + "/fields/text/analyzer").asString()).isEqualTo("standard");
		}
	}

	@Test
	void aTemplateWhosePatternsMissItsIndexIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> IndexTemplate.load(new IndexDefinition("misnamed", 1), ChineseAnalysis.NONE))
			.withMessageContaining("index_patterns [misnamed-v1]");
	}

	@Test
	void aMissingTemplateIsReportedByName() {
		assertThatIllegalStateException()
			.isThrownBy(() -> IndexTemplate.load(new IndexDefinition("disclosures", 9), ChineseAnalysis.NONE))
			.withMessageContaining("disclosures.v9.json");
	}

	private static JsonNode properties(IndexTemplate template) {
		return JSON.readTree(template.json()).at("/template/mappings/properties");
	}

}
