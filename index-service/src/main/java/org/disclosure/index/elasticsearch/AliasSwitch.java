package org.disclosure.index.elasticsearch;

import java.util.List;

/**
 * An alias readers use that is to move, or moved, from the indices of earlier versions to
 * the current version's index.
 *
 * @param alias e.g. {@code disclosures}
 * @param from the indices it pointed at, e.g. {@code [disclosures-v3]}
 * @param to the current version's index, e.g. {@code disclosures-v4}
 */
public record AliasSwitch(String alias, List<String> from, String to) {

	public AliasSwitch {
		from = List.copyOf(from);
	}

}
