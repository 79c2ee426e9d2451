package org.disclosure.index.kibana;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.disclosure.index.elasticsearch.IndexDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kibana saved objects in {@code kibana/*.ndjson} import as they are: every line is
 * an object with a fixed id, references resolve inside the files, panels and controls
 * find their references, attributes are those Kibana 8.19's schemas accept, and every
 * field a data view, a Lens layer or a control uses exists in the current index
 * templates.
 */
class KibanaSavedObjectsTest {

	private static final Path KIBANA = Path.of("..", "kibana");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Indices without a Kibana data view: the event log is read by the monitor page
	 * ({@code /monitor}) and the status API.
	 */
	private static final Set<IndexDefinition> WITHOUT_DATA_VIEW = Set.of(IndexDefinition.EVENTS);

	private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

	private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

	/** Attributes Kibana 8.19 stores for each type (dashboard: its create schema). */
	private static final Map<String, Set<String>> ATTRIBUTES = Map.of("index-pattern",
			Set.of("title", "name", "timeFieldName", "fields", "fieldAttrs", "sourceFilters", "fieldFormatMap", "type",
					"typeMeta", "allowNoIndex", "runtimeFieldMap"),
			"lens", Set.of("title", "description", "visualizationType", "state"), "dashboard",
			Set.of("title", "description", "kibanaSavedObjectMeta", "timeRestore", "timeFrom", "timeTo",
					"refreshInterval", "controlGroupInput", "panelsJSON", "optionsJSON", "hits", "version"));

	private static final Set<String> CONTROL_GROUP_ATTRIBUTES = Set.of("panelsJSON", "controlStyle", "chainingSystem",
			"ignoreParentSettingsJSON", "showApplySelections");

	private static final Set<String> LENS_TYPES = Set.of("lnsXY", "lnsPie", "lnsMetric", "lnsDatatable");

	private static List<Path> files;

	private static List<SavedObject> objects;

	/** Data view id → the fields of the index its title names, from the templates. */
	private static Map<String, Map<String, Field>> fieldsByDataView;

	@BeforeAll
	static void load() throws IOException {
		try (var listing = Files.list(KIBANA)) {
			files = listing.filter((file) -> file.toString().endsWith(".ndjson")).sorted().toList();
		}
		objects = new ArrayList<>();
		for (Path file : files) {
			int number = 0;
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				number++;
				if (!line.isBlank()) {
					objects.add(new SavedObject(file.getFileName() + ":" + number, JSON.readTree(line)));
				}
			}
		}
		fieldsByDataView = new LinkedHashMap<>();
		for (SavedObject view : ofType("index-pattern")) {
			String alias = view.json().at("/attributes/title").asString();
			IndexDefinition.ALL.stream()
				.filter((definition) -> definition.alias().equals(alias))
				.findFirst()
				.ifPresent((definition) -> fieldsByDataView.put(view.id(), templateFields(definition)));
		}
	}

	@Test
	void theFilesHoldDataViewsLensVisualisationsAndDashboards() {
		assertThat(files).isNotEmpty();
		assertThat(objects).extracting(SavedObject::type).containsOnly("index-pattern", "lens", "dashboard");
		assertThat(ofType("dashboard")).extracting(SavedObject::id)
			.containsExactlyInAnyOrder("dashboard-disclosures", "dashboard-figures", "dashboard-findings",
					"dashboard-pipeline");
	}

	@Test
	void everyLineIsASavedObjectWithAFixedUniqueId() {
		Set<String> ids = new HashSet<>();
		for (SavedObject object : objects) {
			assertThat(object.json().isObject()).as(object.where()).isTrue();
			assertThat(object.id()).as(object.where()).matches("[a-z0-9-]+");
			assertThat(ids.add(object.id())).as(object.where() + " repeats id " + object.id()).isTrue();
			assertThat(object.json().has("attributes")).as(object.where()).isTrue();
			assertThat(object.json().get("references").isArray()).as(object.where()).isTrue();
			assertThat(object.json().get("coreMigrationVersion").asString()).as(object.where()).isEqualTo("8.8.0");
		}
	}

	@Test
	void attributesAreThoseKibanaAccepts() {
		for (SavedObject object : objects) {
			assertThat(object.json().get("attributes").propertyNames()).as(object.where())
				.isSubsetOf(ATTRIBUTES.get(object.type()));
			assertThat(object.json().at("/attributes/title").asString()).as(object.where()).isNotBlank();
		}
		for (SavedObject dashboard : ofType("dashboard")) {
			JsonNode controls = dashboard.json().at("/attributes/controlGroupInput");
			if (!controls.isMissingNode()) {
				assertThat(controls.propertyNames()).as(dashboard.where()).isSubsetOf(CONTROL_GROUP_ATTRIBUTES);
			}
			assertThat(parse(dashboard.json().at("/attributes/kibanaSavedObjectMeta/searchSourceJSON").asString())
				.isObject()).isTrue();
			assertThat(parse(dashboard.json().at("/attributes/optionsJSON").asString()).isObject()).isTrue();
		}
	}

	@Test
	void everyReferenceResolvesToAnObjectOfItsType() {
		Set<String> known = new HashSet<>();
		objects.forEach((object) -> known.add(object.type() + "/" + object.id()));
		for (SavedObject object : objects) {
			Set<String> names = new HashSet<>();
			for (JsonNode reference : object.json().get("references")) {
				String target = reference.get("type").asString() + "/" + reference.get("id").asString();
				assertThat(known).as(object.where() + " refers to " + target).contains(target);
				assertThat(names.add(reference.get("name").asString()))
					.as(object.where() + " repeats reference name " + reference.get("name"))
					.isTrue();
			}
		}
	}

	@Test
	void everyPanelFindsItsReferenceAndEveryPanelReferenceItsPanel() {
		for (SavedObject dashboard : ofType("dashboard")) {
			JsonNode panels = parse(dashboard.json().at("/attributes/panelsJSON").asString());
			assertThat(panels.isArray() && !panels.isEmpty()).as(dashboard.where()).isTrue();
			Map<String, JsonNode> references = referencesByName(dashboard);
			Set<String> used = new HashSet<>();
			Set<String> panelIndices = new HashSet<>();
			for (JsonNode panel : panels) {
				String index = panel.get("panelIndex").asString();
				assertThat(panelIndices.add(index)).as(dashboard.where() + " repeats panel " + index).isTrue();
				assertThat(panel.at("/gridData/i").asString()).isEqualTo(index);
				assertThat(panel.at("/gridData/x").asInt() + panel.at("/gridData/w").asInt()).isLessThanOrEqualTo(48);
				String refName = panel.get("panelRefName").asString();
				JsonNode reference = references.get(index + ":" + refName);
				assertThat(reference).as(dashboard.where() + " panel " + index + " has no reference " + refName)
					.isNotNull();
				assertThat(reference.get("type").asString()).isEqualTo(panel.get("type").asString());
				used.add(index + ":" + refName);
			}
			Set<String> panelReferences = new TreeSet<>(references.keySet());
			panelReferences.removeIf((name) -> name.startsWith("controlGroup_"));
			assertThat(used).as(dashboard.where() + ": references no panel uses").isEqualTo(panelReferences);
		}
	}

	@Test
	void everyControlFindsItsDataViewAndItsFieldIsAKeywordOrNumber() {
		for (SavedObject dashboard : ofType("dashboard")) {
			JsonNode controls = dashboard.json().at("/attributes/controlGroupInput/panelsJSON");
			if (controls.isMissingNode()) {
				continue;
			}
			Map<String, JsonNode> references = referencesByName(dashboard);
			for (Map.Entry<String, JsonNode> control : parse(controls.asString()).properties()) {
				String id = control.getKey();
				assertThat(control.getValue().at("/explicitInput/id").asString()).isEqualTo(id);
				JsonNode reference = references.get("controlGroup_" + id + ":optionsListDataView");
				assertThat(reference).as(dashboard.where() + " control " + id).isNotNull();
				String field = control.getValue().at("/explicitInput/fieldName").asString();
				Field mapped = fields(reference.get("id").asString()).get(field);
				assertThat(mapped).as(dashboard.where() + " control on " + field).isNotNull();
				assertThat(mapped.aggregatable()).as(dashboard.where() + " control on " + field).isTrue();
			}
		}
	}

	@Test
	void everyLensLayerFindsItsDataViewAndEveryColumnItsField() {
		for (SavedObject lens : ofType("lens")) {
			JsonNode attributes = lens.json().get("attributes");
			assertThat(LENS_TYPES).as(lens.where()).contains(attributes.get("visualizationType").asString());
			JsonNode layers = attributes.at("/state/datasourceStates/formBased/layers");
			assertThat(layers.isObject() && !layers.isEmpty()).as(lens.where()).isTrue();
			Map<String, JsonNode> references = referencesByName(lens);
			assertThat(references.keySet()).as(lens.where() + ": one reference per layer").hasSize(layers.size());
			Set<String> columnIds = new HashSet<>();
			for (Map.Entry<String, JsonNode> layer : layers.properties()) {
				JsonNode reference = references.get("indexpattern-datasource-layer-" + layer.getKey());
				assertThat(reference).as(lens.where() + " layer " + layer.getKey()).isNotNull();
				Map<String, Field> fields = fields(reference.get("id").asString());
				JsonNode columns = layer.getValue().get("columns");
				assertThat(layer.getValue().get("columnOrder")).extracting(JsonNode::asString)
					.as(lens.where())
					.containsExactlyInAnyOrderElementsOf(columns.propertyNames());
				for (Map.Entry<String, JsonNode> column : columns.properties()) {
					columnIds.add(column.getKey());
					String source = column.getValue().path("sourceField").asString("");
					if (source.isEmpty() || source.equals("___records___")) {
						continue;
					}
					Field field = fields.get(source);
					assertThat(field).as(lens.where() + " uses " + source).isNotNull();
					assertThat(field.aggregatable()).as(lens.where() + " aggregates " + source).isTrue();
					if (column.getValue().get("operationType").asString().equals("date_histogram")) {
						assertThat(field.type()).isEqualTo("date");
					}
					JsonNode orderBy = column.getValue().at("/params/orderBy/columnId");
					if (!orderBy.isMissingNode()) {
						assertThat(columns.has(orderBy.asString())).as(lens.where() + " orders by a column").isTrue();
					}
				}
			}
			List<String> accessors = new ArrayList<>();
			collectAccessors(attributes.at("/state/visualization"), accessors);
			assertThat(accessors).as(lens.where() + " shows columns").isNotEmpty();
			assertThat(columnIds).as(lens.where() + " shows only its columns").containsAll(accessors);
		}
	}

	@Test
	void everyLabelledFieldExistsAndEveryFieldHasAChineseAndEnglishLabel() {
		for (SavedObject view : ofType("index-pattern")) {
			JsonNode attributes = view.json().get("attributes");
			assertThat(fieldsByDataView).as(view.where() + " names an index of ours").containsKey(view.id());
			Map<String, Field> fields = fields(view.id());
			JsonNode labels = parse(attributes.get("fieldAttrs").asString());
			for (Map.Entry<String, JsonNode> label : labels.properties()) {
				assertThat(fields).as(view.where() + " labels " + label.getKey()).containsKey(label.getKey());
				String text = label.getValue().get("customLabel").asString();
				assertThat(CJK.matcher(text).find() && LATIN.matcher(text).find())
					.as(view.where() + " label of " + label.getKey() + ": " + text)
					.isTrue();
			}
			fields.forEach((name, field) -> {
				if (!field.subfield() && field.searchable()) {
					assertThat(labels.has(name)).as(view.where() + " has no label for " + name).isTrue();
				}
			});
			parse(attributes.get("fieldFormatMap").asString()).propertyNames()
				.forEach((name) -> assertThat(fields).as(view.where() + " formats " + name).containsKey(name));
			if (attributes.has("timeFieldName")) {
				Field time = fields.get(attributes.get("timeFieldName").asString());
				assertThat(time).as(view.where() + " time field").isNotNull();
				assertThat(time.type()).isEqualTo("date");
			}
		}
		assertThat(fieldsByDataView).hasSize(IndexDefinition.ALL.size() - WITHOUT_DATA_VIEW.size());
	}

	private static void collectAccessors(JsonNode node, List<String> accessors) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				String key = property.getKey();
				JsonNode value = property.getValue();
				if (key.endsWith("Accessor") && value.isString()) {
					accessors.add(value.asString());
				}
				else if ((key.equals("accessors") || key.equals("primaryGroups") || key.equals("metrics"))
						&& value.isArray()) {
					value.forEach((accessor) -> accessors.add(accessor.asString()));
				}
				else if (key.equals("columnId") && value.isString()) {
					accessors.add(value.asString());
				}
				else {
					collectAccessors(value, accessors);
				}
			}
		}
		else if (node.isArray()) {
			node.forEach((element) -> collectAccessors(element, accessors));
		}
	}

	private static Map<String, Field> fields(String dataViewId) {
		Map<String, Field> fields = fieldsByDataView.get(dataViewId);
		assertThat(fields).as("data view " + dataViewId).isNotNull();
		return fields;
	}

	/** Every field of the template of {@code definition}, subfields included. */
	private static Map<String, Field> templateFields(IndexDefinition definition) {
		try (InputStream in = KibanaSavedObjectsTest.class.getClassLoader()
			.getResourceAsStream(definition.templateResource())) {
			Map<String, Field> fields = new LinkedHashMap<>();
			collectFields("", JSON.readTree(in).at("/template/mappings/properties"), fields);
			return fields;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void collectFields(String prefix, JsonNode properties, Map<String, Field> fields) {
		for (Map.Entry<String, JsonNode> property : properties.properties()) {
			String name = prefix + property.getKey();
			JsonNode mapping = property.getValue();
			if (mapping.has("properties")) {
				collectFields(name + ".", mapping.get("properties"), fields);
				continue;
			}
			String type = mapping.path("type").asString("object");
			boolean searchable = !mapping.path("enabled").asBoolean(true) ? false : !type.equals("object");
			fields.put(name, new Field(type, searchable, false));
			for (Map.Entry<String, JsonNode> subfield : mapping.path("fields").properties()) {
				fields.put(name + "." + subfield.getKey(),
						new Field(subfield.getValue().path("type").asString(), true, true));
			}
		}
	}

	private static Map<String, JsonNode> referencesByName(SavedObject object) {
		Map<String, JsonNode> references = new LinkedHashMap<>();
		object.json()
			.get("references")
			.forEach((reference) -> references.put(reference.get("name").asString(), reference));
		return references;
	}

	private static List<SavedObject> ofType(String type) {
		return objects.stream().filter((object) -> object.type().equals(type)).toList();
	}

	private static JsonNode parse(String json) {
		return JSON.readTree(json);
	}

	/** One line of an ndjson file. */
	private record SavedObject(String where, JsonNode json) {

		String id() {
			return this.json.path("id").asString();
		}

		String type() {
			return this.json.path("type").asString();
		}

	}

	/** A mapped field: its type, whether it is indexed, whether it is a subfield. */
	private record Field(String type, boolean searchable, boolean subfield) {

		private static final Set<String> AGGREGATABLE = new LinkedHashSet<>(
				List.of("keyword", "integer", "long", "double", "date", "boolean"));

		boolean aggregatable() {
			return this.searchable && AGGREGATABLE.contains(this.type);
		}

	}

}
