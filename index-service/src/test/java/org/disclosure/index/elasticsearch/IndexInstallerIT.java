package org.disclosure.index.elasticsearch;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.indices.IndexTemplate;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import org.disclosure.index.RealElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Installing the indices on a real, empty cluster; and again; and after a new version.
 */
class IndexInstallerIT {

	private static ElasticsearchClient client;

	@BeforeAll
	static void connect() {
		client = RealElasticsearch.client();
		RealElasticsearch.freshIndices(client);
	}

	@AfterAll
	static void disconnect() throws IOException {
		client.close();
	}

	@Test
	void templatesIndicesAndAliasesAreInstalledAndInstallingAgainChangesNothing() throws IOException {
		RealElasticsearch.installer(client).install();
		RealElasticsearch.installer(client).install();

		for (IndexDefinition definition : IndexDefinition.ALL) {
			IndexTemplate template = client.indices()
				.getIndexTemplate((get) -> get.name(definition.templateName()))
				.indexTemplates()
				.get(0)
				.indexTemplate();
			assertThat(template.indexPatterns()).containsExactly(definition.indexName());
			assertThat(template.version()).isEqualTo((long) definition.version());
			assertThat(aliasHolders(definition.alias())).containsOnlyKeys(definition.indexName());
			assertThat(aliasHolders(definition.alias()).get(definition.indexName())
				.aliases()
				.get(definition.alias())
				.isWriteIndex()).isTrue();
		}
		assertThat(client.indices()
			.get((get) -> get.index("disclosures-v*", "disclosure-facts-v*", "disclosure-findings-v*",
					"pipeline-failures-v*"))
			.result()).containsOnlyKeys("disclosures-v5", "disclosure-facts-v4", "disclosure-findings-v3",
					"pipeline-failures-v1");
	}

	@Test
	void theMappingIsStrictAndFitsTheMinimalDistribution() throws IOException {
		var mappings = client.indices()
			.getMapping((get) -> get.index("disclosures-v5"))
			.result()
			.get("disclosures-v5")
			.mappings();

		assertThat(mappings.dynamic().jsonValue()).isEqualTo("strict");
		assertThat(mappings.properties().get("fiscal_year").isInteger()).isTrue();
		assertThat(mappings.properties().get("content").text().analyzer()).isEqualTo("standard");
		assertThat(mappings.properties().get("totals").object().properties().get("revenue").isDouble()).isTrue();
		assertThat(mappings.properties().get("published").date().format())
			.isEqualTo("yyyy-MM||yyyy-MM-dd||strict_date_optional_time");
		assertThat(mappings.properties().get("validation").object().properties().get("finding_rules").isKeyword())
			.isTrue();
		assertThat(mappings.properties().get("table_contents").object().enabled()).isFalse();
		var validation = mappings.properties().get("validation").object().properties();
		assertThat(validation.get("coverage").isDouble()).isTrue();
		assertThat(validation.get("skipped_rules").isKeyword()).isTrue();
		assertThat(validation.get("skipped").object().enabled()).isFalse();
		assertThat(mappings.properties().get("publication").object().properties().get("linked").isKeyword()).isTrue();
		assertThat(mappings.properties().get("figures").object().enabled()).isFalse();
		var facts = client.indices()
			.getMapping((get) -> get.index("disclosure-facts-v4"))
			.result()
			.get("disclosure-facts-v4")
			.mappings();
		assertThat(facts.properties().get("row_label").keyword().fields().get("text").text().analyzer())
			.isEqualTo("standard");
		assertThat(facts.properties().get("printed_amount").isDouble()).isTrue();
		assertThat(facts.properties().get("fact_id").keyword().index()).as("the _id again: doc values only").isFalse();
		assertThat(facts.properties().get("fact_id").keyword().docValues()).as("sorted by when listing a disclosure's")
			.isNotEqualTo(Boolean.FALSE);
		assertThat(facts.properties().get("row_label").keyword().fields().get("text").text().norms()).isFalse();
		assertThat(facts.properties().get("ocr_confidence").isFloat()).isTrue();
		var findings = client.indices()
			.getMapping((get) -> get.index("disclosure-findings-v3"))
			.result()
			.get("disclosure-findings-v3")
			.mappings();
		assertThat(findings.dynamic().jsonValue()).isEqualTo("strict");
		assertThat(findings.properties().get("page").isInteger()).isTrue();
		assertThat(findings.properties().get("documents").isKeyword()).isTrue();
	}

	@Test
	void aNewTemplateVersionGetsANewIndexButTheAliasMovesOnlyWhenSwitched() throws IOException {
		IndexDefinition first = new IndexDefinition("switching", 1);
		IndexDefinition second = new IndexDefinition("switching", 2);
		installer(first).install();
		client.index((index) -> index.index("switching").id("a").document(Map.of("name", "old")).refresh(Refresh.True));
		assertThat(installer(first).pending()).isEmpty();

		IndexInstaller current = installer(second);
		current.install();
		current.install();

		assertThat(aliasHolders("switching")).containsOnlyKeys("switching-v1");
		assertThat(client.indices().exists((exists) -> exists.index("switching-v2")).value()).isTrue();
		assertThat(current.pending())
			.containsExactly(new AliasSwitch("switching", List.of("switching-v1"), "switching-v2"));
		client.index((index) -> index.index("switching-v2").id("b").document(Map.of("added_in_v2", "new")));

		assertThat(current.switchAll())
			.containsExactly(new AliasSwitch("switching", List.of("switching-v1"), "switching-v2"));

		assertThat(aliasHolders("switching")).containsOnlyKeys("switching-v2");
		assertThat(client.count((count) -> count.index("switching")).count()).isOne();
		assertThat(current.pending()).isEmpty();
		assertThat(current.switchAll()).isEmpty();
		client.index((index) -> index.index("switching").id("c").document(Map.of("added_in_v2", "through the alias")));
	}

	private static IndexInstaller installer(IndexDefinition definition) {
		return new IndexInstaller(client, List.of(definition), ChineseAnalysis.NONE, Duration.ofSeconds(30));
	}

	private static Map<String, IndexAliases> aliasHolders(String alias) throws IOException {
		return client.indices().getAlias((get) -> get.name(alias)).result();
	}

}
