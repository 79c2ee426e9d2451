package org.disclosure.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Probes {@code GET /_cluster/health}: the minimal distribution answers {@code GET /}
 * with 405, so the client's {@code info()} and {@code ping()} cannot serve.
 */
class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

	private final ElasticsearchClient client;

	ElasticsearchHealthIndicator(ElasticsearchClient client) {
		super("Elasticsearch health check failed");
		this.client = client;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		HealthResponse health = this.client.cluster().health();
		builder.status((health.status() != HealthStatus.Red) ? Status.UP : Status.DOWN)
			.withDetail("cluster_name", health.clusterName())
			.withDetail("status", health.status().jsonValue())
			.withDetail("number_of_nodes", health.numberOfNodes());
	}

}
