package org.disclosure.ingest.intake;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.Tika;
import org.apache.tika.config.TikaConfig;
import org.disclosure.support.media.DocumentTypeDetector;

/**
 * The media type of a document, from its bytes. The file name only refines a container
 * format the bytes already show (a ZIP that is a DOCX); it never overrides the bytes.
 * Chinese text in GBK, GB18030 or Big5 is text, with or without a name
 * ({@link DocumentTypeDetector}), as parse-service reads it.
 */
public final class MediaTypeDetector {

	private final Tika tika = new Tika(new DocumentTypeDetector(TikaConfig.getDefaultConfig().getDetector()));

	public String detect(InputStream bytes, String fileName) throws IOException {
		return this.tika.detect(bytes, fileName);
	}

}
