package org.disclosure.index.elasticsearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * Replaces the parts of one disclosure (its facts, its findings) in an index of parts:
 * writes the new ones, then deletes those of an earlier version that the new one no
 * longer has. (The minimal Elasticsearch has no delete-by-query, so stale ids are listed
 * and deleted in bulk.)
 */
public class PartsIndexer {

	private static final int PAGE = 1000;

	private final ElasticsearchClient client;

	private final BulkWriter writer;

	public PartsIndexer(ElasticsearchClient client, BulkWriter writer) {
		this.client = client;
		this.writer = writer;
	}

	/**
	 * Makes {@code partsById} the only parts of {@code docId} in the current version of
	 * {@code index}, whose documents carry their own id in {@code idField}; returns how
	 * many were removed.
	 */
	public int replace(IndexDefinition index, String idField, String docId, Map<String, ?> partsById) {
		String target = index.indexName();
		this.writer.write(target, partsById);
		List<String> stale = new ArrayList<>();
		for (String id : existingIds(target, idField, docId)) {
			if (!partsById.containsKey(id)) {
				stale.add(id);
			}
		}
		this.writer.delete(target, stale);
		return stale.size();
	}

	private Set<String> existingIds(String target, String idField, String docId) {
		Set<String> ids = new HashSet<>();
		List<FieldValue> after = null;
		try {
			while (true) {
				List<FieldValue> from = after;
				SearchResponse<Void> page = this.client.search((search) -> {
					search.index(target)
						.size(PAGE)
						.source((source) -> source.fetch(false))
						.query((query) -> query.term((term) -> term.field("doc_id").value(docId)))
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
			throw new IndexWriteException("Cannot list the parts of " + docId + " in " + target, ex);
		}
	}

}
