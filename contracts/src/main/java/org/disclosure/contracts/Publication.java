package org.disclosure.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which part of a disclosure a file is. Most files are the whole disclosure; some
 * departments publish the narrative (说明) and the tables as two files, which are one
 * disclosure: both carry the same {@code linkKey} (department, fiscal year, kind), so
 * each finds the other whichever arrives first.
 *
 * @param part {@code whole}, {@code narrative} or {@code tables}
 * @param linkKey what the parts of one disclosure share; null for a whole disclosure or
 * when the department, year or kind is unknown
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Publication(String part, String linkKey) {

	/** A file holding the whole disclosure. */
	public static final String WHOLE = "whole";

	/** The narrative of a split publication, its tables published as another file. */
	public static final String NARRATIVE = "narrative";

	/** The tables of a split publication, its narrative published as another file. */
	public static final String TABLES = "tables";

	/** True for one file of a split publication. */
	public boolean split() {
		return NARRATIVE.equals(this.part) || TABLES.equals(this.part);
	}

}
