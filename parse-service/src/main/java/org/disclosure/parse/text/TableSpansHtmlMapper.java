package org.disclosure.parse.text;

import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;

/**
 * Tika's HTML mapping, keeping the {@code colspan} and {@code rowspan} of table cells,
 * which its default drops: a header cell merged over the columns below it (本年支出 over 合计,
 * 基本支出, 项目支出) or down two header rows (科目名称) is then where the page draws it, and the
 * columns below line up with the figures.
 */
final class TableSpansHtmlMapper extends DefaultHtmlMapper {

	static final HtmlMapper INSTANCE = new TableSpansHtmlMapper();

	@Override
	public String mapSafeAttribute(String elementName, String attributeName) {
		boolean cell = "td".equals(elementName) || "th".equals(elementName);
		if (cell && ("colspan".equals(attributeName) || "rowspan".equals(attributeName))) {
			return attributeName;
		}
		return super.mapSafeAttribute(elementName, attributeName);
	}

}
