package org.disclosure.parse.totals;

import java.util.List;

/**
 * Where a total was read: a table cell (code, row, column) or a narrative sentence.
 *
 * @param origin table or narrative
 * @param table the table's code ({@code FA01}); null for the narrative
 * @param rows the rows read (one, or the addends of a sum such as BU03 人员经费 = 工资福利支出 +
 * 对个人和家庭的补助); empty for the narrative
 * @param columns the columns read, in the order of {@code rows}' cells
 * @param line the layout line of the row or sentence
 * @param section the narrative section; null for a table
 * @param sentence the narrative sentence; null for a table
 */
public record TotalSource(Origin origin, String table, List<String> rows, List<String> columns, int line,
		String section, String sentence) {

	public TotalSource {
		rows = List.copyOf(rows);
		columns = List.copyOf(columns);
	}

	/** Where totals come from. */
	public enum Origin {

		/** The defined table cell. */
		TABLE,

		/** The narrative, because the table is absent. */
		NARRATIVE

	}

}
