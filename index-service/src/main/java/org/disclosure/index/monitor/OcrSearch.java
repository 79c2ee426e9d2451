package org.disclosure.index.monitor;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.disclosure.index.elasticsearch.IndexDefinition;

/**
 * What OCR did on the disclosures indexed in a window, from {@code disclosures}: the
 * documents with pages read by OCR, those pages and the time OCR took on them.
 */
public class OcrSearch {

	private static final String PAGES = "parse.ocr_pages";

	private static final String MILLIS = "parse.ocr_millis";

	private final ElasticsearchClient client;

	public OcrSearch(ElasticsearchClient client) {
		this.client = client;
	}

	/** OCR on the disclosures indexed in [from, to]. */
	public MonitorReport.Ocr figures(Instant from, Instant to) throws IOException {
		SearchResponse<Void> response = this.client.search((search) -> search.index(IndexDefinition.DISCLOSURES.alias())
			.size(0)
			.query((query) -> query.bool((bool) -> bool
				.filter((filter) -> filter.range((range) -> range
					.date((date) -> date.field("pipeline.indexed_at").gte(from.toString()).lte(to.toString()))))
				.filter((filter) -> filter.range((range) -> range.number((number) -> number.field(PAGES).gt(0.0))))))
			.aggregations("pages", (pages) -> pages.sum((sum) -> sum.field(PAGES)))
			.aggregations("millis", (millis) -> millis.sum((sum) -> sum.field(MILLIS))), Void.class);
		Map<String, Aggregate> aggregations = response.aggregations();
		long documents = (response.hits().total() != null) ? response.hits().total().value() : 0;
		long pages = Math.round(aggregations.get("pages").sum().value());
		long millis = Math.round(aggregations.get("millis").sum().value());
		return new MonitorReport.Ocr(documents, pages, millis, (pages > 0) ? millis / pages : null);
	}

}
