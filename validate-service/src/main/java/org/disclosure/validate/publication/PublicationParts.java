package org.disclosure.validate.publication;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * validates twice, with the same result. Records are filed under their part
 * ({@code publications/<key>/narrative/<doc id>}), so a part reads only the records of
 * the other kind: every version of its own kind that ever arrived (a re-published tables
 * file, copies) is listed but never read again.
 */
public class PublicationParts {

	private static final String PREFIX = "publications/";

	private final BlobStore store;

	private final EventCodec codec;

	public PublicationParts(BlobStore store, EventCodec codec) {
		this.store = store;
		this.codec = codec;
	}

	/**
	 * Records {@code document} as a part of its publication and returns the parts of the
	 * other kind already recorded (the tables for a narrative, the narrative for tables);
	 * none for a whole disclosure or one whose department, year or kind is unknown.
	 */
	public List<DocumentParsed> arrive(DocumentParsed document) {
		Publication publication = document.publication();
		if (publication == null || !publication.split() || publication.linkKey() == null) {
			return List.of();
		}
		String folder = PREFIX + BlobStore.sha256Hex(publication.linkKey().getBytes(StandardCharsets.UTF_8)) + "/";
		String ownKind = folder + publication.part() + "/";
		this.store.putRecord(ownKind + document.docId(), this.codec.encode(document));
		List<DocumentParsed> others = new ArrayList<>();
		for (String name : this.store.listRecords(folder)) {
			// Records written before they were filed by part sit in the folder itself.
			if (name.startsWith(ownKind) || name.equals(folder + document.docId())) {
				continue;
			}
			Optional<byte[]> record = this.store.readRecord(name);
			if (record.isEmpty()) {
				continue;
			}
			DocumentParsed other = this.codec.decode(record.get(), DocumentParsed.class);
			if (other.publication() != null && other.publication().split()
					&& !other.publication().part().equals(publication.part())) {
				others.add(other);
			}
		}
		return others;
	}

}
