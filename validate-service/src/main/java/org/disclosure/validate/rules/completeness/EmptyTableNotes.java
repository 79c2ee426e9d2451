package org.disclosure.validate.rules.completeness;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.validate.rules.vocabulary.Names;

/**
 * What a document says of an empty table: the 说明 and 注 under it that speak of it being
 * empty (空表, 无…预算, 没有, 不涉及), the fund each table is of, and whether the narrative's
 * section on that fund states a nil amount.
 */
final class EmptyTableNotes {

	/** A note saying a table is empty or its fund absent. */
	private static final Pattern SAYS_EMPTY = Pattern
		.compile("空表|为空|无[^,，。；;]{0,20}(?:预算|决算|收入|支出|经费|安排|项目)|没有|不涉及|未安排|无相关|无此|此表无");

	/** The funds whose tables are often empty, and the words that name them. */
	enum Fund {

		GOVERNMENT_FUND("政府性基金", "FA07", "BU09"), STATE_CAPITAL("国有资本经营", "FA08", "FA13", "BU11"),
		THREE_PUBLIC("三公", "FA09", "BU08");

		private final String word;

		private final List<String> tables;

		Fund(String word, String... tables) {
			this.word = word;
			this.tables = List.of(tables);
		}

		String word() {
			return this.word;
		}

		/** The fund a table is of; null for the others. */
		static Fund of(String code) {
			for (Fund fund : values()) {
				if (fund.tables.contains(code)) {
					return fund;
				}
			}
			return null;
		}

	}

	private EmptyTableNotes() {
	}

	/** The 说明 and 注 under {@code table} that say it is empty, as printed. */
	static List<String> saying(ParsedTable table) {
		List<String> saying = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		if (table.explanation() != null) {
			notes.add(table.explanation());
		}
		if (table.notes() != null) {
			notes.addAll(table.notes());
		}
		for (String note : notes) {
			if (note != null && SAYS_EMPTY.matcher(Names.fold(note)).find()) {
				saying.add(note);
			}
		}
		return saying;
	}

	/**
	 * True when the narrative states a nil amount of the fund {@code table} is of
	 * (政府性基金支出预算 0 万元).
	 */
	static boolean narrativeSaysNil(DocumentParsed document, ParsedTable table) {
		Fund fund = Fund.of(table.code());
		if (fund == null || document.figures() == null) {
			return false;
		}
		for (NarrativeFigure figure : document.figures()) {
			String sentence = (figure.sentence() != null) ? Names.fold(figure.sentence()) : "";
			String section = (figure.section() != null) ? Names.fold(figure.section()) : "";
			boolean aboutFund = sentence.contains(fund.word()) || section.contains(fund.word());
			if (aboutFund && figure.value() != null && figure.value().compareTo(BigDecimal.ZERO) == 0
					&& "万元".equals(figure.unit())) {
				return true;
			}
		}
		return false;
	}

}
