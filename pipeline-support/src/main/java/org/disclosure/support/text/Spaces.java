package org.disclosure.support.text;

/**
 * The spaces documents print between and inside words: every Unicode whitespace and space
 * character, the zero-width space and the byte-order mark. PDF and Word split CJK words
 * with them, so the parser and the rules compare names and titles without any.
 */
public final class Spaces {

	private Spaces() {
	}

	/** True for a space of any of those kinds. */
	public static boolean isSpace(char c) {
		if ((c > ' ' && c < '\u007f') || (c >= '\u4e00' && c <= '\u9fff')) {
			// Printable ASCII and the CJK ideographs, most of what is asked: never space.
			return false;
		}
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
	}

	/** {@code text} without its spaces: {@code text} itself when it has none. */
	public static String without(String text) {
		int first = 0;
		while (first < text.length() && !isSpace(text.charAt(first))) {
			first++;
		}
		if (first == text.length()) {
			return text;
		}
		char[] kept = new char[text.length()];
		text.getChars(0, first, kept, 0);
		int length = first;
		for (int i = first + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isSpace(c)) {
				kept[length++] = c;
			}
		}
		return new String(kept, 0, length);
	}

}
