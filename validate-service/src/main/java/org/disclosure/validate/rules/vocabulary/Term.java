package org.disclosure.validate.rules.vocabulary;

import java.util.List;
import java.util.stream.Stream;

/**
 * A name the rules look for (a column, a row, a narrative subject) and the other names
 * documents and the parser print for it, most preferred first.
 *
 * @param name the canonical name, used in messages
 * @param aliases other printed names
 */
public record Term(String name, List<String> aliases) {

	public Term {
		aliases = List.copyOf(aliases);
	}

	public static Term of(String name, String... aliases) {
		return new Term(name, List.of(aliases));
	}

	/** The canonical name followed by the aliases. */
	public List<String> names() {
		return Stream.concat(Stream.of(this.name), this.aliases.stream()).toList();
	}

	/** True when {@code printed} is one of this term's names (normalized). */
	public boolean matches(String printed) {
		String normalized = Names.normalize(printed);
		if (normalized.isEmpty()) {
			return false;
		}
		for (String candidate : names()) {
			if (Names.normalize(candidate).equals(normalized)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String toString() {
		return this.name;
	}

}
