package org.disclosure.index.search;

import java.io.IOException;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search API over {@code disclosures}; {@code openapi.yaml} describes every
 * parameter.
 */
@RestController
@RequestMapping("/api/v1")
class SearchController {

	private final DisclosureSearch search;

	SearchController(DisclosureSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	SearchResult search(@RequestParam(required = false) String q, @RequestParam(required = false) String province,
			@RequestParam(required = false) String city, @RequestParam(required = false) String county,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String scope, @RequestParam(required = false) String part,
			@RequestParam(required = false) String status, @RequestParam(required = false) String coverage,
			@RequestParam(required = false) List<String> table, @RequestParam(required = false) String rule,
			@RequestParam(required = false) String severity,
			@RequestParam(name = "skipped_rule", required = false) String skippedRule,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String order,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "10") int size)
			throws IOException {
		return this.search.search(
				new SearchQuery(q, province, city, county, year, kind, scope, part, status, CoverageRange.of(coverage),
						table, rule, severity, skippedRule, SearchSort.of(sort), order, page, size));
	}

	@GetMapping("/documents/{doc_id}")
	ObjectNode document(@PathVariable("doc_id") String docId) throws IOException {
		return this.search.document(docId).orElseThrow(() -> DocumentNotFoundException.notIndexed(docId));
	}

}
