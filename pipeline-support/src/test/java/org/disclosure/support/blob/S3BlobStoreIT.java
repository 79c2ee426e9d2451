package org.disclosure.support.blob;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.disclosure.support.PipelineProperties;
import org.disclosure.support.kafka.PipelineKafkaConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.S3Object;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The blob store contract on a real S3-compatible server, S3Proxy on its filesystem
 * backend ({@link S3ProxyServer}), through the client the services build: path-style, the
 * JDK's HTTP connection, signed requests. Each test has a bucket of its own, created by
 * the store; listings come in pages of {@value #PAGE_SIZE} keys, so paging is exercised.
 */
class S3BlobStoreIT extends BlobStoreContract {

	private static final int PAGE_SIZE = 10;

	private static final String REGION = "us-east-1";

	private static final AtomicInteger BUCKETS = new AtomicInteger();

	@TempDir
	static Path folder;

	private static S3ProxyServer server;

	/** Sees the buckets as they are, past the store. */
	private static S3Client direct;

	@TempDir
	Path spool;

	/** Requests the stores sent. */
	private final List<SentRequest> sent = new CopyOnWriteArrayList<>();

	private final List<S3BlobStore> opened = new ArrayList<>();

	private String bucket;

	@BeforeAll
	static void startServer() throws Exception {
		String jar = System.getProperty(S3ProxyServer.JAR_PROPERTY);
		assumeTrue(jar != null, "S3Proxy is started from the jar the Maven build copies before the integration tests"
				+ " (system property " + S3ProxyServer.JAR_PROPERTY + "); run: ./mvnw -pl pipeline-support verify");
		assertThat(Path.of(jar)).as("S3Proxy's jar, copied by the build").isRegularFile();
		server = S3ProxyServer.start(Path.of(jar), folder);
		direct = S3BlobStore
			.clientBuilder(server.endpoint(), REGION, S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)
			.build();
	}

	@AfterAll
	static void stopServer() {
		if (direct != null) {
			direct.close();
		}
		if (server != null) {
			server.close();
		}
	}

	@AfterEach
	void closeStores() {
		this.opened.forEach(S3BlobStore::close);
	}

	@Override
	protected BlobStore newStore() {
		this.bucket = "contract-" + BUCKETS.incrementAndGet();
		return open(this.bucket);
	}

	/** The objects of the test's bucket, and the spool's files under {@code spool/}. */
	@Override
	protected List<String> storedObjects() throws Exception {
		List<String> objects = new ArrayList<>(direct.listObjectsV2Paginator((request) -> request.bucket(this.bucket))
			.contents()
			.stream()
			.map(S3Object::key)
			.toList());
		try (Stream<Path> files = Files.list(this.spool)) {
			files.forEach((file) -> objects.add("spool/" + file.getFileName()));
		}
		return objects;
	}

	@Test
	void theStoreCreatesItsBucketAndASecondStoreSharesIt() {
		assertThat(direct.listBuckets().buckets()).extracting(Bucket::name).contains(this.bucket);
		String key = store().put(new byte[] { 4, 2 }).key();
		store().putRecord("announced/ab/x", new byte[0]);

		BlobStore other = open(this.bucket);

		assertThat(other.read(key)).containsExactly(4, 2);
		assertThat(other.createRecordIfAbsent("announced/ab/x", new byte[0])).isFalse();
	}

	/**
	 * Replaces the contract's test: S3Proxy's filesystem backend evaluates
	 * {@code If-None-Match} before it writes, not atomically with the write (AWS S3 and
	 * MinIO do both at once), so concurrent creators cannot be told apart there. What the
	 * store controls is checked: every creator asks for the conditional write, at least
	 * one is told it created the record, and the record holds one creator's content
	 * whole.
	 */
	@Test
	@Override
	void ofConcurrentCreatorsExactlyOneCreatesTheRecord() throws Exception {
		List<Boolean> created = concurrently(6,
				() -> store().createRecordIfAbsent("split/contended", bytes(Thread.currentThread().getName())));

		assertThat(created).contains(true);
		List<SentRequest> puts = this.sent.stream()
			.filter((request) -> request.operation().equals("PutObject")
					&& request.path().endsWith("/records/split/contended"))
			.toList();
		assertThat(puts).hasSizeGreaterThanOrEqualTo(6)
			.allSatisfy((put) -> assertThat(put.ifNoneMatch()).isEqualTo("*"));
		assertThat(new String(store().readRecord("split/contended").orElseThrow(), StandardCharsets.UTF_8))
			.startsWith("pool-");
		assertThat(store().createRecordIfAbsent("split/contended", bytes("late"))).isFalse();
	}

	@Test
	void bytesTheBucketHoldsAreNotUploadedAgain() {
		byte[] bytes = "2024年度部门决算".getBytes(StandardCharsets.UTF_8);

		store().put(bytes);
		store().put(bytes);
		store().put(bytes);

		assertThat(requests("PutObject")).isOne();
		assertThat(requests("HeadObject")).isEqualTo(3);
		assertThat(this.sent).filteredOn((request) -> request.operation().equals("PutObject"))
			.allSatisfy((put) -> assertThat(put.ifNoneMatch()).as("a racing upload of the same bytes").isEqualTo("*"));
	}

	@Test
	void aListingAsksPageByPage() {
		IntStream.range(0, 25).forEach((i) -> store().putRecord("split/doc/part-" + i, new byte[0]));

		assertThat(store().listRecords("split/doc/")).hasSize(25);
		assertThat(requests("ListObjectsV2")).isEqualTo(3);
	}

	@Test
	void theConfigurationChoosesTheBucket() {
		Map<String, String> settings = Map.of("pipeline.blob-store.backend", "s3", "pipeline.blob-store.s3.endpoint",
				server.endpoint().toString(), "pipeline.blob-store.s3.bucket", "configured",
				"pipeline.blob-store.s3.access-key", S3ProxyServer.ACCESS_KEY, "pipeline.blob-store.s3.secret-key",
				S3ProxyServer.SECRET_KEY);
		PipelineProperties properties = new Binder(new MapConfigurationPropertySource(settings))
			.bindOrCreate("pipeline", PipelineProperties.class);

		BlobStore configured = new PipelineKafkaConfiguration().blobStore(properties);
		try {
			assertThat(configured).isInstanceOf(S3BlobStore.class);
			String key = configured.put(new byte[] { 7 }).key();
			assertThat(direct.listBuckets().buckets()).extracting(Bucket::name).contains("configured");
			assertThat(direct.headObject((request) -> request.bucket("configured").key(StoreLayout.blob(key)))
				.contentLength()).isOne();
		}
		finally {
			((S3BlobStore) configured).close();
		}
	}

	/**
	 * The SDK sends a request again after a server error: when the server had written the
	 * record before failing (here: its answer to the first write turned into a 500 on the
	 * way back), the second attempt is refused as existing, and the store still tells the
	 * call it created the record, by the writer's token the record carries. A caller with
	 * other content, or asking once more, is told it exists.
	 */
	@Test
	void aCreationAnsweredWithAServerErrorAndSentAgainIsStillThisCalls() {
		newStore();
		AtomicInteger failedAnswers = new AtomicInteger();
		BlobStore store = open(this.bucket,
				firstWriteAnsweredAsServerError(SdkHttpResponse::isSuccessful, failedAnswers));

		assertThat(store.createRecordIfAbsent("announced/ab/lost", bytes("mine"))).isTrue();
		assertThat(failedAnswers).as("the first answer was a 500, then the SDK wrote again").hasValueGreaterThan(0);
		assertThat(this.sent).filteredOn((request) -> request.operation().equals("PutObject")).hasSize(2);
		assertThat(store.createRecordIfAbsent("announced/ab/lost", bytes("mine"))).isFalse();
		assertThat(store.createRecordIfAbsent("announced/ab/lost", bytes("theirs"))).isFalse();
		assertThat(store.readRecord("announced/ab/lost"))
			.hasValueSatisfying((content) -> assertThat(new String(content, StandardCharsets.UTF_8)).isEqualTo("mine"));
	}

	/**
	 * The other way round: the first attempt was refused (an earlier call had created the
	 * record, with the same bytes), its answer lost (here: turned into a 500), and the
	 * SDK's second attempt refused too. The content cannot tell this from the call's own
	 * write; the writer's token can, and the call is told the record exists.
	 */
	@Test
	void aRetriedCreationRefusedBecauseAnEarlierCallCreatedTheSameBytesIsToldItExists() {
		assertThat(store().createRecordIfAbsent("announced/ab/earlier", bytes("same"))).isTrue();
		AtomicInteger lostRefusals = new AtomicInteger();
		BlobStore store = open(this.bucket,
				firstWriteAnsweredAsServerError((answer) -> answer.statusCode() == 412, lostRefusals));

		assertThat(store.createRecordIfAbsent("announced/ab/earlier", bytes("same"))).isFalse();
		assertThat(lostRefusals).as("the first refusal was answered as a 500, then refused again").hasValue(2);
	}

	/**
	 * Turns the first answer to a PutObject that {@code which} picks into a 500 on its
	 * way back; {@code picked} counts the answers picked.
	 */
	private static ExecutionInterceptor firstWriteAnsweredAsServerError(Predicate<SdkHttpResponse> which,
			AtomicInteger picked) {
		return new ExecutionInterceptor() {

			@Override
			public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context,
					ExecutionAttributes attributes) {
				boolean first = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME).equals("PutObject")
						&& which.test(context.httpResponse()) && picked.getAndIncrement() == 0;
				return first ? context.httpResponse().toBuilder().statusCode(500).build() : context.httpResponse();
			}

		};
	}

	private S3BlobStore open(String bucket, ExecutionInterceptor... more) {
		S3Client client = S3BlobStore
			.clientBuilder(server.endpoint(), REGION, S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)
			.overrideConfiguration((override) -> override.executionInterceptors(List.of(more))
				.addExecutionInterceptor(new ExecutionInterceptor() {

					@Override
					public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
						S3BlobStoreIT.this.sent
							.add(new SentRequest(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
									context.httpRequest().encodedPath(),
									context.httpRequest().firstMatchingHeader("If-None-Match").orElse(null)));
					}

				}))
			.build();
		S3BlobStore store = new S3BlobStore(client, bucket, this.spool, PAGE_SIZE);
		this.opened.add(store);
		return store;
	}

	private long requests(String operation) {
		return this.sent.stream().filter((request) -> request.operation().equals(operation)).count();
	}

	/** A request as it went to the server. */
	private record SentRequest(String operation, String path, String ifNoneMatch) {
	}

}
