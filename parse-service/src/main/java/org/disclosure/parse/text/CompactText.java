package org.disclosure.parse.text;

import org.disclosure.support.text.Spaces;

/**
 * Forms of a line used for matching. {@link #of} removes whitespace (PDF and Word put
 * spaces inside CJK words: {@code 本年收入合 计}, {@code 2024 年度}), folds full-width ASCII to
 * half-width ({@code （类）：} equals {@code (类):}) and traditional characters to simplified
 * ones ({@code 財政撥款收入支出決算總表} equals {@code 财政拨款收入支出决算总表}, see
 * {@link SimplifiedCharacters}). Folding maps one character to one character, so a
 * position found in {@code of(s)} is the same position in {@link #printed printed(s)},
 * and one found in {@code fold(s)} is the same in {@code s}: what is reported (names,
 * titles, labels) is cut from the printed form and keeps the printed characters.
 */
public final class CompactText {

	private CompactText() {
	}

	/**
	 * {@code text} without whitespace, full-width forms folded to ASCII.
	 * @param text any text, or null
	 * @return the compact form, empty for null
	 */
	public static String of(String text) {
		return fold(printed(text));
	}

	/**
	 * {@code text} without whitespace, characters as printed: the form names are reported
	 * in ({@code 许昌市医疗保障局（本级）}).
	 * @param text any text, or null
	 * @return the text without whitespace, empty for null
	 */
	public static String printed(String text) {
		if (text == null) {
			return "";
		}
		return Spaces.without(text);
	}

	/**
	 * {@code text} with full-width ASCII forms (U+FF01–U+FF5E) folded to ASCII, the
	 * ideographic space to a space and traditional characters to simplified ones; same
	 * length as {@code text}.
	 * @param text any text, or null
	 * @return the folded text, empty for null
	 */
	public static String fold(String text) {
		return fold(text, true);
	}

	/**
	 * {@code text} with full-width ASCII forms folded to ASCII and the ideographic space
	 * to a space, characters otherwise as printed (traditional ones too): the form
	 * sentences are reported in; same length as {@code text}.
	 * @param text any text, or null
	 * @return the text in half-width forms, empty for null
	 */
	public static String halfWidth(String text) {
		return fold(text, false);
	}

	private static String fold(String text, boolean simplify) {
		if (text == null) {
			return "";
		}
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			if (c >= '\uff01' && c <= '\uff5e') {
				chars[i] = (char) (c - 0xfee0);
			}
			else if (Spaces.isSpace(c)) {
				chars[i] = (c == '\t' || c == '\n' || c == '\r') ? c : ' ';
			}
			else if (simplify) {
				chars[i] = SimplifiedCharacters.of(c);
			}
		}
		return new String(chars);
	}

}
