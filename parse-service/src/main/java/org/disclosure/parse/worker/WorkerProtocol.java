package org.disclosure.parse.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.disclosure.contracts.DocumentSource;
import org.disclosure.parse.ParseOutcome;
import tools.jackson.databind.json.JsonMapper;

/**
 * The line protocol between parse-service and its parser worker, one UTF-8 line per
 * message; the worker's stdout carries nothing else (its logs go to stderr):
 *
 * <pre>
 * worker → parent   READY &lt;pid&gt;               once it can parse
 * parent → worker   {"id":…,"document":…,…}   a {@link Request}, one line of JSON
 * worker → parent   OCR_PAGE &lt;id&gt; &lt;page&gt;      OCR starts on a page: it gets its own time
 * worker → parent   DONE &lt;id&gt;                 the {@link Reply} is in the request's reply file
 * worker → parent   ERROR &lt;id&gt; &lt;message&gt;       no outcome: the worker could not read the
 *                                            document or write the reply (an infrastructure fault)
 * </pre>
 *
 * One request at a time. The reply, which holds the whole parse (text, tables), goes
 * through a file rather than the pipe. The worker exits when its stdin closes.
 */
final class WorkerProtocol {

	static final String READY = "READY";

	static final String DONE = "DONE";

	static final String ERROR = "ERROR";

	static final String OCR_PAGE = "OCR_PAGE";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private WorkerProtocol() {
	}

	static String ready(long pid) {
		return READY + " " + pid;
	}

	static String done(long id) {
		return DONE + " " + id;
	}

	static String ocrPage(long id, int page) {
		return OCR_PAGE + " " + id + " " + page;
	}

	/** The error line; line breaks in {@code message} are flattened. */
	static String error(long id, String message) {
		return ERROR + " " + id + " " + message.replaceAll("[\\r\\n]+", " ");
	}

	/** The request as one line of JSON (JSON escapes every line break inside). */
	static String encode(Request request) {
		return JSON.writeValueAsString(request);
	}

	static Request decode(String line) {
		return JSON.readValue(line, Request.class);
	}

	/** Writes {@code reply} to {@code file}, replacing it. */
	static void write(Reply reply, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			JSON.writeValue(out, reply);
		}
	}

	static Reply read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return JSON.readValue(in, Reply.class);
		}
	}

	/**
	 * A line of the worker, e.g. {@code DONE 7}: its keyword, the request id it answers
	 * (-1 for none) and the rest.
	 */
	record Line(String keyword, long id, String rest) {

		static Line parse(String line) {
			String[] parts = line.split(" ", 3);
			long id = -1;
			if (parts.length > 1) {
				try {
					id = Long.parseLong(parts[1]);
				}
				catch (NumberFormatException ex) {
					id = -1;
				}
			}
			return new Line(parts[0], id, (parts.length > 2) ? parts[2] : "");
		}

		boolean is(String keyword, long id) {
			return this.keyword.equals(keyword) && this.id == id;
		}

	}

	/**
	 * Parse one document.
	 *
	 * @param id the request's number, repeated in its answer
	 * @param document the file holding the document's bytes (written by the parent for
	 * this request, whichever backend the blob store has)
	 * @param reply the file the worker writes the {@link Reply} to
	 * @param source where the document came from (its file name helps detect the format)
	 */
	record Request(long id, Path document, Path reply, DocumentSource source) {
	}

	/**
	 * The outcome of a request: exactly one of {@code parsed} and {@code failed}.
	 */
	record Reply(ParseOutcome.Parsed parsed, ParseOutcome.Failed failed) {

		static Reply of(ParseOutcome outcome) {
			return (outcome instanceof ParseOutcome.Parsed parsed) ? new Reply(parsed, null)
					: new Reply(null, (ParseOutcome.Failed) outcome);
		}

		ParseOutcome outcome() {
			return (this.parsed != null) ? this.parsed : this.failed;
		}

	}

}
