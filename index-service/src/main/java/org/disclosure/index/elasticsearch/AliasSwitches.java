package org.disclosure.index.elasticsearch;

import java.io.IOException;
import java.util.List;

/**
 * The aliases still pointing at an earlier version than the one this service writes, and
 * the one step that moves them all.
 */
public interface AliasSwitches {

	/** The aliases that do not point at the current version's index alone. */
	List<AliasSwitch> pending() throws IOException;

	/**
	 * Moves every pending alias to its current index in one atomic request, after a
	 * refresh so the new indices show everything written; returns what moved.
	 */
	List<AliasSwitch> switchAll() throws IOException;

}
