package org.disclosure.parse.worker;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.disclosure.contracts.DocumentSource;
import org.disclosure.parse.DocumentParser;
import org.disclosure.parse.ParseFailure;
import org.disclosure.parse.ParseOutcome;

/**
 * The parser worker: a JVM of its own that parse-service starts ({@link WorkerCommand}),
 * so a hostile document can only exhaust this JVM's heap or time. It answers requests of
 * {@link WorkerProtocol} one at a time and halts as soon as its stdin closes, even in the
 * middle of a parse, so it never outlives parse-service. It runs with
 * {@code -XX:+ExitOnOutOfMemoryError}: out of memory, it exits with code 3. OCR reads its
 * settings from the system properties the parent sets ({@code OcrSettings}).
 */
public final class ParseWorker {

	private ParseWorker() {
	}

	public static void main(String[] args) throws InterruptedException {
		// Before anything can log or print: stdout is the protocol's alone.
		PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		System.setOut(System.err);
		AtomicLong request = new AtomicLong();
		// Each page OCR starts on is told to the parent, which gives the page its time.
		DocumentParser parser = DocumentParser
			.standard((page) -> protocol.println(WorkerProtocol.ocrPage(request.get(), page)));
		BlockingQueue<String> requests = new LinkedBlockingQueue<>();
		Thread stdin = new Thread(() -> readRequests(requests), "parse-worker-stdin");
		stdin.setDaemon(true);
		stdin.start();
		protocol.println(WorkerProtocol.ready(ProcessHandle.current().pid()));
		while (true) {
			WorkerProtocol.Request next = WorkerProtocol.decode(requests.take());
			request.set(next.id());
			protocol.println(answer(parser, next));
		}
	}

	private static void readRequests(BlockingQueue<String> requests) {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				requests.add(line);
			}
		}
		catch (IOException ex) {
			// The parent is gone either way.
		}
		Runtime.getRuntime().halt(0);
	}

	private static String answer(DocumentParser parser, WorkerProtocol.Request request) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(request.document());
		}
		catch (IOException ex) {
			return WorkerProtocol.error(request.id(), "Cannot read " + request.document() + ": " + ex);
		}
		ParseOutcome outcome = parse(parser, bytes, request.source());
		try {
			WorkerProtocol.write(WorkerProtocol.Reply.of(outcome), request.reply());
		}
		catch (IOException ex) {
			return WorkerProtocol.error(request.id(), "Cannot write the reply " + request.reply() + ": " + ex);
		}
		return WorkerProtocol.done(request.id());
	}

	/**
	 * Parses; a parser bug on this document is a failure of the document, as the
	 * extractor's own errors are.
	 */
	static ParseOutcome parse(DocumentParser parser, byte[] bytes, DocumentSource source) {
		try {
			return parser.parse(bytes, source);
		}
		catch (StackOverflowError ex) {
			return ParseOutcome.failed(ParseFailure.UNREADABLE_DOCUMENT,
					"The document nests too deeply to be read (stack overflow)");
		}
		catch (RuntimeException ex) {
			return ParseOutcome.failed(ParseFailure.UNREADABLE_DOCUMENT,
					"The parser failed: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

}
