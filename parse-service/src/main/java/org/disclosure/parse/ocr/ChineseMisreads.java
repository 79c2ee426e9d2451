package org.disclosure.parse.ocr;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Characters of the disclosures' vocabulary that chi_sim reads as another in the 宋体 and
 * 黑体 of table titles, where the misread pair is no word a disclosure prints: 支 read as 文
 * (收文预算总表, 文出), 款 as 藉 or 亚 (财政拨藉). A misread title is a table not found and a "required
 * table missing" error the document does not deserve.
 */
final class ChineseMisreads {

	/** Marks a character read twice: the line keeps its length, the letter is dropped. */
	static final char DROPPED = '\u0000';

	private static final List<Misread> MISREADS = List.of(
			new Misread(Pattern.compile("[Oo0](?=〇)|(?<=〇)[Oo0]"), String.valueOf(DROPPED)),
			new Misread(Pattern.compile("(?<=[一二三四五六七八九〇])[Oo0]|[Oo0](?=[一二三四五六七八九〇])"), "〇"),
			new Misread(Pattern.compile("文(?=出)"), "支"), new Misread(Pattern.compile("(?<=收)文(?=[预决总、]|$)"), "支"),
			new Misread(Pattern.compile("(?<=拨)[藉亚](?=[收支基项预决总]|$)"), "款"));

	private ChineseMisreads() {
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
