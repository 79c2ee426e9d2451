package org.disclosure.ingest.intake;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.Tika;

/**
 * The media type of a document, from its bytes. The file name only refines a container
 * format the bytes already show (a ZIP that is a DOCX); it never overrides the bytes.
 */
public final class MediaTypeDetector {

	private final Tika tika = new Tika();

	public String detect(InputStream bytes, String fileName) throws IOException {
		return this.tika.detect(bytes, fileName);
	}

}
