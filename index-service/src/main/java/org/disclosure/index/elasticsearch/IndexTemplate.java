package org.disclosure.index.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A composable index template read from its committed JSON file. Text fields named in the
 * template's {@code _meta.word_segmented_fields} get a {@code .words} subfield when the
 * cluster has a Chinese analysis plugin.
 *
 * @param name the template's name in the cluster
 * @param json the request body for {@code PUT _index_template/<name>}
 */
public record IndexTemplate(String name, String json) {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/**
	 * Loads the template of {@code definition} for a cluster offering {@code analysis}.
	 */
	public static IndexTemplate load(IndexDefinition definition, ChineseAnalysis analysis) {
		ObjectNode template = read(definition.templateResource());
		checkPatterns(definition, template);
		if (analysis.analyzer() != null) {
			addWordSubfields(template, analysis.analyzer());
		}
		return new IndexTemplate(definition.templateName(), MAPPER.writeValueAsString(template));
	}

	private static ObjectNode read(String resource) {
		try (InputStream in = IndexTemplate.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No index template " + resource + " on the classpath");
			}
			return (ObjectNode) MAPPER.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read index template " + resource, ex);
		}
	}

	private static void checkPatterns(IndexDefinition definition, ObjectNode template) {
		boolean matches = template.path("index_patterns")
			.valueStream()
			.anyMatch((pattern) -> pattern.asString().equals(definition.indexName()));
		if (!matches) {
			throw new IllegalStateException(definition.templateResource() + " must have index_patterns ["
					+ definition.indexName() + "], so each version builds its own index");
		}
	}

	private static void addWordSubfields(ObjectNode template, String analyzer) {
		JsonNode properties = template.path("template").path("mappings").path("properties");
		for (JsonNode fieldName : template.path("_meta").path("word_segmented_fields")) {
			JsonNode field = properties.path(fieldName.asString());
			if (!(field instanceof ObjectNode text) || !"text".equals(field.path("type").asString())) {
				throw new IllegalStateException("Word-segmented field " + fieldName + " is not a text field");
			}
			ObjectNode fields = (text.get("fields") instanceof ObjectNode existing) ? existing
					: text.putObject("fields");
			fields.putObject("words").put("type", "text").put("analyzer", analyzer);
		}
	}

}
