package org.disclosure.support;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every service shares.
 *
 * @param blobStore root folder of the content-addressed blob store (shared by all
 * services)
 * @param partitions partitions of each pipeline topic the services create
 * @param retry back-off of a listener that fails on an infrastructure fault
 */
@ConfigurationProperties("pipeline")
public record PipelineProperties(BlobStoreProperties blobStore, @DefaultValue("3") int partitions,
		@DefaultValue Retry retry) {

	public record BlobStoreProperties(@DefaultValue("${java.io.tmpdir}/disclosure-pipeline/blobs") Path root) {
	}

	/**
	 * @param initialInterval first pause before a redelivery
	 * @param maxInterval longest pause between redeliveries
	 * @param maxElapsed how long a record is retried before it goes to the dead-letter
	 * topic
	 */
	public record Retry(@DefaultValue("500ms") Duration initialInterval, @DefaultValue("30s") Duration maxInterval,
			@DefaultValue("10m") Duration maxElapsed) {
	}

}
