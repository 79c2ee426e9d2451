package org.disclosure.index.elasticsearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.disclosure.index.documents.FactDocument;

/**
 * Replaces the facts of one disclosure in {@code disclosure-facts}: writes the new ones,
 * then deletes those of an earlier parse that the new one no longer has. (The minimal
 * Elasticsearch has no delete-by-query, so stale ids are listed and deleted in bulk.)
 */
public class FactIndexer {

	private static final int PAGE = 1000;

	private final ElasticsearchClient client;

	private final BulkWriter writer;

	public FactIndexer(ElasticsearchClient client, BulkWriter writer) {
		this.client = client;
		this.writer = writer;
	}

	/**
	 * Makes {@code facts} the only facts of {@code docId}; returns how many were removed.
	 */
	public int replace(String docId, List<FactDocument> facts) {
		String alias = IndexDefinition.FACTS.alias();
		Map<String, FactDocument> byId = new LinkedHashMap<>();
		facts.forEach((fact) -> byId.put(fact.factId(), fact));
		this.writer.write(alias, byId);
		List<String> stale = new ArrayList<>();
		for (String id : existingIds(docId)) {
			if (!byId.containsKey(id)) {
				stale.add(id);
			}
		}
		this.writer.delete(alias, stale);
		return stale.size();
	}

	private Set<String> existingIds(String docId) {
		Set<String> ids = new HashSet<>();
		List<FieldValue> after = null;
		try {
			while (true) {
				List<FieldValue> from = after;
				SearchResponse<Void> page = this.client.search((search) -> {
					search.index(IndexDefinition.FACTS.alias())
						.size(PAGE)
						.source((source) -> source.fetch(false))
						.query((query) -> query.term((term) -> term.field("doc_id").value(docId)))
						.sort((sort) -> sort.field((field) -> field.field("fact_id").order(SortOrder.Asc)));
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
			throw new IndexWriteException("Cannot list the facts of " + docId, ex);
		}
	}

}
