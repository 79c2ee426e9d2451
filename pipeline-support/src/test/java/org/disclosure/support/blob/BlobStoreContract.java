package org.disclosure.support.blob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every backend of the {@link BlobStore} does, run on each
 * ({@code FileSystemBlobStoreTest}, and {@code S3BlobStoreIT} on a real S3-compatible
 * server). A subclass gives a fresh, empty store per test and lists everything its
 * backend holds, so the shared layout and what a refused write leaves behind are checked
 * too.
 */
abstract class BlobStoreContract {

	private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	private BlobStore store;

	/** A new store on an empty folder or bucket. */
	protected abstract BlobStore newStore() throws Exception;

	/**
	 * Everything the backend holds, as paths relative to its folder or keys of its
	 * bucket, its temporary files included.
	 */
	protected abstract List<String> storedObjects() throws Exception;

	@BeforeEach
	void openStore() throws Exception {
		this.store = newStore();
	}

	protected BlobStore store() {
		return this.store;
	}

	@Test
	void theKeyIsTheSha256OfTheBytesAndSaysWhereTheyAre() throws Exception {
		StoredBlob blob = this.store.put(bytes("abc"));

		assertThat(blob.key()).isEqualTo(ABC_SHA256).isEqualTo(BlobStore.sha256Hex(bytes("abc")));
		assertThat(blob.sizeBytes()).isEqualTo(3);
		assertThat(blob.created()).isTrue();
		assertThat(this.store.contains(ABC_SHA256)).isTrue();
		assertThat(storedObjects()).containsExactly("sha256/ba/78/" + ABC_SHA256);
	}

	@Test
	void theSameBytesAreStoredOnce() throws Exception {
		byte[] bytes = bytes("部门决算");

		StoredBlob first = this.store.put(bytes);
		StoredBlob second = this.store.put(new ByteArrayInputStream(bytes), 1024);

		assertThat(second.key()).isEqualTo(first.key());
		assertThat(second.sizeBytes()).isEqualTo(bytes.length);
		assertThat(first.created()).isTrue();
		assertThat(second.created()).isFalse();
		assertThat(this.store.read(first.key())).isEqualTo(bytes);
		assertThat(storedObjects()).hasSize(1);
	}

	@Test
	void bytesUpToTheLimitAreTaken() {
		StoredBlob blob = put(new byte[1024], 1024);

		assertThat(blob.sizeBytes()).isEqualTo(1024);
		assertThat(this.store.read(blob.key())).hasSize(1024);
	}

	@Test
	void bytesOverTheLimitAreRefusedAndLeaveNothingBehind() throws Exception {
		assertThatThrownBy(() -> this.store.put(new ByteArrayInputStream(new byte[1025]), 1024))
			.isInstanceOf(BlobTooLargeException.class)
			.hasMessageContaining("1024");
		assertThatThrownBy(() -> this.store.put(new ByteArrayInputStream(random(300_000, 1)), 200_000))
			.isInstanceOf(BlobTooLargeException.class);

		assertThat(storedObjects()).isEmpty();
	}

