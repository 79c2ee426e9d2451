package org.disclosure.index.elasticsearch;

import java.util.List;

/**
 * An index written and read through an alias, built from a versioned template. Version
 * {@code n} of {@code alias} lives in the concrete index {@code alias-vn}, created from
 * {@code elasticsearch/templates/alias.vn.json}; a new version gets a new index and the
 * alias moves to it once the pipeline has been replayed into it. Released versions stay
 * committed, unchanged, beside the current one.
 */
public record IndexDefinition(String alias, int version) {

	/** One document per disclosure, id = doc_id. */
	public static final IndexDefinition DISCLOSURES = new IndexDefinition("disclosures", 5);

	/** One document per numeric table cell, id = doc_id:table:row:column. */
	public static final IndexDefinition FACTS = new IndexDefinition("disclosure-facts", 4);

	/** One document per failure, id = failure_id. */
	public static final IndexDefinition FAILURES = new IndexDefinition("pipeline-failures", 1);

	/** One document per finding of the rule catalogue, id = doc_id:n. */
	public static final IndexDefinition FINDINGS = new IndexDefinition("disclosure-findings", 3);

	/**
	 * The event log: one document per record of every pipeline topic, id =
	 * topic/partition/offset.
	 */
	public static final IndexDefinition EVENTS = new IndexDefinition("pipeline-events", 1);

	/** Every index the service installs at start. */
	public static final List<IndexDefinition> ALL = List.of(DISCLOSURES, FACTS, FINDINGS, FAILURES, EVENTS);

	/** The same alias at another version, e.g. the one before this. */
	public IndexDefinition atVersion(int otherVersion) {
		return new IndexDefinition(this.alias, otherVersion);
	}

	/** The concrete index of this version, e.g. {@code disclosures-v1}. */
	public String indexName() {
		return this.alias + "-v" + this.version;
	}

	/** The template's name in the cluster: one template per version. */
	public String templateName() {
		return indexName();
	}

	/** The classpath resource holding the template. */
	public String templateResource() {
		return "elasticsearch/templates/" + this.alias + ".v" + this.version + ".json";
	}

}
