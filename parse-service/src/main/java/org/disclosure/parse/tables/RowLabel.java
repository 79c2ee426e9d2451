package org.disclosure.parse.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.parse.text.CompactText;

/**
 * What the label cells of a row say: its code (joined when printed in 类/款/项 columns:
 * {@code 210 | 15 | 01} → {@code 2101501}), its name, a unit code ({@code 517
 * 卢氏县医疗保障局} is a budget unit, not a subject), a group, other text cells.
 *
 * @param code the code, null when none
 * @param unit true when the code is a budget unit's
 * @param label the name as printed
 * @param group the group cell's text (类型), null when none
 * @param texts other text cells, under their column names
 */
record RowLabel(String code, boolean unit, String label, String group, List<TableCell> texts) {

	private static final Pattern DIGITS = Pattern.compile("[0-9]{1,25}");

	private static final Pattern CODE_AND_NAME = Pattern.compile("^([0-9]{3}|[0-9]{5}|[0-9]{7})\\s*([^0-9.,].*)$");

	private static final Pattern CODE_LEVEL_HEADER = Pattern.compile("^[类款项]$");

	/** A code a functional subject can have: 类 201–239 and its 款/项. */
	private static final Pattern SUBJECT_CODE = Pattern.compile("2[0-3][0-9](?:[0-9]{2}){0,2}");

	/**
	 * Shortest name that is a unit's where the code could be a subject's: a place and an
	 * office.
	 */
	private static final int MIN_UNIT_NAME = 5;

	private static final Pattern UNIT_HEADER = Pattern.compile("单位(?:代码|编码)");

	private static final Pattern UNIT_NAME = Pattern
		.compile("(?:局|中心|院|所|站|队|处|办公室|委员会|学校|医院|馆|社|会|部|厅|委|办|(?:\\(本级\\)))$");

	/**
	 * Reads label cells.
	 * @param cells the cells left of the amount columns
	 * @param headers the stacked header over each of them
	 * @param template the table's template
	 * @return what they say
	 */
	static RowLabel read(List<String> cells, List<String> headers, TableTemplate template) {
		String code = null;
		String unitCode = null;
		int codeEnd = -1;
		String name = null;
		String group = null;
		List<String> otherTexts = new ArrayList<>();
		List<String> otherHeaders = new ArrayList<>();
		for (int p = 0; p < cells.size(); p++) {
			String value = RowNames.label(cells.get(p));
			String compact = CompactText.of(value);
			String header = (p < headers.size()) ? headers.get(p) : "";
			if (compact.isEmpty() || CODE_LEVEL_HEADER.matcher(compact).matches()) {
				// 类 | 款 | 项 printed in the band of the first row (合计) is header text
				continue;
			}
			if (template.groupHeader() != null && template.groupHeader().matcher(header).find()) {
				group = value;
				continue;
			}
			if (DIGITS.matcher(compact).matches()) {
				if (UNIT_HEADER.matcher(header).find()) {
					unitCode = compact;
				}
				else if (code == null && name == null) {
					code = compact;
					codeEnd = p;
				}
				else if (p == codeEnd + 1 && (code.length() == 3 || code.length() == 5) && compact.length() <= 2) {
					// 款 and 项 columns; a spreadsheet may have dropped the leading zero
					// (05 → 5).
					code = code + ((compact.length() == 1) ? "0" + compact : compact);
					codeEnd = p;
				}
				else {
					otherTexts.add(value);
					otherHeaders.add(header);
				}
				continue;
			}
			boolean nameColumn = template.nameHeader() == null || template.nameHeader().matcher(header).find();
			if (name == null && nameColumn) {
				name = value;
			}
			else {
				otherTexts.add(value);
				otherHeaders.add(header);
			}
		}
		if (name == null && !otherTexts.isEmpty()) {
			name = otherTexts.remove(0);
			otherHeaders.remove(0);
		}
		if (code == null && name != null) {
			Matcher split = CODE_AND_NAME.matcher(name);
			if (split.matches()) {
				code = split.group(1);
				name = RowNames.label(split.group(2));
			}
		}
		boolean unit = false;
		if (code == null && unitCode != null) {
			code = unitCode;
			unit = true;
		}
		else if (code != null && code.length() <= 6 && name != null && looksLikeUnit(name)
				&& !(SUBJECT_CODE.matcher(code).matches() && CompactText.of(name).length() < MIN_UNIT_NAME)) {
			// 517 卢氏县医疗保障局 is a unit; 20405 法院 and 20404 检察 are subjects
			unit = true;
		}
		List<TableCell> texts = new ArrayList<>();
		for (int i = 0; i < otherTexts.size(); i++) {
			String header = otherHeaders.get(i);
			texts.add(new TableCell(header.isEmpty() ? "说明" : header, otherTexts.get(i), null, false));
		}
		return new RowLabel(code, unit, (name != null) ? name : "", group, texts);
	}

	/** True for the name of a budget unit rather than a subject. */
	static boolean looksLikeUnit(String name) {
		String compact = CompactText.of(name);
		return !compact.endsWith("支出") && !compact.endsWith("收入") && UNIT_NAME.matcher(compact).find();
	}

}
