package org.disclosure.parse.worker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.disclosure.contracts.DocumentSource;
import org.disclosure.parse.ParseFailure;
import org.disclosure.parse.ParseOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One parser worker slot: one child JVM at a time, started when a document comes and none
 * runs, given one document at a time and waited for up to the time limit. A child past
 * the limit is killed; a child that dies is told apart by its exit code; either way the
 * next document gets a fresh child. Used by one thread at a time ({@link WorkerParser}).
 */
final class WorkerProcess implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(WorkerProcess.class);

	/** Longest wait for a child to load Tika and say it is ready. */
	private static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);

	/** Longest wait for a killed or dying child to be gone. */
	private static final Duration EXIT_LIMIT = Duration.ofSeconds(10);

	private static final int STDERR_LINES = 20;

	/** Lines of stderr quoted in the message of a crashed document. */
	private static final int STDERR_LINES_QUOTED = 5;

	/** Put on a child's stdout queue at its end: no line of the child is a line break. */
	private static final String END = "\n";

	private final WorkerCommand command;

	private final Path replies;

	private final Consumer<WorkerDeath> deaths;

	private volatile Child child;

	private volatile boolean closed;

	private final OcrTime ocrTime;

	private long requests;

	/**
	 * @param command how to start a child
	 * @param replies folder for the children's reply files
	 * @param deaths told of every child that died or was killed
	 */
	WorkerProcess(WorkerCommand command, Path replies, Consumer<WorkerDeath> deaths) {
		this(command, replies, deaths, OcrTime.NONE);
	}

	/**
	 * @param command how to start a child
	 * @param replies folder for the children's reply files
	 * @param deaths told of every child that died or was killed
	 * @param ocrTime time added to a parse's limit for each page OCR reads, up to a most
	 */
	WorkerProcess(WorkerCommand command, Path replies, Consumer<WorkerDeath> deaths, OcrTime ocrTime) {
		this.ocrTime = ocrTime;
		this.command = command;
		this.replies = replies;
		this.deaths = deaths;
	}

	/**
	 * Parses {@code document} in the child, starting one if none runs.
	 * @param document the file of the document's bytes
	 * @param source where it came from
	 * @param timeLimit longest the parse may take
	 * @return the outcome; {@code parse_timeout}, {@code out_of_memory} or
	 * {@code parser_crashed} when the child overran or died
	 * @throws WorkerUnavailableException when no child can be started
	 * @throws IllegalStateException when the child cannot read the document or write its
	 * reply, or the worker was closed meanwhile (no outcome: an infrastructure fault)
	 */
	ParseOutcome parse(Path document, DocumentSource source, Duration timeLimit) {
		Path reply = replyFile();
		try {
			return parse(document, source, timeLimit, reply);
		}
		finally {
			try {
				Files.deleteIfExists(reply);
			}
			catch (IOException ex) {
				logger.warn("Cannot delete the parser worker's reply {}", reply, ex);
			}
		}
	}

	private ParseOutcome parse(Path document, DocumentSource source, Duration timeLimit, Path reply) {
		long id = ++this.requests;
		String request = WorkerProtocol.encode(new WorkerProtocol.Request(id, document, reply, source));
		Child running = running();
		if (!running.send(request)) {
			// It died between the check and the request: not on this document.
			this.deaths.accept(running.death(WorkerDeath.Cause.EXITED));
			running = start();
			if (!running.send(request)) {
				return died(running);
			}
		}
		long deadline = System.nanoTime() + timeLimit.toNanos();
		Duration allowed = timeLimit;
		while (true) {
			String line = running.next(deadline);
			if (line == null) {
				running.kill();
				this.deaths.accept(running.death(WorkerDeath.Cause.TIME_LIMIT));
				this.child = null;
				return ParseOutcome.failed(ParseFailure.TIME_LIMIT, "Parsing did not finish within " + describe(allowed)
						+ "; the parser worker (pid " + running.pid + ") was killed");
			}
			if (END.equals(line)) {
				return died(running);
			}
			WorkerProtocol.Line answer = WorkerProtocol.Line.parse(line);
			if (answer.is(WorkerProtocol.DONE, id)) {
				running.documents.incrementAndGet();
				return read(reply);
			}
			if (answer.is(WorkerProtocol.OCR_PAGE, id)) {
				// A page read by OCR takes seconds: it gets its own time on top, up to
				// the
				// most a document may take.
				Duration more = this.ocrTime.extension(allowed);
				deadline += more.toNanos();
				allowed = allowed.plus(more);
				continue;
			}
			if (answer.is(WorkerProtocol.ERROR, id)) {
				throw new IllegalStateException("The parser worker could not parse " + document + ": " + answer.rest());
			}
			logger.warn("Parser worker {} said something out of protocol: {}", running.pid, line);
		}
	}

	/** The running child's pid and documents parsed, or null when none runs. */
	WorkerParser.Worker status() {
		Child current = this.child;
		return (current != null) ? new WorkerParser.Worker(current.pid, current.documents.get(), current.started)
				: null;
	}

	/** Stops the child: it exits when its stdin closes, or is killed. */
	@Override
	public void close() {
		this.closed = true;
		Child current = this.child;
		this.child = null;
		if (current != null) {
			current.stop();
		}
	}

	private Child running() {
		if (this.closed) {
			throw new IllegalStateException("The parser worker is closed");
		}
		Child current = this.child;
		if (current != null && current.process.isAlive()) {
			return current;
		}
		if (current != null && !current.stopped) {
			this.deaths.accept(current.death(WorkerDeath.Cause.EXITED));
		}
		return start();
	}

	private Child start() {
		this.child = null;
		Process process;
		try {
			process = new ProcessBuilder(this.command.arguments()).start();
		}
		catch (IOException ex) {
			throw new WorkerUnavailableException("Cannot start the parser worker " + this.command.arguments(), ex);
		}
		Child started = new Child(process);
		long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
		String line = started.next(deadline);
		while (line != null && !END.equals(line)
				&& !WorkerProtocol.Line.parse(line).keyword().equals(WorkerProtocol.READY)) {
			logger.warn("Parser worker {} said something out of protocol: {}", started.pid, line);
			line = started.next(deadline);
		}
		if (line == null || END.equals(line)) {
			String why = (line == null) ? "not ready within " + describe(STARTUP_LIMIT) : null;
			started.kill();
			throw new WorkerUnavailableException(
					"The parser worker did not start (" + ((why != null) ? why : describeExit(started.exitCode())) + ")"
							+ started.stderr(STDERR_LINES) + "\ncommand: " + this.command.arguments(),
					null);
		}
		logger.info("Parser worker {} started", started.pid);
		this.child = started;
		if (this.closed) {
			close();
			throw new IllegalStateException("The parser worker was closed while it started");
		}
		return started;
	}

	/** The outcome for a document the child died on. */
	private ParseOutcome died(Child dead) {
		this.child = null;
		dead.awaitExit();
		if (this.closed) {
			throw new IllegalStateException("The parser worker was closed while parsing");
		}
		int exitCode = dead.exitCode();
		if (exitCode == WorkerCommand.OUT_OF_MEMORY_EXIT) {
			this.deaths.accept(dead.death(WorkerDeath.Cause.OUT_OF_MEMORY));
			return ParseOutcome.failed(ParseFailure.OUT_OF_MEMORY,
					"The parser worker (pid " + dead.pid + ") ran out of memory" + heap() + " parsing this document");
		}
		this.deaths.accept(dead.death(WorkerDeath.Cause.CRASHED));
		return ParseOutcome.failed(ParseFailure.PARSER_CRASHED, "The parser worker (pid " + dead.pid
				+ ") died parsing this document: " + describeExit(exitCode) + dead.stderr(STDERR_LINES_QUOTED));
	}

	private String heap() {
		return this.command.arguments()
			.stream()
			.filter((argument) -> argument.startsWith("-Xmx"))
			.findFirst()
			.map((argument) -> " (" + argument + ")")
			.orElse("");
	}

	private Path replyFile() {
		try {
			return Files.createTempFile(this.replies, "reply-", ".json");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a reply file in " + this.replies, ex);
		}
	}

	private static ParseOutcome read(Path reply) {
		try {
			return WorkerProtocol.read(reply).outcome();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the parser worker's reply " + reply, ex);
		}
	}

	static String describe(Duration duration) {
		return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

	static String describeExit(int exitCode) {
		return (exitCode > 128) ? "exit code " + exitCode + ", killed by signal " + (exitCode - 128)
				: "exit code " + exitCode;
	}

	/** A running child JVM and the threads that read its stdout and stderr. */
	private static final class Child {

		private final Process process;

		private final long pid;

		private final Instant started = Instant.now();

		private final Writer stdin;

		private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();

		private final Deque<String> stderr = new ArrayDeque<>();

		private final Thread stderrReader;

		private final AtomicInteger documents = new AtomicInteger();

		/** Killed or stopped on purpose: its end is no death. */
		private volatile boolean stopped;

		Child(Process process) {
			this.process = process;
			this.pid = process.pid();
			this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
			reader("stdout", process.getInputStream(), this.stdout::add, () -> this.stdout.add(END)).start();
			this.stderrReader = reader("stderr", process.getErrorStream(), this::onStderr, () -> {
			});
			this.stderrReader.start();
		}

		private Thread reader(String stream, InputStream in, Consumer<String> lines, Runnable atEnd) {
			Thread thread = new Thread(() -> {
				try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
					String line;
					while ((line = reader.readLine()) != null) {
						lines.accept(line);
					}
				}
				catch (IOException ex) {
					// The child is gone.
				}
				finally {
					atEnd.run();
				}
			}, "parse-worker-" + this.pid + "-" + stream);
			thread.setDaemon(true);
			return thread;
		}

		private void onStderr(String line) {
			logger.debug("[parse-worker {}] {}", this.pid, line);
			synchronized (this.stderr) {
				if (this.stderr.size() == STDERR_LINES) {
					this.stderr.removeFirst();
				}
				this.stderr.addLast(line);
			}
		}

		/** False when the child is gone. */
		boolean send(String line) {
			try {
				this.stdin.write(line);
				this.stdin.write('\n');
				this.stdin.flush();
				return true;
			}
			catch (IOException ex) {
				return false;
			}
		}

		/** The next line, {@link #END} when stdout ended, null past the deadline. */
		String next(long deadline) {
			try {
				return this.stdout.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				kill();
				throw new IllegalStateException("Interrupted while the parser worker " + this.pid + " was parsing", ex);
			}
		}

		void kill() {
			this.stopped = true;
			this.process.destroyForcibly();
			awaitExit();
		}

		/** Closes its stdin, on which it halts; kills it if it does not. */
		void stop() {
			this.stopped = true;
			try {
				this.stdin.close();
				if (this.process.waitFor(EXIT_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
					return;
				}
			}
			catch (IOException ex) {
				// Gone already.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.process.destroyForcibly();
		}

		void awaitExit() {
			try {
				if (!this.process.waitFor(EXIT_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
					this.process.destroyForcibly().waitFor(EXIT_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
				}
				this.stderrReader.join(EXIT_LIMIT.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		int exitCode() {
			return this.process.isAlive() ? -1 : this.process.exitValue();
		}

		/** Its last {@code lines} lines of stderr, each on a line of its own. */
		String stderr(int lines) {
			StringBuilder tail = new StringBuilder();
			synchronized (this.stderr) {
				this.stderr.stream()
					.skip(Math.max(0, this.stderr.size() - lines))
					.forEach((line) -> tail.append('\n').append(line));
			}
			return tail.toString();
		}

		WorkerDeath death(WorkerDeath.Cause cause) {
			awaitExit();
			return new WorkerDeath(cause, this.pid, exitCode(), stderr(STDERR_LINES).strip(), Instant.now());
		}

	}

}
