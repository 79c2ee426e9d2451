package org.disclosure.parse;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.PipelineEvent;
import org.disclosure.contracts.Stage;
import org.disclosure.parse.guard.GuardedParser;
import org.disclosure.parse.guard.ParseAttempts;
import org.disclosure.support.blob.BlobStore;

/**
 * The parse stage for one fetched document: reads its bytes from the blob store, parses
 * them under the guard, stores the text, and gives the event to publish:
 * {@code DocumentParsed}, or {@code DocumentFailed} with the reason. A document the
 * parser process already died on too often is failed without parsing it again.
 */
public final class ParseStage {

	private final BlobStore blobs;

	private final GuardedParser parser;

	private final ParseAttempts attempts;

	private final Clock clock;

	public ParseStage(BlobStore blobs, GuardedParser parser, ParseAttempts attempts, Clock clock) {
		this.blobs = blobs;
		this.parser = parser;
		this.attempts = attempts;
		this.clock = clock;
	}

	/**
	 * The outcome of parsing {@code fetched}; call {@link #published} once it is sent.
	 */
	public PipelineEvent parse(DocumentFetched fetched) {
		int crashes = this.attempts.unfinished(fetched.docId());
		if (this.attempts.exhausted(crashes)) {
			return failed(fetched, ParseOutcome.failed(ParseFailure.PARSER_CRASHED, "The parser process died " + crashes
					+ " times while parsing this document (killed or out of memory); it is not parsed again"));
		}
		this.attempts.begin(fetched.docId());
		ParseOutcome outcome = this.parser.parse(this.blobs.read(fetched.blobKey()), fetched.source());
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
				Stage.PARSE, failed.reason(), failed.message(), fetched.source(), this.clock.instant());
	}

}
