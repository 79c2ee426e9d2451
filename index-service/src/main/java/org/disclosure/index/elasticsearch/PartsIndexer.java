package org.disclosure.index.elasticsearch;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * Lists the parts of disclosures (their facts, their findings) an index of parts holds,
 * so that a new version of a disclosure can delete those it no longer has. (The minimal
 * Elasticsearch has no delete-by-query, so stale ids are listed and deleted in bulk.) The
 * search sees what earlier writes made searchable: the indexer waits for that before it
 * announces a disclosure indexed.
 */
public class PartsIndexer {

	private static final int PAGE = 5000;

	private final ElasticsearchClient client;

	public PartsIndexer(ElasticsearchClient client) {
		this.client = client;
	}

	/**
	 * The ids of the parts of {@code docIds} in the current version of {@code index},
	 * whose documents carry their own id in {@code idField}: one search, paged, for all.
	 */
	public Set<String> existingIds(IndexDefinition index, String idField, Collection<String> docIds) {
		Set<String> ids = new HashSet<>();
		if (docIds.isEmpty()) {
			return ids;
		}
		String target = index.indexName();
		List<FieldValue> values = docIds.stream().map(FieldValue::of).toList();
		List<FieldValue> after = null;
		try {
			while (true) {
				List<FieldValue> from = after;
				SearchResponse<Void> page = this.client.search((search) -> {
					search.index(target)
						.size(PAGE)
						.source((source) -> source.fetch(false))
						.query((query) -> query
							.terms((terms) -> terms.field("doc_id").terms((list) -> list.value(values))))
						.sort((sort) -> sort.field((field) -> field.field(idField).order(SortOrder.Asc)));
					if (from != null) {
						search.searchAfter(from);
					}
					return search;
				}, Void.class);
				List<Hit<Void>> hits = page.hits().hits();
				hits.forEach((hit) -> ids.add(hit.id()));
				if (hits.size() < PAGE) {
					return ids;
				}
				after = hits.get(hits.size() - 1).sort();
			}
		}
		catch (IOException ex) {
			throw new IndexWriteException("Cannot list the parts of " + docIds.size() + " disclosures in " + target,
					ex);
		}
	}

}
