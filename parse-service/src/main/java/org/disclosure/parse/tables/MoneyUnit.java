package org.disclosure.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The conversion of a table's amounts from the money unit it prints (its {@code 单位：元}
 * line) to 万元, the unit totals and rules work in, by the contract's
 * {@link org.disclosure.contracts.MoneyUnit}: the decimal point moves, so an amount keeps
 * its printed precision (12,345,678 元 is 1234.5678 万元, not 1234.567800: whole 元 are as
 * precise as the table is). Cells that are no money (percentages, scores, counts) keep
 * their value.
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
								org.disclosure.contracts.MoneyUnit.inTenThousands(printed(cell), table.unit()), false)
						: cell);
			}
			rows.add(row.withCells(cells));
		}
		return table.withRows(rows);
	}

	/**
	 * The cell's amount at the precision it prints: the two decimals a money cell is
	 * given for spreadsheets that drop trailing zeros (276.5 for 276.50 万元) would claim 分
	 * where a table prints whole 元.
	 */
	private static BigDecimal printed(TableCell cell) {
		return Amounts.parse(cell.text())
			.filter((number) -> number.compareTo(cell.amount()) == 0)
			.orElse(cell.amount());
	}

}
