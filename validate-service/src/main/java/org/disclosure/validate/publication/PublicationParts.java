package org.disclosure.validate.publication;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Publication;
import org.disclosure.support.blob.BlobStore;
import org.disclosure.support.events.EventCodec;

/**
 * The files of split publications that have arrived, kept as records in the blob store
 * the services share, so each part finds the others whichever arrives first and on
 * whichever instance. A part writes its own record, then lists the records of its
 * publication: of two parts arriving at once, at least the one that lists last sees the
 * other (the store's listing is strongly consistent), and seeing each other twice only
 * validates twice, with the same result.
 * <p>
 * A publication may gather several versions of a part (a re-published tables file, copies
 * of one fetched from two addresses): a part is read with the newest file of the other
 * kind, the one ingested last, and only the newest file of each kind is checked again
 * when the other kind arrives. Records are named by part and by the time their file was
 * ingested ({@code publications/<key>/narrative/<millis>-<doc id>}), so the newest is
 * found from the listing and one record is read, however many versions there are; a
 * record of an older layout (named by its document id alone) is read to learn its time.
 */
public class PublicationParts {

	private static final String PREFIX = "publications/";

	/** The name of a record in its part's folder: ingestion time and document id. */
	private static final Pattern NAME = Pattern.compile("(\\d{15})-([0-9a-f]{64})");

	private static final Comparator<Version> NEWEST_LAST = Comparator.comparing(Version::fetched)
		.thenComparing(Version::docId);

	private final BlobStore store;

	private final EventCodec codec;

	public PublicationParts(BlobStore store, EventCodec codec) {
		this.store = store;
		this.codec = codec;
	}

	/**
	 * Records {@code document} as a part of its publication and finds what it completes:
	 * nothing for a whole disclosure or one whose department, year or kind is unknown.
	 */
	public Arrival arrive(DocumentParsed document) {
		Publication publication = document.publication();
		if (publication == null || !publication.split() || publication.linkKey() == null) {
			return Arrival.ALONE;
		}
		String folder = PREFIX + BlobStore.sha256Hex(publication.linkKey().getBytes(StandardCharsets.UTF_8)) + "/";
		String ownKind = folder + publication.part() + "/";
		Version own = new Version(fetched(document), document.docId(), publication.part(), null, null);
		this.store.putRecord(ownKind + name(own), this.codec.encode(document));
		Version newestOwn = own;
		Version newestOther = null;
		for (String name : this.store.listRecords(folder)) {
			boolean sameKind = name.startsWith(ownKind);
			Version version = version(name, sameKind);
			if (version == null || version.docId().equals(document.docId())) {
				continue;
			}
			if (sameKind) {
				newestOwn = newer(newestOwn, version);
			}
			else if (!version.part().equals(publication.part())) {
				newestOther = newer(newestOther, version);
			}
		}
		Optional<DocumentParsed> other = (newestOther != null) ? content(newestOther) : Optional.empty();
		return other.isEmpty() ? Arrival.ALONE : new Arrival(other, newestOwn == own);
	}

	/**
	 * The version a listed record holds; null for a record that is no longer there or is
	 * no part of a split publication.
	 */
	private Version version(String name, boolean sameKind) {
		String last = name.substring(name.lastIndexOf('/') + 1);
		Matcher matcher = NAME.matcher(last);
		if (matcher.matches()) {
			String part = name.substring(0, name.lastIndexOf('/'));
			return new Version(Instant.ofEpochMilli(Long.parseLong(matcher.group(1))), matcher.group(2),
					part.substring(part.lastIndexOf('/') + 1), name, null);
		}
		if (sameKind) {
			// An own-kind record of the older layout counts as older than the document:
			// reading it to learn its time would cost a decoding per version.
			return null;
		}
		// A record of an older layout, named by document id, in its part's folder or in
		// the publication's folder itself.
		return read(name).filter((parsed) -> parsed.publication() != null && parsed.publication().split())
			.map((parsed) -> new Version(fetched(parsed), parsed.docId(), parsed.publication().part(), name, parsed))
			.orElse(null);
	}

	/** The file {@code version} is, read from its record unless reading its name did. */
	private Optional<DocumentParsed> content(Version version) {
		return (version.content() != null) ? Optional.of(version.content()) : read(version.name());
	}

	private Optional<DocumentParsed> read(String name) {
		return this.store.readRecord(name).map((record) -> this.codec.decode(record, DocumentParsed.class));
	}

	/** The newer of two versions; {@code b} when there is no {@code a} yet. */
	private static Version newer(Version a, Version b) {
		return (a != null && NEWEST_LAST.compare(a, b) >= 0) ? a : b;
	}

	private static String name(Version version) {
		return String.format("%015d-%s", version.fetched().toEpochMilli(), version.docId());
	}

	private static Instant fetched(DocumentParsed document) {
		return (document.fetchedAt() != null) ? document.fetchedAt() : Instant.EPOCH;
	}

	/**
	 * What an arriving part completes.
	 *
	 * @param other the newest file of the other kind, to read the part with; empty when
	 * none has arrived
	 * @param newest true when the part is the newest of its kind, so {@code other}'s
	 * verdict is to be issued again, read with it
	 */
	public record Arrival(Optional<DocumentParsed> other, boolean newest) {

		static final Arrival ALONE = new Arrival(Optional.empty(), false);

		/** The other file to issue a verdict on again, read with the arriving one. */
		public Optional<DocumentParsed> toCheckAgain() {
			return this.newest ? this.other : Optional.empty();
		}

	}

	/**
	 * One file of a publication, as its record's name (or, for an older record, its
	 * content) tells it.
	 *
	 * @param content the file as parsed, where its record had to be read to learn the
	 * rest (an older layout), so it is not read again; null otherwise
	 */
	private record Version(Instant fetched, String docId, String part, String name, DocumentParsed content) {
	}

}
