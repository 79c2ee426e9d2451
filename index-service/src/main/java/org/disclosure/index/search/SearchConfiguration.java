package org.disclosure.index.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.disclosure.index.elasticsearch.ElasticsearchProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search side of index-service. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	DisclosureSearch disclosureSearch(ElasticsearchClient client, ElasticsearchProperties properties) {
		return new DisclosureSearch(client, properties.chineseAnalysis());
	}

}
