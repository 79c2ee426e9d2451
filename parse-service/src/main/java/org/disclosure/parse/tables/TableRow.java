package org.disclosure.parse.tables;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One row of a table, matched by its name, never by its printed row number (行次).
 *
 * @param line the layout line it was read from (the first one when wrapped)
 * @param kind total, subject, unit or plain line
 * @param group the side or section it belongs to: {@code 收入}/{@code 支出} in the two-sided
 * tables, {@code 人员经费}/{@code 公用经费} in the economic tables, a project's type; null where
 * a table has none
 * @param label the label as printed (spaces inside CJK words removed)
 * @param name the label without numbering ({@code 一、}, {@code （一）}), compact and
 * half-width: what rows are matched by
 * @param code the subject, economic, unit or project code, joined when printed in 类/款/项
 * columns; null when none
 * @param codeKind what the code classifies; null without a code
 * @param level 类, 款 or 项 for subject codes; null otherwise
 * @param parentCode the code one level up ({@code 21015} for {@code 2101501}); null at 类
 * @param cells the row's cells under the table's columns, in column order
 */
public record TableRow(int line, RowKind kind, String group, String label, String name, String code, CodeKind codeKind,
		SubjectLevel level, String parentCode, List<TableCell> cells) {

	public TableRow {
		cells = List.copyOf(cells);
	}

	/** This row with other cells. */
	TableRow withCells(List<TableCell> newCells) {
		return new TableRow(this.line, this.kind, this.group, this.label, this.name, this.code, this.codeKind,
				this.level, this.parentCode, newCells);
	}

	/** The cell under {@code column}. */
	public Optional<TableCell> cell(String column) {
		for (TableCell cell : this.cells) {
			if (cell.column().equals(column)) {
				return Optional.of(cell);
			}
		}
		return Optional.empty();
	}

	/** The amount under {@code column}, empty when the row has no number there. */
	public Optional<BigDecimal> amount(String column) {
		return cell(column).map(TableCell::amount);
	}

	/** True when the row's name is {@code name} (numbering and spacing ignored). */
	public boolean named(String name) {
		return this.name.equals(RowNames.name(name));
	}

	/** True when any of the row's amounts is not zero. */
	public boolean hasValue() {
		for (TableCell cell : this.cells) {
			if (cell.amount() != null && cell.amount().signum() != 0) {
				return true;
			}
		}
		return false;
	}

}
