package org.disclosure.parse.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * The conversion of a table's amounts from the money unit it prints (its {@code 单位：元}
 * line) to 万元, the unit totals and rules work in, by the contract's
 * {@link org.disclosure.contracts.MoneyUnit}: the decimal point moves, so an amount keeps
 * its printed precision. Cells that are no money (percentages, scores, counts) keep their
 * value.
 */
final class MoneyUnit {

	private MoneyUnit() {
	}

	/** {@code table} with its money cells in 万元; the table as read when it prints 万元. */
	static Table inTenThousands(Table table) {
		if (org.disclosure.contracts.MoneyUnit.shiftToTenThousands(table.unit()) == 0) {
			return table;
		}
		List<String> notMoney = new ArrayList<>();
		for (TableColumn column : table.columns()) {
			if (!org.disclosure.contracts.MoneyUnit.holdsMoney(column.name(), column.header())) {
				notMoney.add(column.name());
			}
		}
		List<TableRow> rows = new ArrayList<>();
		for (TableRow row : table.rows()) {
			List<TableCell> cells = new ArrayList<>();
			for (TableCell cell : row.cells()) {
				boolean money = cell.amount() != null && !cell.percent() && !notMoney.contains(cell.column());
				cells.add(money
						? new TableCell(cell.column(), cell.text(),
								org.disclosure.contracts.MoneyUnit.inTenThousands(cell.amount(), table.unit()), false)
						: cell);
			}
			rows.add(row.withCells(cells));
		}
		return table.withRows(rows);
	}

}
