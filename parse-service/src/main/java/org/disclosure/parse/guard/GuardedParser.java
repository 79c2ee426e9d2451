package org.disclosure.parse.guard;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.disclosure.contracts.DocumentSource;
import org.disclosure.parse.ParseFailure;
import org.disclosure.parse.ParseOutcome;

/**
 * Runs a parse on a worker thread with a time limit, so one hostile file cannot stall the
 * consumer: past the limit the worker is interrupted and abandoned and the document is a
 * {@code parse_timeout} failure; an {@link OutOfMemoryError} while parsing is an
 * {@code out_of_memory} failure. A worker that ignores the interrupt keeps running;
 * {@link #stuckWorkers()} counts them so the service can report itself unhealthy and be
 * restarted.
 */
public final class GuardedParser {

	private final Parse parse;

	private final Duration timeLimit;

	private final ExecutorService workers;

	private final AtomicInteger stuck = new AtomicInteger();

	public GuardedParser(Parse parse, Duration timeLimit) {
		this.parse = parse;
		this.timeLimit = timeLimit;
		AtomicInteger number = new AtomicInteger();
		this.workers = Executors.newCachedThreadPool((runnable) -> {
			Thread thread = new Thread(runnable, "parse-worker-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Parses within the time limit; never throws for a document's sake. */
	public ParseOutcome parse(byte[] bytes, DocumentSource source) {
		AtomicInteger abandoned = new AtomicInteger();
		Future<ParseOutcome> result = this.workers.submit(() -> {
			try {
				return this.parse.parse(bytes, source);
			}
			catch (OutOfMemoryError ex) {
				return ParseOutcome.failed(ParseFailure.OUT_OF_MEMORY,
						"Parsing ran out of memory (" + bytes.length + " bytes): " + ex.getMessage());
			}
			catch (StackOverflowError ex) {
				return ParseOutcome.failed(ParseFailure.UNREADABLE_DOCUMENT,
						"The document nests too deeply to be read (stack overflow)");
			}
			finally {
				if (abandoned.get() == 1) {
					this.stuck.decrementAndGet();
				}
			}
		});
		try {
			return result.get(this.timeLimit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			if (abandoned.compareAndSet(0, 1)) {
				this.stuck.incrementAndGet();
			}
			result.cancel(true);
			return ParseOutcome.failed(ParseFailure.TIME_LIMIT,
					"Parsing did not finish within " + this.timeLimit.toSeconds() + " s");
		}
		catch (ExecutionException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			return ParseOutcome.failed(ParseFailure.UNREADABLE_DOCUMENT,
					"The parser failed: " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			result.cancel(true);
			throw new IllegalStateException("Interrupted while parsing", ex);
		}
	}

	/** Workers abandoned after the time limit that are still running. */
	public int stuckWorkers() {
		return this.stuck.get();
	}

	/** A parse of a document's bytes. */
	@FunctionalInterface
	public interface Parse {

		ParseOutcome parse(byte[] bytes, DocumentSource source);

	}

}
