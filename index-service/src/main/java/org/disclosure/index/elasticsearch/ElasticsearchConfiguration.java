package org.disclosure.index.elasticsearch;

import java.time.Clock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.disclosure.support.blob.BlobStore;
import org.disclosure.support.events.EventCodec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Elasticsearch side of index-service. The indices are installed while the context
 * starts, before any listener can write.
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

	@Bean(destroyMethod = "close")
	ElasticsearchClient elasticsearchClient(ElasticsearchProperties properties) {
		return ElasticsearchClients.connect(properties);
	}

	@Bean(initMethod = "install")
	IndexInstaller indexInstaller(ElasticsearchClient client, ElasticsearchProperties properties) {
		return new IndexInstaller(client, IndexDefinition.ALL, properties.chineseAnalysis(),
				properties.startupTimeout());
	}

	@Bean
	BulkWriter bulkWriter(ElasticsearchClient client, ElasticsearchProperties properties, IndexInstaller installed) {
		return new BulkWriter(client, properties.waitForRefresh());
	}

	@Bean
	DisclosureIndexer disclosureIndexer(ElasticsearchClient client, BulkWriter writer, BlobStore blobs) {
		return new DisclosureIndexer(writer, new PartsIndexer(client), blobs, Clock.systemUTC());
	}

	@Bean
	FailureIndexer failureIndexer(BulkWriter writer) {
		return new FailureIndexer(writer);
	}

	@Bean
	EventLogIndexer eventLogIndexer(ElasticsearchClient client, EventCodec codec, IndexInstaller installed) {
		return new EventLogIndexer(new BulkWriter(client, false), codec);
	}

	@Bean
	ElasticsearchHealthIndicator elasticsearchHealthIndicator(ElasticsearchClient client) {
		return new ElasticsearchHealthIndicator(client);
	}

}
