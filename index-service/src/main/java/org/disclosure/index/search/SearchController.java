package org.disclosure.index.search;

import java.io.IOException;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The search API over {@code disclosures}. */
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
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "10") int size) throws IOException {
		return this.search.search(new SearchQuery(q, province, city, county, year, kind, status, page, size));
	}

	@GetMapping("/documents/{docId}")
	ObjectNode document(@PathVariable String docId) throws IOException {
		return this.search.document(docId).orElseThrow(() -> new DocumentNotFoundException(docId));
	}

}
