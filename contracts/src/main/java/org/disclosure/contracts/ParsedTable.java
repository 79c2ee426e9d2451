package org.disclosure.contracts;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A standard table read from a disclosure, recognised by its title.
 *
 * @param code canonical code (FA01…, BU01…, PERF_DEPT, PERF_PROJECT), whatever the
 * document prints
 * @param printedNumber the number the document prints (公开01表, YS13), if any
 * @param unit the money unit its header states (万元, 元); the cells' amounts are in 万元
 * whatever it is, their text as printed
 * @param notes its 注 lines
 * @param explanation its 说明, e.g. why it is empty
 * @param recognition how its code was found: {@code title}, or {@code shape} when its
 * title is unknown and its columns and rows say what it is
 * @param page the page its title is printed on, where the format has pages
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ParsedTable(String code, String title, String printedNumber, String unit, List<ParsedColumn> columns,
		List<ParsedRow> rows, List<String> notes, String explanation, String recognition, Integer page) {

	/** A table without recognition or page (events before they were recorded). */
	public ParsedTable(String code, String title, String printedNumber, String unit, List<ParsedColumn> columns,
			List<ParsedRow> rows, List<String> notes, String explanation) {
		this(code, title, printedNumber, unit, columns, rows, notes, explanation, null, null);
	}

	/** A column: its canonical name (rows are read by it) and its header as printed. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record ParsedColumn(String name, String header, boolean numeric) {
	}

	/**
	 * A row, matched by name, never by its printed row number.
	 *
	 * @param kind total, subject, unit or line
	 * @param group the side or section it belongs to (收入/支出, 人员经费/公用经费), if any
	 * @param name the label without numbering, compact and half-width
	 * @param code subject, economic, unit or project code, joined when printed in 类/款/项
	 * columns
	 * @param codeKind what the code classifies: functional, economic, unit, project
	 * @param level 类, 款 or 项 for subject codes
	 * @param parentCode the code one level up
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record ParsedRow(String kind, String group, String label, String name, String code, String codeKind,
			String level, String parentCode, List<ParsedCell> cells) {
	}

	/**
	 * A cell under its column. {@code amount} is null in a text column; blank, - and —
	 * are zero in a numeric one. A money amount is in 万元 (converted from the table's unit
	 * by moving the decimal point), its scale the printed precision.
	 *
	 * @param source where the cell was read: null for the document's text, {@link #OCR}
	 * for a page read by OCR
	 * @param confidence OCR's confidence in the reading (0–1); null for text, and for a
	 * blank cell of an OCR'd page
	 * @param correction the correction of OCR's reading by a sum identity, when one was
	 * made ({@code text} and {@code amount} are the corrected figure)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ParsedCell(String column, String text, BigDecimal amount, boolean percent, String source,
			BigDecimal confidence, OcrCorrection correction) {

		/** {@code source} of a cell read by OCR. */
		public static final String OCR = "ocr";

		/** A cell read from the document's text. */
		public ParsedCell(String column, String text, BigDecimal amount, boolean percent) {
			this(column, text, amount, percent, null, null, null);
		}

	}

}
