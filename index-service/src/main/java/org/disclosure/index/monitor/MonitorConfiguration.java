package org.disclosure.index.monitor;

import java.time.Clock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The monitor side of index-service. */
@Configuration(proxyBeanMethods = false)
class MonitorConfiguration {

	@Bean
	PipelineMonitor pipelineMonitor(ElasticsearchClient client, OffsetSource broker, MonitorProperties properties) {
		return new PipelineMonitor(new EventLogSearch(client), new OcrSearch(client), broker, properties,
				Clock.systemUTC());
	}

}
