package org.disclosure.validate.rules.vocabulary;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How deep a row's printed numbering puts it: 一、 (1), （一） (2), 1. or 1、 (3), ① (4); 0 for
 * a row without numbering. Under 一、财政拨款收入 the rows 1. 一般公共预算 and 2. 政府性基金 are its parts,
 * not items of their own.
 */
public final class Numbering {

	private static final List<Pattern> LEVELS = List.of(Pattern.compile("^[一二三四五六七八九十百]+[、.．]"),
			Pattern.compile("^[(（][一二三四五六七八九十百]+[)）]"), Pattern.compile("^[0-9]{1,2}(?:[.．、](?![0-9])|[)）])"),
			Pattern.compile("^[①-⑳]"));

	private Numbering() {
	}

	/** The depth of the numbering {@code label} starts with; 0 when it has none. */
	public static int depth(String label) {
		if (label == null) {
			return 0;
		}
		String compact = label.strip();
		for (int level = 0; level < LEVELS.size(); level++) {
			if (LEVELS.get(level).matcher(compact).find()) {
				return level + 1;
			}
		}
		return 0;
	}

}
