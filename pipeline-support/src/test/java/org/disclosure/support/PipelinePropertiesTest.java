package org.disclosure.support;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The blob store's settings as a deployment gives them: environment variables. */
class PipelinePropertiesTest {

	@Test
	void theFilesystemIsTheDefault() {
		PipelineProperties.BlobStoreProperties store = bind(Map.of()).blobStore();

		assertThat(store.backend()).isEqualTo(PipelineProperties.Backend.FILESYSTEM);
		assertThat(store.s3().region()).isEqualTo("us-east-1");
		assertThat(store.s3().bucket()).isEqualTo("disclosure-blobs");
		assertThat(store.s3().endpoint()).isNull();
	}

	@Test
	void theBucketIsChosenFromTheEnvironment() {
		PipelineProperties.BlobStoreProperties store = bind(Map.of("PIPELINE_BLOB_STORE_BACKEND", "s3",
				"PIPELINE_BLOB_STORE_S3_ENDPOINT", "http://minio:9000", "PIPELINE_BLOB_STORE_S3_REGION", "cn-north-1",
				"PIPELINE_BLOB_STORE_S3_BUCKET", "disclosures", "PIPELINE_BLOB_STORE_S3_ACCESS_KEY", "pipeline",
				"PIPELINE_BLOB_STORE_S3_SECRET_KEY", "s3cr3t-value"))
			.blobStore();

		assertThat(store.backend()).isEqualTo(PipelineProperties.Backend.S3);
		assertThat(store.s3()).isEqualTo(new PipelineProperties.S3(URI.create("http://minio:9000"), "cn-north-1",
				"disclosures", "pipeline", "s3cr3t-value"));
	}

	@Test
	void theSecretKeyIsNeverPrinted() {
		PipelineProperties properties = bind(Map.of("PIPELINE_BLOB_STORE_BACKEND", "s3",
				"PIPELINE_BLOB_STORE_S3_ACCESS_KEY", "pipeline", "PIPELINE_BLOB_STORE_S3_SECRET_KEY", "s3cr3t-value"));

		assertThat(properties.toString()).doesNotContain("s3cr3t-value")
			.contains("accessKey=pipeline")
			.contains("secretKey=******");
		assertThat(bind(Map.of()).toString()).contains("secretKey=null");
	}

	private static PipelineProperties bind(Map<String, Object> environment) {
		StandardEnvironment spring = new StandardEnvironment();
		spring.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		spring.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					environment));
		return Binder.get(spring).bindOrCreate("pipeline", PipelineProperties.class);
	}

}
