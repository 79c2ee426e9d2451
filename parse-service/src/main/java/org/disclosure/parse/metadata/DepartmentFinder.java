package org.disclosure.parse.metadata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.parse.tables.TableScan;
import org.disclosure.parse.tables.TableTitle;
import org.disclosure.parse.text.CompactText;
import org.disclosure.parse.text.DocumentText;

/**
 * Finds the department a disclosure is about. Every place that names it casts a vote: the
 * title (two votes), each table header ({@code 部门：…}, {@code 单位（部门）:…}, {@code 部门名称 …},
 * {@code 主管部门 …}) and the narrative ({@code 第一部分 …概况}, {@code 从决算单位构成看，…部门决算包括}). The
 * name with most votes wins; the first seen wins a tie.
 */
final class DepartmentFinder {

	private static final String LABELS = "部门|单位|编制部门|编制单位|预算单位|填报单位|单位\\(部门\\)|部门\\(单位\\)|"
			+ "部门名称|单位名称|部门\\(单位\\)名称|单位\\(部门\\)名称|主管部门";

	/**
	 * A header label ({@code 部门：}, {@code 编制部门：}, {@code 预算主管部门：}), a colon and the value
	 * up to the next space or TAB, or in the next cell.
	 */
	private static final Pattern LABELLED = Pattern
		.compile("(?:^|\\s)(?:[\\p{IsHan}]{0,4}(?:" + LABELS + "))[ ]*:[ \\t]*(\\S+)");

	/** A name label in its own cell and the value in the next non-empty cell. */
	private static final Pattern NAME_CELL = Pattern
		.compile("(?:^|\\s)(?:部门名称|单位名称|部门\\(单位\\)名称|单位\\(部门\\)名称|主管部门)\\s+(\\S+)");

	/** A year, a unit label or a printed table number where a header value ends. */
	private static final Pattern VALUE_END = Pattern.compile("[0-9]|单位:|金额单位");

	/**
	 * What follows the organisation in a table title's decoration: a year, a level,
	 * 部门/单位.
	 */
	private static final Pattern WHOSE_REST = Pattern
		.compile("(?:[0-9]{4}年度?|年度)?(?:区级|市级|县级|省级|本级)?(?:(?:部门|单位)(?:/(?:部门|单位))?)?(?:[0-9]{4}年度?|年度)?$");

	private static final Pattern NARRATIVE = Pattern.compile("^(?:第[一二三四五六七八九十]+部分)?(.+?)(?:部门)?概况$"
			+ "|从(?:决算|预算)单位构成看,(.+?)(?:部门)?(?:决算|预算)包括" + "|^(?:第[一二三四五六七八九十]+部分)(.+?)[0-9]{4}年度?部门(?:决算|预算)表?$");

	private DepartmentFinder() {
	}

	static Optional<String> find(DocumentText text, Optional<TitleLine> title, TableScan tables) {
		Map<String, Integer> votes = new LinkedHashMap<>();
		title.map(TitleLine::department).ifPresent((name) -> vote(votes, name, 2));
		for (TableTitle table : tables.titles()) {
			if (table.table()) {
				tableTitleValue(table.whose()).ifPresent((name) -> vote(votes, name, 1));
			}
		}
		for (int i = 0; i < text.size(); i++) {
			String line = text.line(i);
			if (line.isBlank()) {
				continue;
			}
			String folded = CompactText.fold(line);
			// LABELLED needs a colon and NAME_CELL a 名称 or 主管部门 label: most lines have
			// neither
			if (folded.indexOf(':') >= 0) {
				headerValue(LABELLED, line, folded).ifPresent((name) -> vote(votes, name, 1));
			}
			if (folded.contains("名称") || folded.contains("主管部门")) {
				headerValue(NAME_CELL, line, folded).ifPresent((name) -> vote(votes, name, 1));
			}
			narrativeValue(text, i).ifPresent((name) -> vote(votes, name, 1));
		}
		return votes.entrySet().stream().reduce((a, b) -> (b.getValue() > a.getValue()) ? b : a).map(Map.Entry::getKey);
	}

	private static Optional<String> headerValue(Pattern pattern, String line, String folded) {
		Matcher matcher = pattern.matcher(folded);
		if (!matcher.find()) {
			return Optional.empty();
		}
		String value = line.substring(matcher.start(1), matcher.end(1));
		Matcher end = VALUE_END.matcher(CompactText.fold(value));
		if (end.find()) {
			value = value.substring(0, end.start());
		}
		return OrganisationNames.of(value).map(OrganisationNames::withoutOwnLevel);
	}

	/** The organisation a table title's decoration names, without its year and 部门/单位. */
	private static Optional<String> tableTitleValue(String whose) {
		Matcher rest = WHOSE_REST.matcher(CompactText.fold(whose));
		return rest.find()
				? OrganisationNames.of(whose.substring(0, rest.start())).map(OrganisationNames::withoutOwnLevel)
				: Optional.empty();
	}

	private static Optional<String> narrativeValue(DocumentText text, int index) {
		String compact = text.compact(index);
		if (compact.length() > 80 || !mayNameInNarrative(compact)) {
			return Optional.empty();
		}
		Matcher matcher = NARRATIVE.matcher(compact);
		if (!matcher.find()) {
			return Optional.empty();
		}
		for (int group = 1; group <= matcher.groupCount(); group++) {
			if (matcher.group(group) != null) {
				String value = text.printed(index).substring(matcher.start(group), matcher.end(group));
				return OrganisationNames.of(value).map(OrganisationNames::withoutOwnLevel);
			}
		}
		return Optional.empty();
	}

	/**
	 * False for a compact line none of {@link #NARRATIVE}'s forms can match: it neither
	 * ends with 概况, nor says 构成看, nor starts with 第 (…部分). Most lines; answered without
	 * the expression.
	 */
	private static boolean mayNameInNarrative(String compact) {
		return compact.endsWith("概况") || compact.contains("构成看") || compact.startsWith("第");
	}

	private static void vote(Map<String, Integer> votes, String name, int weight) {
		votes.merge(name, weight, Integer::sum);
	}

}
