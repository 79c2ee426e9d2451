package org.disclosure.index.elasticsearch;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How index-service reaches Elasticsearch ({@code pipeline.elasticsearch.*}, e.g.
 * {@code PIPELINE_ELASTICSEARCH_URL}).
 *
 * @param url base URL of the cluster
 * @param username basic-auth user, none when security is off
 * @param password basic-auth password; never printed
 * @param chineseAnalysis the Chinese analysis plugin of the cluster, if any: adds a
 * word-segmented {@code .words} subfield to the text fields that ask for one
 * @param waitForRefresh whether a write returns only once the document is searchable, so
 * that {@code DocumentIndexed} means what it says
 * @param startupTimeout how long the service waits for the cluster at start
 */
@ConfigurationProperties("pipeline.elasticsearch")
public record ElasticsearchProperties(@DefaultValue("http://127.0.0.1:9200") URI url, String username, String password,
		@DefaultValue("none") ChineseAnalysis chineseAnalysis, @DefaultValue("true") boolean waitForRefresh,
		@DefaultValue("60s") Duration startupTimeout) {

	@Override
	public String toString() {
		return "ElasticsearchProperties[url=" + this.url + ", username=" + this.username + ", password="
				+ ((this.password != null) ? "******" : null) + ", chineseAnalysis=" + this.chineseAnalysis
				+ ", waitForRefresh=" + this.waitForRefresh + ", startupTimeout=" + this.startupTimeout + "]";
	}

}
