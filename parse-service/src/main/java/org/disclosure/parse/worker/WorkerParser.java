package org.disclosure.parse.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.parse.ParseOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses documents in worker JVMs ({@link ParseWorker}) instead of this one, so a hostile
 * file can exhaust or crash only a worker, never the service: past the time limit the
 * worker is killed ({@code parse_timeout}), a worker out of memory exits
 * ({@code out_of_memory}), one that dies otherwise is a {@code parser_crashed} document,
 * and the next document gets a fresh worker. One worker per thread parsing at the same
 * time, each started with its first document. Thread-safe.
 */
public final class WorkerParser implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(WorkerParser.class);

	private final WorkerCommand command;

	private final Duration timeLimit;

	private final OcrTime ocrTime;

	private final MeterRegistry registry;

	/** The documents handed to the workers and their replies, each file for one parse. */
	private final Path exchange;

	private final Deque<WorkerProcess> idle = new ConcurrentLinkedDeque<>();

	private final List<WorkerProcess> workers = new CopyOnWriteArrayList<>();

	private final AtomicInteger restarts = new AtomicInteger();

	private volatile WorkerDeath lastDeath;

	private volatile String startFailure;

	private volatile boolean closed;

	/**
	 * @param command how to start a worker
	 * @param timeLimit longest a document may take to parse
	 * @param registry where {@code pipeline.parse.worker.restarts} is counted
	 */
	public WorkerParser(WorkerCommand command, Duration timeLimit, MeterRegistry registry) {
		this(command, timeLimit, OcrTime.NONE, registry, temporaryFolder());
	}

	/**
	 * @param command how to start a worker
	 * @param timeLimit longest a document may take to parse, OCR aside
	 * @param ocrTime time added to a document's limit for each page OCR reads, up to the
	 * most a document may take
	 * @param registry where {@code pipeline.parse.worker.restarts} is counted
	 */
	public WorkerParser(WorkerCommand command, Duration timeLimit, OcrTime ocrTime, MeterRegistry registry) {
		this(command, timeLimit, ocrTime, registry, temporaryFolder());
	}

	WorkerParser(WorkerCommand command, Duration timeLimit, MeterRegistry registry, Path exchange) {
		this(command, timeLimit, OcrTime.NONE, registry, exchange);
	}

	private WorkerParser(WorkerCommand command, Duration timeLimit, OcrTime ocrTime, MeterRegistry registry,
			Path exchange) {
		this.ocrTime = ocrTime;
		this.command = command;
		this.timeLimit = timeLimit;
		this.registry = registry;
		this.exchange = exchange;
	}

	/**
	 * Parses the document read from {@code document} within the time limit. Its bytes are
	 * written to a file of this parser's own for the worker, wherever they came from (a
	 * folder or a bucket), and deleted after the parse.
	 * @param document the document's bytes
	 * @param source where it came from; its file name helps detect the format
	 * @return the disclosure read, or why it could not be
	 * @throws WorkerUnavailableException when no worker can be started
	 * @throws UncheckedIOException when the bytes cannot be read or written
	 * @throws IllegalStateException when the worker cannot read the document (no outcome:
	 * an infrastructure fault)
	 */
	public ParseOutcome parse(InputStream document, DocumentSource source) {
		if (this.closed) {
			throw new IllegalStateException("The parser is closed");
		}
		Path file;
		try {
			file = Files.createTempFile(this.exchange, "document-", ".bin");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a file for the parser worker in " + this.exchange, ex);
		}
		try {
			Files.copy(document, file, StandardCopyOption.REPLACE_EXISTING);
			return parse(file, source, this.timeLimit);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot hand the document over to the parser worker", ex);
		}
		finally {
			delete(file);
		}
	}

	/**
	 * Parses the document in {@code document} within the time limit.
	 * @param document the file of the document's bytes (read by the worker)
	 * @param source where it came from; its file name helps detect the format
	 * @return the disclosure read, or why it could not be
	 * @throws WorkerUnavailableException when no worker can be started
	 * @throws IllegalStateException when the worker cannot read the document (no outcome:
	 * an infrastructure fault)
	 */
	public ParseOutcome parse(Path document, DocumentSource source) {
		return parse(document, source, this.timeLimit);
	}

	ParseOutcome parse(Path document, DocumentSource source, Duration timeLimit) {
		if (this.closed) {
			throw new IllegalStateException("The parser is closed");
		}
		WorkerProcess worker = this.idle.pollFirst();
		if (worker == null) {
			worker = new WorkerProcess(this.command, this.exchange, this::died, this.ocrTime);
			this.workers.add(worker);
		}
		try {
			ParseOutcome outcome = worker.parse(document, source, timeLimit);
			this.startFailure = null;
			return outcome;
		}
		catch (WorkerUnavailableException ex) {
			this.startFailure = ex.getMessage();
			throw ex;
		}
		finally {
			this.idle.addFirst(worker);
		}
	}

	/** The workers, their restarts and the last death, for the health endpoint. */
	public Status status() {
		return new Status(this.workers.stream().map(WorkerProcess::status).filter(Objects::nonNull).toList(),
				this.restarts.get(), this.lastDeath, this.startFailure);
	}

	/** Stops every worker and removes their files. */
	@Override
	public void close() {
		this.closed = true;
		this.workers.forEach(WorkerProcess::close);
		try (Stream<Path> files = Files.walk(this.exchange)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			logger.warn("Cannot remove the parser worker's files {}", this.exchange, ex);
		}
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("parse-worker-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a folder for the parser worker's files", ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			logger.warn("Cannot delete the document handed to the parser worker {}", file, ex);
		}
	}

	private void died(WorkerDeath death) {
		logger.warn("Parser worker {} ended ({}, {}); the next document gets a new one{}", death.pid(),
				death.cause().tag(), WorkerProcess.describeExit(death.exitCode()),
				death.stderr().isEmpty() ? "" : ". Its last lines on stderr:\n" + death.stderr());
		this.restarts.incrementAndGet();
		this.lastDeath = death;
		Counter.builder("pipeline.parse.worker.restarts")
			.description("Parser worker JVMs killed or found dead, replaced with the next document, per reason")
			.tag("reason", death.cause().tag())
			.register(this.registry)
			.increment();
	}

	/**
	 * The state of the parser workers.
	 *
	 * @param workers the workers running now
	 * @param restarts workers killed or found dead since the service started
	 * @param lastDeath the last of them, or null
	 * @param startFailure why the last attempt to start a worker failed, or null when the
	 * last one started
	 */
	public record Status(List<Worker> workers, int restarts, WorkerDeath lastDeath, String startFailure) {
	}

	/**
	 * A running worker.
	 *
	 * @param pid its process id
	 * @param documents documents it parsed
	 * @param started when it started
	 */
	public record Worker(long pid, int documents, Instant started) {
	}

}
