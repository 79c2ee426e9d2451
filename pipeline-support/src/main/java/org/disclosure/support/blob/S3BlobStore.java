package org.disclosure.support.blob;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.CreateBucketConfiguration;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The store in a bucket of S3 or an S3-compatible server (MinIO, S3Proxy, Ceph…), so
 * services on several machines share it. Blobs are spooled to a local temporary file
 * while their SHA-256 is computed, then uploaded unless the bucket holds them already. S3
 * is strongly consistent (a listing or read after a write sees it); creating a record
 * only if absent uses a conditional write ({@code If-None-Match: *}), which S3 and MinIO
 * honour atomically.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {

	/** Keys per listing request, S3's own maximum. */
	public static final int LIST_PAGE_SIZE = 1000;

	private static final int PRECONDITION_FAILED = 412;

	/** A conditional write racing another on the same key; S3 asks to retry. */
	private static final int CONDITIONAL_REQUEST_CONFLICT = 409;

	private static final int CONFLICT_RETRIES = 5;

	/**
	 * User metadata ({@code x-amz-meta-writer}) a record's create writes: a token of that
	 * call, which tells it its own write when a retried attempt is refused.
	 */
	private static final String WRITER = "writer";

	private final S3Client client;

	private final String bucket;

	private final Path spool;

	private final int listPageSize;

	/**
	 * @param client the client, closed with this store
	 * @param bucket the bucket, created when missing
	 * @param spool folder for the temporary files of uploads
	 * @param listPageSize keys per listing request (1 to 1000)
	 */
	public S3BlobStore(S3Client client, String bucket, Path spool, int listPageSize) {
		if (listPageSize < 1 || listPageSize > LIST_PAGE_SIZE) {
			throw new IllegalArgumentException("A listing page holds 1 to 1000 keys, not " + listPageSize);
		}
		this.client = client;
		this.bucket = bucket;
		this.spool = spool;
		this.listPageSize = listPageSize;
		createBucketIfMissing();
	}

	/**
	 * A client for {@code endpoint} with path-style addressing (every S3-compatible
	 * server understands it; virtual hosts need DNS) over the JDK's HTTP connection.
	 * @param endpoint the server, e.g. {@code http://minio:9000}; null for AWS itself
	 * @param region the region requests are signed for
	 * @param accessKey the access key, or null for the SDK's default credentials (e.g. an
	 * instance role)
	 * @param secretKey its secret
	 * @return the builder, ready to build
	 */
	public static S3ClientBuilder clientBuilder(URI endpoint, String region, String accessKey, String secretKey) {
		S3ClientBuilder builder = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(10))
				.socketTimeout(Duration.ofSeconds(60)))
			.region(Region.of(region))
			.forcePathStyle(true)
			// Checksums only where S3 requires them: not every S3-compatible server takes
			// the
			// trailing checksums the SDK would otherwise add to every upload.
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider(credentials(accessKey, secretKey));
		return (endpoint != null) ? builder.endpointOverride(endpoint) : builder;
	}

	@Override
	public StoredBlob put(InputStream in, long limitBytes) throws IOException {
		try (SpooledBlob spooled = SpooledBlob.write(in, limitBytes, this.spool)) {
			String object = StoreLayout.blob(spooled.key());
			boolean created;
			try {
				created = !exists(object) && putIfAbsent(object, RequestBody.fromFile(spooled.file()), Map.of());
			}
			catch (RefusedAfterRetry ex) {
				// the key is the content's hash: what the bucket holds is these bytes
				created = true;
			}
			return new StoredBlob(spooled.key(), spooled.sizeBytes(), created);
		}
	}

	@Override
	public boolean contains(String key) {
		return exists(StoreLayout.blob(key));
	}

	@Override
	public InputStream open(String key) throws IOException {
		String object = StoreLayout.blob(key);
		try {
			return this.client.getObject((request) -> request.bucket(this.bucket).key(object));
		}
		catch (NoSuchKeyException ex) {
			throw new NoSuchFileException(object, null, "not in bucket " + this.bucket);
		}
	}

	@Override
	public void putRecord(String name, byte[] content) {
		String object = StoreLayout.record(name);
		this.client.putObject((request) -> request.bucket(this.bucket).key(object), RequestBody.fromBytes(content));
	}

	@Override
	public boolean createRecordIfAbsent(String name, byte[] content) {
		String object = StoreLayout.record(name);
		String writer = UUID.randomUUID().toString();
		try {
			return putIfAbsent(object, RequestBody.fromBytes(content), Map.of(WRITER, writer));
		}
		catch (RefusedAfterRetry ex) {
			return writer.equals(writerOf(object));
		}
	}

	/**
	 * The call that wrote {@code object}, as its {@link #WRITER} metadata says; null for
	 * none.
	 */
	private String writerOf(String object) {
		return head(object).map((held) -> held.metadata().get(WRITER)).orElse(null);
	}

	@Override
	public Optional<byte[]> readRecord(String name) {
		String object = StoreLayout.record(name);
		try {
			return Optional
				.of(this.client.getObjectAsBytes((request) -> request.bucket(this.bucket).key(object)).asByteArray());
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void deleteRecord(String name) {
		String object = StoreLayout.record(name);
		this.client.deleteObject((request) -> request.bucket(this.bucket).key(object));
	}

	/** ListObjectsV2 on the prefix, page by page. */
	@Override
	public List<String> listRecords(String prefix) {
		String start = StoreLayout.recordPrefix(prefix);
		return this.client
			.listObjectsV2Paginator((request) -> request.bucket(this.bucket).prefix(start).maxKeys(this.listPageSize))
			.contents()
			.stream()
			.map(S3Object::key)
			// Some servers list the folders of a file backend as keys ending in a slash.
			.filter((key) -> !key.endsWith("/"))
			.map((key) -> key.substring(StoreLayout.RECORDS.length()))
			.sorted()
			.toList();
	}

	@Override
	public void close() {
		this.client.close();
	}

	@Override
	public String toString() {
		return "S3BlobStore[bucket " + this.bucket + "]";
	}

	private void createBucketIfMissing() {
		try {
			this.client.headBucket((request) -> request.bucket(this.bucket));
			return;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() != 404) {
				throw ex;
			}
		}
		Region region = this.client.serviceClientConfiguration().region();
		try {
			// AWS wants the region named unless it is the default one.
			this.client.createBucket((request) -> request.bucket(this.bucket)
				.createBucketConfiguration(Region.US_EAST_1.equals(region) ? null
						: CreateBucketConfiguration.builder().locationConstraint(region.id()).build()));
		}
		catch (BucketAlreadyOwnedByYouException | BucketAlreadyExistsException ex) {
			// another service created it meanwhile
		}
	}

	private boolean exists(String object) {
		return head(object).isPresent();
	}

	/** HeadObject of {@code object}; empty when the bucket does not hold it. */
	private Optional<HeadObjectResponse> head(String object) {
		try {
			return Optional.of(this.client.headObject((request) -> request.bucket(this.bucket).key(object)));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/**
	 * False when the object exists (or was written by a racing call that won).
	 * @throws RefusedAfterRetry when the write was refused as existing on an attempt the
	 * SDK made again (after a server error or a lost answer): the refused object may be
	 * this call's own first attempt
	 */
	private boolean putIfAbsent(String object, RequestBody body, Map<String, String> metadata) {
		for (int attempt = 1;; attempt++) {
			try {
				this.client.putObject(
						(request) -> request.bucket(this.bucket).key(object).ifNoneMatch("*").metadata(metadata), body);
				return true;
			}
			catch (S3Exception ex) {
				if (ex.statusCode() == PRECONDITION_FAILED) {
					if (ex.numAttempts() != null && ex.numAttempts() > 1) {
						throw new RefusedAfterRetry();
					}
					return false;
				}
				if (ex.statusCode() != CONDITIONAL_REQUEST_CONFLICT || attempt == CONFLICT_RETRIES) {
					throw ex;
				}
			}
			pause(attempt);
		}
	}

	/**
	 * A conditional write refused as existing on the SDK's second or later attempt (after
	 * a server error, or a lost answer: a stale pooled connection is one). A record is
	 * then told apart by the {@link #WRITER} metadata its create wrote: the content
	 * cannot tell a call's own first attempt from an earlier create of the same bytes.
	 */
	private static final class RefusedAfterRetry extends RuntimeException {

		private static final long serialVersionUID = 1L;

		RefusedAfterRetry() {
			super(null, null, false, false);
		}

	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(50L * attempt);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing to the bucket", ex);
		}
	}

	private static AwsCredentialsProvider credentials(String accessKey, String secretKey) {
		if (accessKey == null || accessKey.isBlank()) {
			return DefaultCredentialsProvider.builder().build();
		}
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
	}

}
