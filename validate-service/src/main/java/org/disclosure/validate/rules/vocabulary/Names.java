package org.disclosure.validate.rules.vocabulary;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.disclosure.support.text.Spaces;

/**
 * The form names are compared in: no whitespace (PDF and Word split CJK words),
 * full-width forms folded to ASCII ({@code （类）：} = {@code (类):}), no quotes, no numbering
 * ({@code 一、}, {@code （一）}, {@code 1.}, {@code (1)}), no {@code 其中:}, no level markers
 * ({@code (类)}, {@code (款)}, {@code (项)}), no trailing colon.
 */
public final class Names {

	private static final Pattern NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十百]+[、.]|\\([一二三四五六七八九十百]+\\)[、.]?"
			+ "|\\([0-9]{1,2}\\)[、.]?|[0-9]{1,2}(?:[.、](?![0-9])|\\))|[①-⑳])");

	private static final Pattern LEADING_WORDS = Pattern.compile("^(?:其中|加|减)[:]?");

	private static final Pattern LEVEL_MARKERS = Pattern.compile("\\((?:类|款|项)\\)");

	private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』]");

	/**
	 * Normalized forms already computed: the rules compare the same few thousand labels
	 * (columns, rows, subjects) over and over, and normalizing runs a handful of regular
	 * expressions. Emptied when it grows past {@link #REMEMBERED} names.
	 */
	private static final Map<String, String> NORMALIZED = new ConcurrentHashMap<>();

	private static final int REMEMBERED = 100_000;

	private Names() {
	}

	/** The compared form of a name; empty for null. */
	public static String normalize(String name) {
		if (name == null) {
			return "";
		}
		String normalized = NORMALIZED.get(name);
		if (normalized == null) {
			if (NORMALIZED.size() >= REMEMBERED) {
				NORMALIZED.clear();
			}
			normalized = compute(name);
			NORMALIZED.put(name, normalized);
		}
		return normalized;
	}

	private static String compute(String name) {
		String compact = fold(name);
		compact = QUOTES.matcher(compact).replaceAll("");
		String previous;
		do {
			previous = compact;
			compact = LEADING_WORDS.matcher(compact).replaceFirst("");
			compact = NUMBERING.matcher(compact).replaceFirst("");
		}
		while (!compact.equals(previous));
		compact = LEVEL_MARKERS.matcher(compact).replaceAll("");
		while (compact.endsWith(":")) {
			compact = compact.substring(0, compact.length() - 1);
		}
		return compact;
	}

	/** {@code text} without whitespace, full-width forms folded to ASCII. */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String printed = Spaces.without(text);
		int first = 0;
		while (first < printed.length() && !isFullWidth(printed.charAt(first))) {
			first++;
		}
		if (first == printed.length()) {
			return printed;
		}
		char[] folded = printed.toCharArray();
		for (int i = first; i < folded.length; i++) {
			if (isFullWidth(folded[i])) {
				folded[i] = (char) (folded[i] - 0xfee0);
			}
		}
		return new String(folded);
	}

	/** A full-width form of an ASCII character (U+FF01–U+FF5E). */
	private static boolean isFullWidth(char c) {
		return c >= '\uff01' && c <= '\uff5e';
	}

	/** True when both name the same thing once normalized. */
	public static boolean same(String a, String b) {
		return normalize(a).equals(normalize(b));
	}

}
