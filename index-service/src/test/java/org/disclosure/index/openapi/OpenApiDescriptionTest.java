package org.disclosure.index.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed OpenAPI description and the controllers say the same: every mapping of
 * every controller is described with each of its parameters, and nothing is described
 * that no controller serves.
 */
class OpenApiDescriptionTest {

	private static Map<String, Object> description;

	private static List<Operation> operations;

	@BeforeAll
	static void load() throws ClassNotFoundException {
		try (InputStream in = OpenApiDescriptionTest.class.getClassLoader()
			.getResourceAsStream(OpenApiController.RESOURCE)) {
			description = new Yaml().load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		operations = controllerOperations();
	}

	@Test
	void itIsOpenApi31() {
		assertThat(description.get("openapi")).isEqualTo("3.1.0");
		assertThat(map(description.get("info"))).containsKeys("title", "version");
	}

	@Test
	void theControllersAreFound() {
		assertThat(operations).extracting(Operation::key)
			.contains("GET /api/v1/search", "GET /api/v1/documents/{doc_id}", "POST /api/v1/reindex",
					"GET /api/v1/reindex", "GET /api/v1/openapi.yaml", "GET /api/v1/documents/{doc_id}/status",
					"GET /api/v1/monitor");
	}

	@Test
	void everyControllerMappingIsDescribedWithItsParameters() {
		for (Operation operation : operations) {
			Map<String, Object> described = describedOperation(operation.method(), operation.path());
			assertThat(described).as(operation.key() + " is not in openapi.yaml").isNotNull();
			assertThat(described).as(operation.key()).containsKeys("operationId", "summary", "responses");
			assertThat(describedParameters(described)).as(operation.key() + " parameters")
				.isEqualTo(operation.parameters());
		}
	}

	@Test
	void nothingIsDescribedThatNoControllerServes() {
		Set<String> served = new TreeSet<>(operations.stream().map(Operation::key).toList());
		Set<String> described = new TreeSet<>();
		map(description.get("paths")).forEach((path, item) -> map(item).keySet()
			.forEach((method) -> described.add(method.toUpperCase(Locale.ROOT) + " " + path)));

		assertThat(described).isEqualTo(served);
	}

	@Test
	void everySchemaReferenceResolves() {
		Set<String> schemas = map(map(description.get("components")).get("schemas")).keySet();
		Set<String> responses = map(map(description.get("components")).get("responses")).keySet();
		List<String> references = new ArrayList<>();
		collectReferences(description, references);

		assertThat(references).isNotEmpty().allSatisfy((reference) -> {
			if (reference.startsWith("#/components/schemas/")) {
				assertThat(schemas).contains(reference.substring("#/components/schemas/".length()));
			}
			else {
				assertThat(reference).startsWith("#/components/responses/");
				assertThat(responses).contains(reference.substring("#/components/responses/".length()));
			}
		});
	}

	private static Map<String, Object> describedOperation(String method, String path) {
		Map<String, Object> item = map(map(description.get("paths")).get(path));
		return (item != null) ? map(item.get(method.toLowerCase(Locale.ROOT))) : null;
	}

	private static Set<String> describedParameters(Map<String, Object> operation) {
		Set<String> parameters = new TreeSet<>();
		Object list = operation.get("parameters");
		if (list instanceof List<?> items) {
			for (Object item : items) {
				parameters.add(map(item).get("in") + ":" + map(item).get("name"));
			}
		}
		return parameters;
	}

	private static List<Operation> controllerOperations() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
		List<Operation> found = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.disclosure.index")) {
			Class<?> controller = ClassUtils.forName(candidate.getBeanClassName(),
					OpenApiDescriptionTest.class.getClassLoader());
			RequestMapping base = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
			String prefix = (base != null && base.path().length > 0) ? base.path()[0] : "";
			for (Method method : controller.getDeclaredMethods()) {
				RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
				if (mapping == null) {
					continue;
				}
				Set<String> parameters = new TreeSet<>();
				for (Parameter parameter : method.getParameters()) {
					RequestParam query = AnnotatedElementUtils.findMergedAnnotation(parameter, RequestParam.class);
					PathVariable path = AnnotatedElementUtils.findMergedAnnotation(parameter, PathVariable.class);
					RequestHeader header = AnnotatedElementUtils.findMergedAnnotation(parameter, RequestHeader.class);
					if (query != null) {
						parameters.add("query:" + name(query.name(), parameter));
					}
					if (path != null) {
						parameters.add("path:" + name(path.name(), parameter));
					}
					if (header != null) {
						parameters.add("header:" + name(header.name(), parameter));
					}
				}
				for (var httpMethod : mapping.method()) {
					for (String path : (mapping.path().length > 0) ? mapping.path() : new String[] { "" }) {
						found.add(new Operation(httpMethod.name(), prefix + path, parameters));
					}
				}
			}
		}
		return found;
	}

	private static String name(String declared, Parameter parameter) {
		return declared.isEmpty() ? parameter.getName() : declared;
	}

	private static void collectReferences(Object node, List<String> references) {
		if (node instanceof Map<?, ?> object) {
			object.forEach((key, value) -> {
				if ("$ref".equals(key)) {
					references.add(value.toString());
				}
				else {
					collectReferences(value, references);
				}
			});
		}
		else if (node instanceof List<?> list) {
			list.forEach((item) -> collectReferences(item, references));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	private record Operation(String method, String path, Set<String> parameters) {

		String key() {
			return this.method + " " + this.path;
		}

	}

}
