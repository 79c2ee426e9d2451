package org.disclosure.support.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.List;

import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * The media type of a document from its bytes, as ingest-service and parse-service both
 * judge it: Tika's detection, except that Chinese text in a national encoding (GBK,
 * GB18030, Big5) is {@code text/plain}. Tika's magic takes bytes for text only when they
 * are mostly ASCII or valid UTF-8, so such a text pushed without a name (or named
 * {@code .bin}, or {@code .doc}) would be {@code application/octet-stream} or whatever
 * the name says. The name still refines what the bytes show (a ZIP that is a DOCX).
 */
public final class DocumentTypeDetector implements Detector {

	/** Bytes looked at for text: a page or two of Chinese. */
	static final int SAMPLE_BYTES = 16 * 1024;

	/** Ideographs a sample must hold to count as Chinese text. */
	private static final int MIN_IDEOGRAPHS = 4;

	/**
	 * The national encodings tried, in order; either is enough to call the bytes text.
	 */
	private static final List<Charset> ENCODINGS = List.of(Charset.forName("GB18030"), Charset.forName("Big5"));

	private final Detector tika;

	/**
	 * @param tika Tika's detector, e.g.
	 * {@code TikaConfig.getDefaultConfig().getDetector()}
	 */
	public DocumentTypeDetector(Detector tika) {
		this.tika = tika;
	}

	@Override
	public MediaType detect(InputStream input, Metadata metadata) throws IOException {
		if (input == null) {
			return this.tika.detect(null, metadata);
		}
		// The sample first: it rules out every binary format within a few bytes, so a
		// PDF or an Office file is detected once, with its name, not also without it.
		if (isChineseText(sample(input, SAMPLE_BYTES))
				&& MediaType.OCTET_STREAM.equals(this.tika.detect(input, new Metadata()))) {
			return MediaType.TEXT_PLAIN;
		}
		return this.tika.detect(input, metadata);
	}

	/**
	 * Whether {@code bytes} (the start of a document, possibly cut inside a character)
	 * read as Chinese text in GB18030 (a superset of GBK and GB2312) or Big5: decodable
	 * without error, no control characters but TAB, line and page breaks, some
	 * ideographs, and almost no private-use or unassigned characters.
	 * @param bytes the first bytes of a document
	 * @return true for Chinese text
	 */
	static boolean isChineseText(byte[] bytes) {
		for (Charset encoding : ENCODINGS) {
			CharBuffer text = decode(bytes, encoding);
			if (text != null && looksLikeText(text)) {
				return true;
			}
		}
		return false;
	}

	/** The first {@code length} bytes of {@code input}, which is left where it was. */
	static byte[] sample(InputStream input, int length) throws IOException {
		input.mark(length);
		try {
			return input.readNBytes(length);
		}
		finally {
			input.reset();
		}
	}

	/** The decoded bytes, a character cut at the end left out; null when malformed. */
	static CharBuffer decode(byte[] bytes, Charset encoding) {
		CharsetDecoder decoder = encoding.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer text = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()));
		CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), text, false);
		return result.isError() ? null : text.flip();
	}

	private static boolean looksLikeText(CharBuffer text) {
		int ideographs = 0;
		int odd = 0;
		int nonAscii = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 || c == 0x7f) {
				if (c != '\t' && c != '\n' && c != '\r' && c != '\f') {
					return false;
				}
				continue;
			}
			if (c < 0x80) {
				continue;
			}
			nonAscii++;
			int type = Character.getType(c);
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
				ideographs++;
			}
			else if (type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.CONTROL) {
				odd++;
			}
		}
		return ideographs >= MIN_IDEOGRAPHS && odd * 100 <= nonAscii;
	}

}
