package org.disclosure.parse.ocr;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 〇 of a date in Chinese numerals (二〇二五年), which chi_sim reads as the Latin letter O
 * or the digit 0, or as both 〇 and O: between Chinese numerals such a letter is 〇, and a
 * letter beside a 〇 it doubles is dropped. Characters of words are not corrected here: a
 * table whose title OCR misreads is still found by its shape.
 */
final class ChineseNumeralZeros {

	/** Marks a character read twice: the line keeps its length, the letter is dropped. */
	static final char DROPPED = '\u0000';

	private static final List<Misread> MISREADS = List.of(
			new Misread(Pattern.compile("[Oo0](?=〇)|(?<=〇)[Oo0]"), String.valueOf(DROPPED)),
			new Misread(Pattern.compile("(?<=[一二三四五六七八九〇])[Oo0]|[Oo0](?=[一二三四五六七八九〇])"), "〇"));

	private ChineseNumeralZeros() {
	}

	/**
	 * {@code line} with each misread corrected, character for character (the corrected
	 * line is as long, so every character keeps its place; one read twice is
	 * {@link #DROPPED}).
	 */
	static String corrected(String line) {
		String text = line;
		for (Misread misread : MISREADS) {
			Matcher matcher = misread.pattern().matcher(text);
			text = matcher.replaceAll(misread.printed());
		}
		return text;
	}

	private record Misread(Pattern pattern, String printed) {
	}

}
