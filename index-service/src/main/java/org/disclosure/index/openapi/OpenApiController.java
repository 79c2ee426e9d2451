package org.disclosure.index.openapi;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the hand-written OpenAPI 3.1 description of index-service's API, committed as
 * {@code openapi/openapi.yaml}; {@code OpenApiDescriptionTest} keeps it in step with the
 * controllers.
 */
@RestController
@RequestMapping("/api/v1")
class OpenApiController {

	static final String RESOURCE = "openapi/openapi.yaml";

	static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");

	@GetMapping("/openapi.yaml")
	ResponseEntity<Resource> openApi() {
		return ResponseEntity.ok().contentType(YAML).body(new ClassPathResource(RESOURCE));
	}

}
