package org.disclosure.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.contracts.PipelineEvent;
import org.disclosure.contracts.Stage;
import org.disclosure.parse.guard.ParseAttempts;
import org.disclosure.support.blob.BlobStore;

/**
 * The parse stage for one fetched document: has its blob parsed (by the parser worker,
 * never in this JVM), stores the text, and gives the event to publish:
 * {@code DocumentParsed}, or {@code DocumentFailed} with the reason. A document this
 * process already died on too often is failed without parsing it again, unless an
 * operator replays it.
 */
public final class ParseStage {

	private final BlobStore blobs;

	private final Parse parser;

	private final ParseAttempts attempts;

	private final Clock clock;

	public ParseStage(BlobStore blobs, Parse parser, ParseAttempts attempts, Clock clock) {
		this.blobs = blobs;
		this.parser = parser;
		this.attempts = attempts;
		this.clock = clock;
	}

	/**
	 * The outcome of parsing {@code fetched}; call {@link #published} once it is sent.
	 * @param fetched the document
	 * @param replay null, or the id of the replayed record that carries it (e.g. its
	 * topic, partition and offset): a replay starts with a fresh count of attempts, kept
	 * across its own redeliveries
	 * @return the event to publish
	 */
	public PipelineEvent parse(DocumentFetched fetched, String replay) {
		int crashes = this.attempts.unfinished(fetched.docId(), replay);
		if (this.attempts.exhausted(crashes)) {
			return failed(fetched, ParseOutcome.failed(ParseFailure.PARSER_CRASHED, "parse-service died " + crashes
					+ " times while this document was being parsed; it is not parsed again"));
		}
		this.attempts.begin(fetched.docId(), replay);
		ParseOutcome outcome;
		try (InputStream document = this.blobs.open(fetched.blobKey())) {
			outcome = this.parser.parse(document, fetched.source());
		}
		catch (IOException ex) {
			// The claim check points at bytes the store cannot give: an infrastructure
			// fault, retried, never an outcome of the document.
			throw new UncheckedIOException("Cannot read the blob of document " + fetched.docId(), ex);
		}
		if (outcome instanceof ParseOutcome.Parsed parsed) {
			String textBlobKey = this.blobs.put(parsed.text().getBytes(StandardCharsets.UTF_8)).key();
			return DocumentParsedMapper.event(fetched, parsed, textBlobKey, this.clock.instant());
		}
		return failed(fetched, (ParseOutcome.Failed) outcome);
	}

	/** The outcome for {@code fetched} reached the broker: the attempt is over. */
	public void published(DocumentFetched fetched) {
		this.attempts.end(fetched.docId());
	}

	private DocumentFailed failed(DocumentFetched fetched, ParseOutcome.Failed failed) {
		return new DocumentFailed(DocumentFailed.SCHEMA_VERSION, "parse:" + fetched.docId(), fetched.docId(),
				Stage.PARSE, failed.reason(), failed.message(), fetched.source(), this.clock.instant(),
				failed.attachments().isEmpty() ? null : failed.attachments());
	}

	/** A parse of a stored document, e.g. by the parser worker. */
	@FunctionalInterface
	public interface Parse {

		/**
		 * @param document the document's bytes, from the blob store (closed by the
		 * caller)
		 * @param source where it came from
		 * @return the disclosure read, or why it could not be
		 */
		ParseOutcome parse(InputStream document, DocumentSource source);

	}

}
