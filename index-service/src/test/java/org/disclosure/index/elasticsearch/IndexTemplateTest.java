package org.disclosure.index.elasticsearch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.disclosure.contracts.Stage;
import org.disclosure.index.documents.EventOutcome;
import org.disclosure.index.documents.PipelineEventDocument;
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

		assertThat(template.name()).isEqualTo("disclosures-v5");
		JsonNode json = JSON.readTree(template.json());
		assertThat(json.get("index_patterns").get(0).asString()).isEqualTo("disclosures-v5");
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
	void theEventLogTemplateMapsEveryFieldTheLogWrites() {
		JsonNode properties = properties(IndexTemplate.load(IndexDefinition.EVENTS, ChineseAnalysis.SMARTCN));
		PipelineEventDocument everything = new PipelineEventDocument("t/0/1", "doc", "key", "t", 0, 1, Stage.PARSE,
				EventOutcome.DEAD_LETTERED, "type", Instant.EPOCH, Instant.EPOCH, 1L, 2L, "reason", "message",
				"failure", "t", 0, 1L, "replay", new PipelineEventDocument.Source("url", "file"));

		JsonNode json = JSON.valueToTree(everything);

		assertThat(template(IndexDefinition.EVENTS).name()).isEqualTo("pipeline-events-v1");
		for (String field : json.propertyNames()) {
			assertThat(properties.has(field)).as(field).isTrue();
		}
		assertThat(properties.at("/source/properties").propertyNames()).containsExactlyInAnyOrder("url", "file_name");
		assertThat(properties.at("/at/type").asString()).isEqualTo("date");
		assertThat(properties.at("/latency_ms/type").asString()).isEqualTo("long");
		assertThat(properties.at("/doc_id/type").asString()).isEqualTo("keyword");
	}

	@Test
	void releasedVersionsStayCommittedAndLoadable() {
		assertThat(IndexTemplate.load(IndexDefinition.DISCLOSURES.atVersion(2), ChineseAnalysis.NONE).name())
			.isEqualTo("disclosures-v2");
		assertThat(IndexTemplate.load(IndexDefinition.FACTS.atVersion(1), ChineseAnalysis.NONE).name())
			.isEqualTo("disclosure-facts-v1");
		assertThat(IndexTemplate.load(IndexDefinition.DISCLOSURES.atVersion(3), ChineseAnalysis.NONE).name())
			.isEqualTo("disclosures-v3");
		assertThat(IndexTemplate.load(IndexDefinition.FACTS.atVersion(2), ChineseAnalysis.NONE).name())
			.isEqualTo("disclosure-facts-v2");
		assertThat(IndexTemplate.load(IndexDefinition.FINDINGS.atVersion(1), ChineseAnalysis.NONE).name())
			.isEqualTo("disclosure-findings-v1");
	}

	@Test
	void eachNewVersionKeepsEveryFieldOfTheVersionBeforeWithItsType() {
		for (IndexDefinition current : List.of(IndexDefinition.DISCLOSURES, IndexDefinition.FACTS,
				IndexDefinition.FINDINGS)) {
			JsonNode before = properties(template(current.atVersion(current.version() - 1)));
			JsonNode now = properties(template(current));
			assertThat(types("", now)).as(current.indexName()).containsAllEntriesOf(types("", before));
		}
		JsonNode disclosures = properties(template(IndexDefinition.DISCLOSURES));
		assertThat(disclosures.at("/validation/properties/coverage/type").asString()).isEqualTo("double");
		assertThat(disclosures.at("/validation/properties/skipped/enabled").asBoolean(true)).isFalse();
		assertThat(disclosures.at("/table_contents/enabled").asBoolean(true)).isFalse();
		assertThat(disclosures.at("/completeness/properties/extra/type").asString()).isEqualTo("keyword");
		assertThat(properties(template(IndexDefinition.FACTS)).at("/printed_amount/type").asString())
			.isEqualTo("double");
		assertThat(properties(template(IndexDefinition.FINDINGS)).at("/documents/type").asString())
			.isEqualTo("keyword");
	}

	/** Dotted path → mapping type of every field under {@code properties}. */
	private static Map<String, String> types(String prefix, JsonNode properties) {
		Map<String, String> types = new TreeMap<>();
		for (Map.Entry<String, JsonNode> field : properties.properties()) {
			String path = prefix + field.getKey();
			if (field.getValue().has("properties")) {
				types.putAll(types(path + ".", field.getValue().get("properties")));
			}
			else {
				types.put(path, field.getValue().path("type").asString("object"));
			}
		}
		return types;
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

	private static IndexTemplate template(IndexDefinition definition) {
		return IndexTemplate.load(definition, ChineseAnalysis.NONE);
	}

	private static JsonNode properties(IndexTemplate template) {
		return JSON.readTree(template.json()).at("/template/mappings/properties");
	}

}
