package org.disclosure.support.blob;

import java.io.IOException;

/** The bytes offered to the store exceeded the limit; nothing was stored. */
public class BlobTooLargeException extends IOException {

	private final long limitBytes;

	public BlobTooLargeException(long limitBytes) {
		super("Document exceeds the size limit of " + limitBytes + " bytes");
		this.limitBytes = limitBytes;
	}

	public long limitBytes() {
		return this.limitBytes;
	}

}
