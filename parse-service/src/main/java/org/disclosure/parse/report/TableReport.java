package org.disclosure.parse.report;

import java.util.List;

/**
 * How one table was read.
 *
 * @param code the canonical table
 * @param firstLine the layout line of its title
 * @param rows rows read
 * @param cells cells read
 * @param columnSource how its columns were mapped ({@code header}, {@code template},
 * {@code column-numbers}, {@code position}, {@code partial-header})
 * @param empty true when no amount is other than zero
 * @param explained true when it carries a 说明
 * @param unread lines of the table no template placed
 * @param unreadSamples a few of them
 */
public record TableReport(String code, int firstLine, int rows, int cells, String columnSource, boolean empty,
		boolean explained, int unread, List<String> unreadSamples) {

	public TableReport {
		unreadSamples = List.copyOf(unreadSamples);
	}

}
