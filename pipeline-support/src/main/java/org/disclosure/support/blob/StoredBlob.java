package org.disclosure.support.blob;

/**
 * Bytes held by the {@link BlobStore}.
 *
 * @param key SHA-256 of the bytes, lower-case hex
 * @param created false when the store already held these bytes
 */
public record StoredBlob(String key, long sizeBytes, boolean created) {
}
