package org.disclosure.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The money unit a table prints its amounts in (its {@code 单位：元} line) and the conversion
 * of its amounts to 万元, the unit totals and rules work in. The conversion moves the
 * decimal point, so an amount keeps its printed precision: 164,978,640 元 is 16497.8640
 * 万元, precise to the 元. Cells that are no money (percentages, scores, counts) keep their
 * value.
 */
public final class MoneyUnit {

	/** The unit amounts are compared in. */
	public static final String TEN_THOUSAND = "万元";

	/** Column headers of figures that are no money. */
	private static final Pattern NOT_MONEY = Pattern.compile("分值|得分|分数|率|%|比例|比重|权重|数量|人数|个数|次数|辆|序号|编码|代码|指标值");

	private MoneyUnit() {
	}

	/**
	 * How many places the decimal point moves from {@code unit} to 万元: 4 from 元, 1 from
	 * 千元, -4 from 亿元, 0 from 万元 or an unknown unit.
	 */
	public static int shiftToTenThousands(String unit) {
		if (unit == null) {
			return 0;
		}
		return switch (unit) {
			case "元" -> 4;
			case "千元" -> 1;
			case "亿元" -> -4;
			default -> 0;
		};
	}

	/** {@code amount}, printed in {@code unit}, in 万元. */
	public static BigDecimal inTenThousands(BigDecimal amount, String unit) {
		int shift = shiftToTenThousands(unit);
		return (amount == null || shift == 0) ? amount : amount.movePointLeft(shift);
	}

	/** {@code table} with its money cells in 万元; the table as read when it prints 万元. */
	static Table inTenThousands(Table table) {
		if (shiftToTenThousands(table.unit()) == 0) {
			return table;
		}
		List<String> notMoney = new ArrayList<>();
		for (TableColumn column : table.columns()) {
			if (NOT_MONEY.matcher(column.header()).find() || NOT_MONEY.matcher(column.name()).find()) {
				notMoney.add(column.name());
			}
		}
		List<TableRow> rows = new ArrayList<>();
		for (TableRow row : table.rows()) {
			List<TableCell> cells = new ArrayList<>();
			for (TableCell cell : row.cells()) {
				boolean money = cell.amount() != null && !cell.percent() && !notMoney.contains(cell.column());
				cells.add(money
						? new TableCell(cell.column(), cell.text(), inTenThousands(cell.amount(), table.unit()), false)
						: cell);
			}
			rows.add(row.withCells(cells));
		}
		return table.withRows(rows);
	}

}