	@Test
	void noBytesAreABlobToo() {
		StoredBlob empty = this.store.put(new byte[0]);

		assertThat(empty.key()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(empty.sizeBytes()).isZero();
		assertThat(this.store.read(empty.key())).isEmpty();
	}

	@Test
	void aBlobReadsBackByteForByteStreamedOrWhole() throws IOException {
		byte[] bytes = random(700_000, 2);

		StoredBlob blob = put(bytes, bytes.length);

		assertThat(blob.key()).isEqualTo(BlobStore.sha256Hex(bytes));
		try (InputStream in = this.store.open(blob.key())) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
		assertThat(this.store.read(blob.key())).isEqualTo(bytes);
	}

	@Test
	void anUnknownKeyIsAbsent() {
		String unknown = BlobStore.sha256Hex(new byte[] { 1 });

		assertThat(this.store.contains(unknown)).isFalse();
		assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> this.store.open(unknown));
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> this.store.read(unknown))
			.withCauseInstanceOf(NoSuchFileException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "../../etc/passwd", "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
			"ba7816bf", "" })
	void keysThatAreNotSha256AreRefused(String key) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.contains(key));
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.open(key));
	}

	@Test
	void concurrentPutsOfTheSameBytesStoreThemOnce() throws Exception {
		byte[] bytes = random(400_000, 3);

		List<StoredBlob> blobs = concurrently(8, () -> put(bytes, bytes.length));

		assertThat(blobs).extracting(StoredBlob::key).containsOnly(BlobStore.sha256Hex(bytes));
		assertThat(blobs).extracting(StoredBlob::created).contains(true);
		assertThat(this.store.read(blobs.get(0).key())).isEqualTo(bytes);
		assertThat(storedObjects()).containsExactly(StoreLayout.blob(BlobStore.sha256Hex(bytes)));
	}

	@Test
	void aRecordIsWrittenReplacedWholeAndDeleted() throws Exception {
		String name = "parse-attempts/ab/" + "ab".repeat(32);
		assertThat(this.store.readRecord(name)).isEmpty();

		this.store.putRecord(name, bytes("1"));
		assertThat(this.store.readRecord(name)).hasValueSatisfying((value) -> assertThat(value).isEqualTo(bytes("1")));
		this.store.putRecord(name, bytes("2\ndisclosure.fetched.v1-0@7"));
		assertThat(this.store.readRecord(name))
			.hasValueSatisfying((value) -> assertThat(value).isEqualTo(bytes("2\ndisclosure.fetched.v1-0@7")));
		assertThat(storedObjects()).containsExactly("records/" + name);

		this.store.deleteRecord(name);
		assertThat(this.store.readRecord(name)).isEmpty();
		this.store.deleteRecord(name);
		assertThat(this.store.readRecord(name)).isEmpty();
	}

	@Test
	void anEmptyRecordIsThere() {
		this.store.putRecord("marks/empty", new byte[0]);

		assertThat(this.store.readRecord("marks/empty")).hasValueSatisfying((value) -> assertThat(value).isEmpty());
	}

	@Test
	void aRecordIsCreatedOnlyIfAbsent() {
		assertThat(this.store.createRecordIfAbsent("announced/ab/x", bytes("first"))).isTrue();
		assertThat(this.store.createRecordIfAbsent("announced/ab/x", bytes("second"))).isFalse();
		assertThat(this.store.readRecord("announced/ab/x"))
			.hasValueSatisfying((value) -> assertThat(value).isEqualTo(bytes("first")));

		this.store.deleteRecord("announced/ab/x");
		assertThat(this.store.createRecordIfAbsent("announced/ab/x", bytes("third"))).isTrue();
		assertThat(this.store.readRecord("announced/ab/x"))
			.hasValueSatisfying((value) -> assertThat(value).isEqualTo(bytes("third")));
	}

	@Test
	void ofConcurrentCreatorsExactlyOneCreatesTheRecord() throws Exception {
		for (int round = 0; round < 5; round++) {
			String name = "split/round-" + round;

			List<Boolean> created = concurrently(6,
					() -> this.store.createRecordIfAbsent(name, bytes(Thread.currentThread().getName())));

			assertThat(created).as("callers that created " + name).containsOnlyOnce(true);
		}
	}

	@Test
	void recordsAreListedByPrefixInOrder() {
		List<String> names = List.of("announced/ab/x2", "announced/ab/x1", "announced/ac/y", "announced-other/z",
				"parse-attempts/ab/q", "split/2024/part-1");
		names.forEach((name) -> this.store.putRecord(name, bytes(name)));
		this.store.putRecord("announced/ad/gone", bytes("soon deleted"));
		this.store.deleteRecord("announced/ad/gone");
		this.store.put(bytes("a blob, not a record"));

		assertThat(this.store.listRecords("announced/")).containsExactly("announced/ab/x1", "announced/ab/x2",
				"announced/ac/y");
		assertThat(this.store.listRecords("announced/ab")).containsExactly("announced/ab/x1", "announced/ab/x2");
		assertThat(this.store.listRecords("announced/ab/x1")).containsExactly("announced/ab/x1");
		assertThat(this.store.listRecords("announced")).containsExactly("announced-other/z", "announced/ab/x1",
				"announced/ab/x2", "announced/ac/y");
		assertThat(this.store.listRecords("")).containsExactlyElementsOf(names.stream().sorted().toList());
		assertThat(this.store.listRecords("split/2024/")).containsExactly("split/2024/part-1");
		assertThat(this.store.listRecords("nothing/")).isEmpty();
		assertThat(this.store.listRecords("announced/zz")).isEmpty();
	}

	/** More records than a listing page of {@code S3BlobStoreIT}'s store holds. */
	@Test
	void aListingHoldsEveryRecordUnderThePrefix() {
		List<String> names = IntStream.range(0, 25).mapToObj((i) -> String.format("split/doc/part-%03d", i)).toList();
		names.forEach((name) -> this.store.putRecord(name, bytes(name)));
		this.store.putRecord("split/other/part-000", bytes("other"));

		assertThat(this.store.listRecords("split/doc/")).containsExactlyElementsOf(names);
	}

	/** How two services find each other's part: write one's own, then list. */
	@Test
	void aRecordWrittenIsListedAtOnce() {
		this.store.putRecord("split/doc/part-1", bytes("mine"));
		assertThat(this.store.listRecords("split/doc/")).containsExactly("split/doc/part-1");

		this.store.createRecordIfAbsent("split/doc/part-2", bytes("theirs"));
		assertThat(this.store.listRecords("split/doc/")).containsExactly("split/doc/part-1", "split/doc/part-2");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "", "../secret", "a/../b", "a/./b", "/a", "a/", "a//b", "a b", "announced/ä", "a\\b", "a:b" })
	void namesOutsideTheRulesAreRefused(String name) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.putRecord(name, bytes("x")));
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.createRecordIfAbsent(name, bytes("x")));
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.readRecord(name));
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.deleteRecord(name));
	}

	@Test
	void aNameIsAtMost512CharactersInSegmentsOfAtMost255() {
		String longest = "a".repeat(255) + "/" + "b".repeat(254) + "/c";
		this.store.putRecord(longest, bytes("x"));

		assertThat(this.store.readRecord(longest)).isPresent();
		assertThat(this.store.listRecords("a")).containsExactly(longest);
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.putRecord(longest + "c", bytes("x")));
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.putRecord("a".repeat(256), bytes("x")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "../", "a/../", "a//", "/", "a b", "./x" })
	void prefixesOutsideTheRulesAreRefused(String prefix) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.listRecords(prefix));
	}

	private StoredBlob put(byte[] bytes, long limitBytes) {
		try {
			return this.store.put(new ByteArrayInputStream(bytes), limitBytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	protected static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] random(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	/** What {@code callers} released at once got, in the order they were started. */
	protected static <T> List<T> concurrently(int callers, Callable<T> call) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(callers);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				futures.add(executor.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			executor.shutdownNow();
		}
	}

}
