package org.disclosure.stack;

import java.util.Locale;

/**
 * The one-line progress bar of {@code ./pipeline push}: files and bytes done of the
 * total.
 */
final class ProgressBar {

	private ProgressBar() {
	}

	static String render(int doneFiles, int totalFiles, long doneBytes, long totalBytes, int width) {
		double fraction;
		if (totalBytes > 0) {
			fraction = (double) doneBytes / totalBytes;
		}
		else {
			fraction = (totalFiles > 0) ? (double) doneFiles / totalFiles : 1.0;
		}
		fraction = Math.max(0, Math.min(1, fraction));
		int filled = (int) Math.round(fraction * width);
		return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + doneFiles + "/" + totalFiles + " files  "
				+ bytes(doneBytes) + " / " + bytes(totalBytes);
	}

	/** A byte count for people: {@code 512 B}, {@code 3.4 KB}, {@code 12.0 MB}. */
	static String bytes(long count) {
		if (count < 1024) {
			return count + " B";
		}
		String[] units = { "KB", "MB", "GB", "TB" };
		double value = count;
		int unit = -1;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
	}

}
