package org.disclosure.e2e;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.disclosure.contracts.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot run here (no Docker engine), so it is checked as a file: it
 * parses, every reference resolves, and it stays in step with the code (services, topics,
 * Elasticsearch version).
 */
class DockerComposeFileTest {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final List<String> SERVICES = List.of("ingest-service", "parse-service", "validate-service",
			"index-service");

	private static Map<String, Object> compose;

	@BeforeAll
	static void load() throws IOException {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
			compose = new Yaml(options).load(reader);
		}
	}

	@Test
	void everyServiceIsBuiltFromItsModule() {
		for (String name : SERVICES) {
			Map<String, Object> service = map(services().get(name));
			assertThat(service).as(name).isNotNull();
			assertThat(map(map(service.get("build")).get("args")).get("SERVICE")).isEqualTo(name);
			assertThat(ROOT.resolve(name).resolve("pom.xml")).exists();
			Map<String, Object> env = map(service.get("environment"));
			assertThat(env).as(name).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
		}
		assertThat(map(map(services().get("index-service")).get("environment")))
			.containsEntry("PIPELINE_ELASTICSEARCH_URL", "http://elasticsearch:9200");
		assertThat(ROOT.resolve("Dockerfile")).exists();
	}

	/**
	 * The parse-service image can read scans: Tesseract with its Simplified Chinese data.
	 */
	@Test
	void theParseServiceImageHasTesseractWithSimplifiedChinese() throws IOException {
		String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));

		assertThat(dockerfile).contains("\"$SERVICE\" = \"parse-service\"")
			.contains("apt-get install")
			.contains("tesseract-ocr tesseract-ocr-chi-sim");
	}

	/**
	 * Every service shares MinIO's bucket, signing with MinIO's own user, and starts once
	 * MinIO is healthy: the services create the bucket, no client job is needed.
	 */
	@Test
	void theBlobStoreIsMinioForEveryService() {
		Map<String, Object> minio = map(services().get("minio"));
		assertThat(minio.get("image").toString()).startsWith("minio/minio:");
		assertThat(minio.get("command").toString()).contains("server", "/data");
		assertThat(map(minio.get("healthcheck")).get("test").toString()).contains("mc", "ready", "local");
		Map<String, Object> minioEnv = map(minio.get("environment"));
		for (String name : SERVICES) {
			Map<String, Object> service = map(services().get(name));
			Map<String, Object> env = map(service.get("environment"));
			assertThat(env).as(name)
				.containsEntry("PIPELINE_BLOB_STORE_BACKEND", "s3")
				.containsEntry("PIPELINE_BLOB_STORE_S3_ENDPOINT", "http://minio:9000")
				.containsEntry("PIPELINE_BLOB_STORE_S3_BUCKET", "disclosure-blobs")
				.containsEntry("PIPELINE_BLOB_STORE_S3_ACCESS_KEY", minioEnv.get("MINIO_ROOT_USER"))
				.containsEntry("PIPELINE_BLOB_STORE_S3_SECRET_KEY", minioEnv.get("MINIO_ROOT_PASSWORD"))
				.doesNotContainKey("PIPELINE_BLOB_STORE_ROOT");
			assertThat(map(map(service.get("depends_on")).get("minio")).get("condition")).as(name)
				.isEqualTo("service_healthy");
		}
		assertThat(minioEnv.get("MINIO_ROOT_PASSWORD").toString()).as("no default password")
			.startsWith("${PIPELINE_S3_SECRET_KEY:?");
	}

	@Test
	void dependenciesAndVolumesResolve() {
		for (Map.Entry<String, Object> entry : services().entrySet()) {
			Object dependsOn = map(entry.getValue()).get("depends_on");
			if (dependsOn != null) {
				assertThat(services()).as(entry.getKey()).containsKeys(map(dependsOn).keySet().toArray(String[]::new));
			}
			Object volumes = map(entry.getValue()).get("volumes");
			if (volumes != null) {
				for (Object volume : (List<?>) volumes) {
					String source = volume.toString().split(":")[0];
					if (source.startsWith("./")) {
						assertThat(ROOT.resolve(source)).as(entry.getKey() + " mounts " + source).exists();
					}
					else {
						assertThat(map(compose.get("volumes"))).containsKey(source);
					}
				}
			}
		}
	}

	@Test
	void theTopicJobCreatesEveryTopicOfTheCatalogue() {
		String command = ((List<?>) map(services().get("kafka-topics")).get("command")).get(0).toString();
		List<String> created = new ArrayList<>();
		for (String word : command.split("[\\s;]+")) {
			if (word.startsWith("disclosure.")) {
				created.add(word);
			}
		}
		assertThat(created).containsExactlyInAnyOrderElementsOf(Topics.ALL);
		assertThat(command).as("topics keep their records: the indices are rebuilt by replaying them")
			.contains("--create --if-not-exists")
			.contains("--config retention.ms=-1")
			.contains("--alter")
			.contains("--add-config retention.ms=-1");
	}

	@Test
	void elasticsearchAndKibanaAre819() {
		assertThat(map(services().get("elasticsearch")).get("image").toString()).endsWith(":8.19.21");
		assertThat(map(services().get("kibana")).get("image").toString()).endsWith(":8.19.21");
	}

	@Test
	void elasticsearchHasTheChineseAnalyzerIndexServiceIsToldAbout() {
		String dockerfile = map(map(services().get("elasticsearch")).get("build")).get("dockerfile_inline").toString();
		assertThat(dockerfile).startsWith("FROM docker.elastic.co/elasticsearch/elasticsearch:8.19.21\n")
			.contains("elasticsearch-plugin install --batch analysis-smartcn");
		Map<String, Object> env = map(map(services().get("index-service")).get("environment"));
		assertThat(env).containsEntry("PIPELINE_ELASTICSEARCH_CHINESE_ANALYSIS", "smartcn")
			.containsKey("PIPELINE_API_KEY");
	}

	@Test
	void kibanaSetupImportsEverySavedObjectFileAndFailsUnlessKibanaSaysSuccess() throws IOException {
		Map<String, Object> kibana = map(services().get("kibana"));
		assertThat(map(kibana.get("healthcheck")).get("test").toString()).contains("/api/status")
			.contains("\"level\":\"available\"");
		Map<String, Object> setup = map(services().get("kibana-setup"));
		assertThat(setup).as("kibana-setup").isNotNull();
		assertThat(setup.get("image").toString()).startsWith("curlimages/curl:");
		assertThat(setup.get("restart")).isEqualTo("no");
		assertThat(map(map(setup.get("depends_on")).get("kibana")).get("condition")).isEqualTo("service_healthy");
		assertThat(setup.get("volumes")).isEqualTo(List.of("./kibana:/kibana:ro"));
		String command = ((List<?>) setup.get("command")).get(0).toString();
		assertThat(command).startsWith("set -eu")
			.contains("until curl -fs http://kibana:5601/api/status")
			.contains("for file in /kibana/*.ndjson")
			.contains("POST \"http://kibana:5601/api/saved_objects/_import?overwrite=true\"")
			.contains("-H \"kbn-xsrf: kibana-setup\"")
			.contains("--form \"file=@$$file\"")
			.contains("grep -q '\"success\":true' || exit 1");
		try (var files = Files.list(ROOT.resolve("kibana"))) {
			assertThat(files.map((file) -> file.getFileName().toString())).as("the saved objects the job imports")
				.anyMatch((name) -> name.endsWith(".ndjson"));
		}
	}

	private static Map<String, Object> services() {
		return map(compose.get("services"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

}
