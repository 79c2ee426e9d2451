package org.disclosure.support.blob;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * Where blobs and records live, the same on every backend (relative paths on a folder,
 * object keys in a bucket), so a store can be copied from one to the other. Keys and
 * names are checked here, so no caller can name anything outside the store.
 */
final class StoreLayout {

	/** The folder, or key prefix, of the records. */
	static final String RECORDS = "records/";

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

	private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._-]+");

	private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._/-]*");

	private static final int MAX_NAME_LENGTH = 512;

	/** The longest file name most filesystems take. */
	private static final int MAX_SEGMENT_LENGTH = 255;

	private StoreLayout() {
	}

	/** {@code sha256/ab/cd/abcd…} for a blob key; refuses anything but a SHA-256. */
	static String blob(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a SHA-256 blob key: " + key);
		}
		return "sha256/" + key.substring(0, 2) + "/" + key.substring(2, 4) + "/" + key;
	}

	/** {@code records/<name>} for a record name; refuses a name outside the rules. */
	static String record(String name) {
		if (name == null || name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("Not a record name (1 to " + MAX_NAME_LENGTH + " characters): " + name);
		}
		for (String segment : name.split("/", -1)) {
			if (!SEGMENT.matcher(segment).matches() || segment.length() > MAX_SEGMENT_LENGTH || segment.equals(".")
					|| segment.equals("..")) {
				throw new IllegalArgumentException("Not a record name (segments of 1 to " + MAX_SEGMENT_LENGTH
						+ " characters A-Z a-z 0-9 . _ - joined by /, never . or ..): " + name);
			}
		}
		return RECORDS + name;
	}

	/**
	 * {@code records/<prefix>} for a prefix of record names: the characters of names,
	 * whole segments never empty, {@code .} or {@code ..}; the last may be partial.
	 */
	static String recordPrefix(String prefix) {
		if (prefix == null || prefix.length() > MAX_NAME_LENGTH || !PREFIX.matcher(prefix).matches()) {
			throw new IllegalArgumentException("Not a prefix of record names: " + prefix);
		}
		String[] segments = prefix.split("/", -1);
		for (int i = 0; i < segments.length - 1; i++) {
			if (segments[i].isEmpty() || segments[i].equals(".") || segments[i].equals("..")) {
				throw new IllegalArgumentException("Not a prefix of record names: " + prefix);
			}
		}
		return RECORDS + prefix;
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
