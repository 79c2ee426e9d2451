package org.disclosure.parse.tables;

import java.util.List;

import org.disclosure.parse.layout.LayoutLine;

/**
 * A table read from its region, and the lines of the region the reader could not place:
 * rows that fit no column of the template, stray text.
 *
 * @param table the table
 * @param unread the region's rows and text lines that fit nowhere
 */
public record TableReading(Table table, List<LayoutLine> unread) {

	public TableReading {
		unread = List.copyOf(unread);
	}

}
