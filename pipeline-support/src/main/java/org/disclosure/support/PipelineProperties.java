package org.disclosure.support;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every service shares.
 *
 * @param blobStore where the content-addressed blob store is (shared by all services)
 * @param partitions partitions of each pipeline topic the services create: the most
 * consumers a stage's group can keep busy (instances × consumers each). The default, 6,
 * splits evenly among one to three consumers, so parse-service's two parser workers on
 * two cores each get half of the documents: with 3 one worker had two partitions and
 * parsed alone for the last third of a batch (./pipeline bench). Raise it
 * (PIPELINE_PARTITIONS) before running more, e.g. 12 for 6 parse-service instances of 2
 * workers; topics that exist with fewer get more at start (documents keep their order per
 * partition only from then on)
 * @param retry back-off of a listener that fails on an infrastructure fault
 */
@ConfigurationProperties("pipeline")
public record PipelineProperties(@DefaultValue BlobStoreProperties blobStore, @DefaultValue("6") int partitions,
		@DefaultValue Retry retry) {

	/**
	 * @param backend a folder ({@code filesystem}) or a bucket ({@code s3})
	 * @param root the folder of the {@code filesystem} backend, local or shared (NFS)
	 * @param s3 the bucket of the {@code s3} backend
	 */
	public record BlobStoreProperties(@DefaultValue("filesystem") Backend backend,
			@DefaultValue("${java.io.tmpdir}/disclosure-pipeline/blobs") Path root, @DefaultValue S3 s3) {
	}

	public enum Backend {

		FILESYSTEM, S3

	}

	/**
	 * A bucket of S3 or an S3-compatible server (MinIO), addressed path-style.
	 *
	 * @param endpoint e.g. {@code http://minio:9000}; none for AWS S3 itself
	 * @param region the region requests are signed for
	 * @param bucket created at start when missing
	 * @param accessKey none for the SDK's default credentials (environment, instance
	 * role)
	 * @param secretKey the access key's secret
	 */
	public record S3(URI endpoint, @DefaultValue("us-east-1") String region,
			@DefaultValue("disclosure-blobs") String bucket, String accessKey, String secretKey) {

		@Override
		public String toString() {
			return "S3[endpoint=" + this.endpoint + ", region=" + this.region + ", bucket=" + this.bucket
					+ ", accessKey=" + this.accessKey + ", secretKey=" + ((this.secretKey != null) ? "******" : null)
					+ "]";
		}

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
