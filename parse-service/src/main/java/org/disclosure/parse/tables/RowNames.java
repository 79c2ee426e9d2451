package org.disclosure.parse.tables;

import java.util.regex.Pattern;

import org.disclosure.parse.text.CompactText;

/**
 * The two forms of a row's name: the label as printed (spaces inside CJK words and line
 * breaks of wrapped cells removed) and the name rows are matched by (compact, half-width,
 * without numbering such as {@code 一、}, {@code （一）}, {@code 1.}, {@code 其中：}).
 */
public final class RowNames {

	private static final Pattern NUMBERING = Pattern.compile(
			"^(?:其中:|加:|减:)?(?:[一二三四五六七八九十百]+[、.]|\\([一二三四五六七八九十百]+\\)[、.]?|[0-9]{1,2}(?:[.、](?![0-9])|\\))|[①-⑳])");

	private static final Pattern LEADING_WORDS = Pattern.compile("^(?:其中:|加:|减:)");

	private RowNames() {
	}

	/**
	 * A cell's text as a label: whitespace next to a CJK character removed, other runs of
	 * whitespace (line breaks included) one space.
	 * @param text the cell's text
	 * @return the label
	 */
	public static String label(String text) {
		if (text == null) {
			return "";
		}
		String collapsed = text.strip().replaceAll("\\s+", " ");
		StringBuilder label = new StringBuilder(collapsed.length());
		for (int i = 0; i < collapsed.length(); i++) {
			char c = collapsed.charAt(i);
			if (c == ' ') {
				char before = (i > 0) ? collapsed.charAt(i - 1) : ' ';
				char after = (i + 1 < collapsed.length()) ? collapsed.charAt(i + 1) : ' ';
				if (isWide(before) || isWide(after)) {
					continue;
				}
			}
			label.append(c);
		}
		return label.toString();
	}

	/**
	 * The name a row is matched by: compact, half-width, without numbering.
	 * @param label a label or a cell's text
	 * @return the name
	 */
	public static String name(String label) {
		String compact = CompactText.of(label);
		String stripped = NUMBERING.matcher(compact).replaceFirst("");
		stripped = LEADING_WORDS.matcher(stripped).replaceFirst("");
		return stripped;
	}

	/** True when {@code label}'s name is {@code name} (both compared as names). */
	public static boolean is(String label, String name) {
		return name(label).equals(name(name));
	}

	/** True for CJK characters and full-width punctuation. */
	static boolean isWide(char c) {
		Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
		return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
				|| block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
				|| block == Character.UnicodeBlock.GENERAL_PUNCTUATION
				|| block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A;
	}

}
