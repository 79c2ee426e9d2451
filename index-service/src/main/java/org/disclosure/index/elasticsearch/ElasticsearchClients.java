package org.disclosure.index.elasticsearch;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the Elasticsearch client from our own properties (Boot's Elasticsearch
 * auto-configuration is not used). Documents are (de)serialised by Jackson 3, as events
 * are.
 */
public final class ElasticsearchClients {

	private ElasticsearchClients() {
	}

	/** A client for {@code properties}; closing it closes its connections. */
	public static ElasticsearchClient connect(ElasticsearchProperties properties) {
		RestClientBuilder builder = RestClient.builder(HttpHost.create(properties.url().toString()));
		if (properties.username() != null) {
			String credentials = properties.username() + ":"
					+ ((properties.password() != null) ? properties.password() : "");
			builder.setDefaultHeaders(new Header[] { new BasicHeader("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))) });
		}
		JsonMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		return new ElasticsearchClient(new RestClientTransport(builder.build(), new Jackson3JsonpMapper(mapper)));
	}

}
