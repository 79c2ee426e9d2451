package org.disclosure.support.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;

import org.apache.tika.detect.CompositeEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * The character encoding of a text or HTML document: Tika's encoding detectors in their
 * order (the page's own {@code <meta charset>}, then the statistical ones), except that a
 * charset the bytes cannot be decoded in is passed over. Government sites serve GBK pages
 * whose template declares {@code charset=utf-8}; Tika alone trusts the declaration and
 * returns mojibake. When no detector names a charset the bytes decode in, the first one
 * named is kept, as Tika would.
 */
public final class DocumentEncodingDetector implements EncodingDetector {

	/** Bytes decoded to check a charset: the part every detector looks at. */
	static final int SAMPLE_BYTES = 64 * 1024;

	private final List<EncodingDetector> detectors;

	/**
	 * @param tika Tika's encoding detector, e.g.
	 * {@code TikaConfig.getDefaultConfig().getEncodingDetector()}
	 */
	public DocumentEncodingDetector(EncodingDetector tika) {
		this.detectors = (tika instanceof CompositeEncodingDetector composite) ? List.copyOf(composite.getDetectors())
				: List.of(tika);
	}

	@Override
	public Charset detect(InputStream input, Metadata metadata) throws IOException {
		byte[] sample = (input != null) ? DocumentTypeDetector.sample(input, SAMPLE_BYTES) : new byte[0];
		Charset first = null;
		for (EncodingDetector detector : this.detectors) {
			Charset charset = detector.detect(input, metadata);
			if (charset == null) {
				continue;
			}
			if (DocumentTypeDetector.decode(sample, charset) != null) {
				return charset;
			}
			first = (first != null) ? first : charset;
		}
		return first;
	}

}
