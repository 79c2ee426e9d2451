package org.disclosure.ingest;

import java.time.Clock;

import org.apache.kafka.clients.admin.Admin;
import org.disclosure.contracts.Stage;
import org.disclosure.ingest.fetch.DocumentFetcher;
import org.disclosure.ingest.fetch.UrlGuard;
import org.disclosure.ingest.intake.AnnouncementLedger;
import org.disclosure.ingest.intake.DocumentIntake;
import org.disclosure.ingest.intake.MediaTypeDetector;
import org.disclosure.ingest.intake.UrlIntake;
import org.disclosure.ingest.kafka.PipelineBacklog;
import org.disclosure.support.blob.BlobStore;
import org.disclosure.support.events.EventPublisher;
import org.disclosure.support.metrics.PipelineMetrics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Wires the intake and the fetcher from {@link IngestProperties}. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	DocumentIntake documentIntake(BlobStore blobs, EventPublisher publisher, PipelineMetrics metrics,
			IngestProperties properties) {
		AnnouncementLedger ledger = new AnnouncementLedger(blobs);
		return new DocumentIntake(blobs, ledger, new MediaTypeDetector(), publisher,
				properties.maxDocumentSize().toBytes(), Clock.systemUTC(), metrics.stage(Stage.INGEST.value()));
	}

	@Bean
	PipelineBacklog pipelineBacklog(KafkaAdmin admin, IngestProperties properties) {
		return new PipelineBacklog(() -> Admin.create(admin.getConfigurationProperties()), properties.backlog().max(),
				properties.backlog().refresh());
	}

	@Bean
	UrlIntake urlIntake(DocumentIntake intake, IngestProperties properties) {
		IngestProperties.Fetch fetch = properties.fetch();
		DocumentFetcher fetcher = new DocumentFetcher(new UrlGuard(fetch.allowedHosts()), fetch.connectTimeout(),
				fetch.readTimeout(), fetch.maxRedirects());
		return new UrlIntake(fetcher, intake);
	}

}
