package org.disclosure.parse.layout;

/** What a line of a {@link Layout} is. */
public enum LineKind {

	/** Running text: a paragraph, a heading, a title, a note. */
	TEXT,

	/** A row of a table: two or more cells, or one cell of a table element. */
	ROW,

	/** The name of a spreadsheet sheet: a boundary no table crosses. */
	SHEET

}
