package org.disclosure.index.elasticsearch;

/**
 * A Chinese word-segmenting analyzer the cluster may offer. The minimal Elasticsearch we
 * run locally has none, so the default is {@link #NONE}: the {@code standard} analyzer's
 * one token per character already makes phrase queries exact.
 */
public enum ChineseAnalysis {

	/** No plugin: no word-segmented subfield. */
	NONE(null),

	/** The analysis-smartcn plugin. */
	SMARTCN("smartcn"),

	/** The analysis-icu plugin. */
	ICU("icu_analyzer");

	private final String analyzer;

	ChineseAnalysis(String analyzer) {
		this.analyzer = analyzer;
	}

	/** The analyzer name, null for {@link #NONE}. */
	public String analyzer() {
		return this.analyzer;
	}

}
