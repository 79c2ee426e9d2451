package org.disclosure.validate.rules.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A name the rules look for (a column, a row, a narrative subject) and the other names
 * documents and the parser print for it, most preferred first. The rules ask a term for
 * its names for every row and column they look up, so the list is built once.
 */
public final class Term {

	private final String name;

	private final List<String> aliases;

	private final List<String> names;

	/**
	 * @param name the canonical name, used in messages
	 * @param aliases other printed names
	 */
	public Term(String name, List<String> aliases) {
		this.name = name;
		this.aliases = List.copyOf(aliases);
		List<String> all = new ArrayList<>(this.aliases.size() + 1);
		all.add(name);
		all.addAll(this.aliases);
		this.names = List.copyOf(all);
	}

	public static Term of(String name, String... aliases) {
		return new Term(name, List.of(aliases));
	}

	/** The canonical name, used in messages. */
	public String name() {
		return this.name;
	}

	/** The other printed names. */
	public List<String> aliases() {
		return this.aliases;
	}

	/** The canonical name followed by the aliases. */
	public List<String> names() {
		return this.names;
	}

	/** True when {@code printed} is one of this term's names (normalized). */
	public boolean matches(String printed) {
		String normalized = Names.normalize(printed);
		if (normalized.isEmpty()) {
			return false;
		}
		for (String candidate : this.names) {
			if (Names.normalize(candidate).equals(normalized)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Term term && this.name.equals(term.name) && this.aliases.equals(term.aliases);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.name, this.aliases);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
