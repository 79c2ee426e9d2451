package org.disclosure.ingest.intake;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.UUID;

import io.micrometer.core.instrument.Timer;

import org.disclosure.contracts.DocumentFailed;
import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.disclosure.ingest.intake.IntakeResult.Rejected;
import org.disclosure.ingest.intake.IntakeResult.Stored;
import org.disclosure.support.blob.BlobStore;
import org.disclosure.support.blob.BlobTooLargeException;
import org.disclosure.support.blob.StoredBlob;
import org.disclosure.support.events.EventPublisher;

/**
 * Takes a document in: stores its bytes once, checks what they are, and announces it on
 * {@link Topics#FETCHED}. Every rejection is published on {@link Topics#FAILED} too, so
 * it is searchable and nothing disappears silently.
 */
public class DocumentIntake {

	private final BlobStore blobs;

	private final AnnouncementLedger ledger;

	private final MediaTypeDetector detector;

	private final EventPublisher publisher;

	private final long limitBytes;

	private final Clock clock;

	private final Timer timer;

	/** Striped locks: the same document pushed twice at once is announced once. */
	private final Object[] locks = new Object[64];

	public DocumentIntake(BlobStore blobs, AnnouncementLedger ledger, MediaTypeDetector detector,
			EventPublisher publisher, long limitBytes, Clock clock, Timer timer) {
		this.blobs = blobs;
		this.ledger = ledger;
		this.detector = detector;
		this.publisher = publisher;
		this.limitBytes = limitBytes;
		this.clock = clock;
		this.timer = timer;
		for (int i = 0; i < this.locks.length; i++) {
			this.locks[i] = new Object();
		}
	}

	/** Takes in the document read from {@code in}; its time is the ingest stage's. */
	public IntakeResult receive(InputStream in, String fileName, String sourceUrl, String publisherName)
			throws IOException {
		Timer.Sample sample = Timer.start();
		try {
			return store(in, fileName, sourceUrl, publisherName);
		}
		finally {
			sample.stop(this.timer);
		}
	}

	private IntakeResult store(InputStream in, String fileName, String sourceUrl, String publisherName)
			throws IOException {
		StoredBlob blob;
		try {
			blob = this.blobs.put(in, this.limitBytes);
		}
		catch (BlobTooLargeException ex) {
			DocumentSource source = new DocumentSource(sourceUrl, fileName, null, ex.limitBytes(), publisherName);
			return reject(Rejection.TOO_LARGE, "Document exceeds the limit of " + ex.limitBytes() + " bytes", null,
					source);
		}
		if (blob.sizeBytes() == 0) {
			DocumentSource source = new DocumentSource(sourceUrl, fileName, null, 0, publisherName);
			return reject(Rejection.EMPTY_DOCUMENT, "Document is empty (0 bytes)", blob.key(), source);
		}
		String mediaType;
		try (InputStream stored = this.blobs.open(blob.key())) {
			mediaType = this.detector.detect(stored, fileName);
		}
		DocumentSource source = new DocumentSource(sourceUrl, fileName, mediaType, blob.sizeBytes(), publisherName);
		if (!SupportedMediaTypes.isSupported(mediaType)) {
			return reject(Rejection.UNSUPPORTED_MEDIA_TYPE,
					"Unsupported media type " + mediaType + " (detected from the bytes)", blob.key(), source);
		}
		return announce(blob.key(), source);
	}

	/** Records a document that never arrived (a refused or failed fetch). */
	public IntakeResult rejectWithoutBytes(Rejection rejection, String message, String sourceUrl,
			String publisherName) {
		return reject(rejection, message, null, new DocumentSource(sourceUrl, null, null, 0, publisherName));
	}

	private IntakeResult announce(String docId, DocumentSource source) {
		synchronized (this.locks[Math.floorMod(docId.hashCode(), this.locks.length)]) {
			if (this.ledger.isAnnounced(docId)) {
				return new Stored(docId, source, true);
			}
			this.publisher.publish(Topics.FETCHED,
					new DocumentFetched(DocumentFetched.SCHEMA_VERSION, docId, docId, source, this.clock.instant()));
			this.ledger.markAnnounced(docId);
			return new Stored(docId, source, false);
		}
	}

	private Rejected reject(Rejection rejection, String message, String docId, DocumentSource source) {
		String failureId = "ingest:" + rejection.code() + ":" + ((docId != null) ? docId : UUID.randomUUID());
		this.publisher.publish(Topics.FAILED, new DocumentFailed(DocumentFailed.SCHEMA_VERSION, failureId, docId,
				Stage.INGEST, rejection.code(), message, source, this.clock.instant()));
		return new Rejected(rejection, message, docId);
	}

}
