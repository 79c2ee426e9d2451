package org.disclosure.parse.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The simplified form of a traditional Chinese character (部門決算 → 部门决算, 財政撥款 → 财政拨款), one
 * character for one, so that a disclosure printed in traditional characters matches what
 * the parser looks for. The table, {@value #RESOURCE}, is ICU's Traditional-Simplified
 * transliteration of every BMP character it maps to a single BMP character, generated and
 * kept current by {@code SimplifiedCharactersTable} in the tests (ICU is a test
 * dependency only: 15 MB and a second to compile its rules, for a table of 3,000 pairs).
 */
public final class SimplifiedCharacters {

	/** Pairs of characters, traditional then simplified, one pair a line, UTF-8. */
	public static final String RESOURCE = "traditional-simplified.txt";

	private SimplifiedCharacters() {
	}

	/**
	 * The simplified form of {@code c}.
	 * @param c any character
	 * @return its simplified form, {@code c} itself when it has none
	 */
	public static char of(char c) {
		char simplified = Table.SIMPLIFIED[c];
		return (simplified != 0) ? simplified : c;
	}

	/** Loaded on first use: 3,000 pairs in a 64K array (128 KB). */
	private static final class Table {

		private static final char[] SIMPLIFIED = load();

		private static char[] load() {
			char[] table = new char[Character.MAX_VALUE + 1];
			try (InputStream in = SimplifiedCharacters.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("Missing resource " + RESOURCE);
				}
				for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
					if (line.length() == 2) {
						table[line.charAt(0)] = line.charAt(1);
					}
					else if (!line.isEmpty() && line.charAt(0) != '#') {
						throw new IllegalStateException("Not a pair of characters in " + RESOURCE + ": " + line);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return table;
		}

	}

}
