package org.disclosure.parse.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.parse.tables.SubjectLevel;
import org.disclosure.parse.text.CompactText;

/**
 * Reads the figures of one narrative paragraph. Each number printed with a unit (万元, %,
 * 辆, 个, 人次 …) is a figure; what it measures comes from the words just before it (占 →
 * share, 增加/减少 → change, 年初预算 → budget, 决算 → actual, 完成…的 → completion), what it
 * describes from the words before those, or from the figure before it in the same clause
 * ({@code 基本支出 318.45 万元，占 30.16%}), or from the numbered item it sits in
 * ({@code 1. …工会事务（项）。年初预算数为 3.52 万元}). Years, dates, thresholds ({@code 100
 * 万元以上}) and document numbers are no figures.
 */
final class FigureParser {

	private static final Pattern FIGURE = Pattern.compile(
			"(?<![0-9.,])([0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)\\s*(万元|亿元|元|%|％|辆|个|人次|人|台\\(套\\)|台|套|家|项|次|分)");

	private static final Pattern THRESHOLD = Pattern.compile("^\\s*(?:\\(含\\)|（含）)?\\s*(?:以上|以下|及|\\(含\\)以上)");

	private static final Pattern CLAUSE = Pattern.compile("[。;!?]");

	private static final Pattern SHARE = Pattern.compile("占([^，,；;]*?)的?\\s*$");

	private static final Pattern COMPLETION = Pattern
		.compile("(?:完成|执行)([^，,；;]*?)的\\s*$|(?:执行率|完成率|完成)\\s*(?:为|达)?\\s*$");

	private static final Pattern CHANGE = Pattern.compile("(增加|增长|上升|提高|减少|下降|降低)\\s*$");

	private static final Pattern BUDGET = Pattern
		.compile("(?:年初预算数?|全年预算数?|调整后预算数?|(?<!公共|基金|经营)预算数?|预算安排|支出预算数?)\\s*(?:为|是)?\\s*$");

	private static final Pattern ACTUAL = Pattern.compile("(?:支出决算数?|决算数?|执行数|实际支出)\\s*(?:为|是)?\\s*$");

	private static final Pattern SCORE = Pattern.compile("(?:得分|评分|分值)\\s*(?:为)?\\s*$");

	/**
	 * The year a change is measured against: 与上年相比, 较上年度, 比2023年度预算, 与2022年决算数对比.
	 */
	private static final String COMPARED = "(?:与|比|较|同)(?:上一?年度?|[0-9]{4}年?度?)(?:年初)?(?:预算数?|决算数?|执行数)?(?:相比|对比)?";

	/**
	 * Words before the subject: connectives, the comparison, the year and whoever the
	 * narrative names before it (本部门, 省检察院 2018 年).
	 */
	private static final Pattern LEADING = Pattern.compile("^(?:[，,、：:；;。\\s]|其中|主要用于以下方面|主要包括|具体情况如下|" + COMPARED
			+ "|同比|分别|累计|全年|共计|共有|共|另外|预算数|决算数|此外|[^0-9，,。；;：:()（）]{0,12}?[0-9]{4}年度?(?:期末|年初|年末)?|"
			+ "我(?:部门|单位)(?:\\((?:部门|单位)\\))?|本(?:部门|单位)(?:\\((?:部门|单位)\\))?|部门|单位)+");

	private static final Pattern TRAILING = Pattern.compile("(?:均为|各为|为|是|各|达到|达|约|分别|" + COMPARED + "|合计为|总额为|预算)+$");

	private static final Pattern LEVEL = Pattern.compile("([^()（）]+?)[(（](类|款|项)[)）]");

	private static final Pattern ITEM_PATH = Pattern.compile("^\\s*\\S{0,4}?\\s*(?:[^()（）。]+?[(（](?:类|款|项)[)）]\\s*)+");

	private static final Pattern ITEM = Pattern
		.compile("^\\s*(?:[0-9]+\\s*[.、．]|\\([一二三四五六七八九十0-9]+\\)|（[一二三四五六七八九十0-9]+）)");

	private FigureParser() {
	}

	/**
	 * The figures of a paragraph.
	 * @param paragraph the paragraph with its headings
	 * @param department the department's name, left out of subjects; null when unknown
	 * @return the figures, in printed order
	 */
	static List<NarrativeFigure> parse(Paragraph paragraph, String department) {
		String text = CompactText.fold(paragraph.text());
		String item = null;
		String itemSubject = null;
		String itemPath = null;
		SubjectLevel itemLevel = null;
		if (ITEM.matcher(text).find()) {
			int stop = firstStop(text);
			Matcher chain = ITEM_PATH.matcher(text);
			if (chain.find() && chain.end() < stop) {
				stop = chain.end();
			}
			item = text.substring(0, stop).strip();
			Path path = path(ITEM.matcher(item).replaceFirst(""));
			if (path != null) {
				itemSubject = path.subject();
				itemPath = path.path();
				itemLevel = path.level();
			}
		}
		List<NarrativeFigure> figures = new ArrayList<>();
		String subject = itemSubject;
		String path = itemPath;
		SubjectLevel level = itemLevel;
		Topic topic = (itemSubject != null) ? Topic.FUNCTIONAL_SUBJECT : null;
		for (int[] bounds : sentences(text)) {
			String sentence = text.substring(bounds[0], bounds[1]);
			String printedSentence = CompactText.halfWidth(paragraph.text().substring(bounds[0], bounds[1]));
			for (String clause : CLAUSE.split(sentence)) {
				Matcher figure = FIGURE.matcher(clause);
				int from = 0;
				String clauseSubject = null;
				String clausePath = null;
				SubjectLevel clauseLevel = null;
				Topic clauseTopic = null;
				while (figure.find()) {
					String before = clause.substring(from, figure.start());
					from = figure.end();
					String after = clause.substring(figure.end());
					if (skipped(before, after, figure.group(2))) {
						continue;
					}
					String unit = figure.group(2).replace('％', '%');
					Reading reading = measure(before, unit);
					String printed = clean(reading.rest(), department);
					String subject0;
					String path0;
					SubjectLevel level0;
					Topic topic0;
					if (!printed.isEmpty()) {
						Path functional = path(printed);
						if (functional != null) {
							subject0 = functional.subject();
							path0 = functional.path();
							level0 = functional.level();
							topic0 = Topic.FUNCTIONAL_SUBJECT;
						}
						else {
							Subjects.Entry entry = Subjects.of(printed);
							subject0 = entry.subject();
							topic0 = (entry.topic() == Topic.OTHER && printed.endsWith("支出")) ? Topic.FUNCTIONAL_SUBJECT
									: entry.topic();
							path0 = null;
							level0 = null;
						}
					}
					else if (clauseSubject != null) {
						subject0 = clauseSubject;
						path0 = clausePath;
						level0 = clauseLevel;
						topic0 = clauseTopic;
					}
					else if (subject != null) {
						subject0 = subject;
						path0 = path;
						level0 = level;
						topic0 = topic;
					}
					else {
						continue;
					}
					clauseSubject = subject0;
					clausePath = path0;
					clauseLevel = level0;
					clauseTopic = topic0;
					if (itemSubject == null) {
						subject = subject0;
						path = path0;
						level = level0;
						topic = topic0;
					}
					BigDecimal value = new BigDecimal(figure.group(1).replace(",", ""));
					figures.add(new NarrativeFigure(paragraph.section(), paragraph.subsection(), item, topic0, subject0,
							path0, level0, reading.measure(), value, unit, reading.direction(), reading.base(),
							printedSentence.strip(), paragraph.page()));
				}
			}
		}
		return figures;
	}

	/**
	 * Where the paragraph's sentences start and end, split after 。！？; the same in the
	 * folded and in the printed text.
	 */
	private static List<int[]> sentences(String text) {
		List<int[]> sentences = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '。' || c == '!' || c == '?') {
				sentences.add(new int[] { start, i + 1 });
				start = i + 1;
			}
		}
		if (start < text.length()) {
			sentences.add(new int[] { start, text.length() });
		}
		return sentences;
	}

	private static int firstStop(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '。' || c == '；' || c == ';') {
				return i;
			}
		}
		Matcher figure = FIGURE.matcher(text);
		return figure.find() ? figure.start() : text.length();
	}

	/** True for a number that is no figure: a threshold, part of a code or a date. */
	private static boolean skipped(String before, String after, String unit) {
		if (THRESHOLD.matcher(after).find()) {
			return true;
		}
		String trimmed = before.stripTrailing();
		if (trimmed.endsWith("〔") || trimmed.endsWith("[") || trimmed.endsWith("第")) {
			return true;
		}
		return unit.equals("元") && after.startsWith("/");
	}

	/** What the words before a number say it measures, and what they leave. */
	private static Reading measure(String before, String unit) {
		String text = before.stripTrailing();
		if (unit.equals("%")) {
			Matcher share = SHARE.matcher(text);
			if (share.find()) {
				String base = share.group(1).strip();
				return new Reading(Measure.SHARE, text.substring(0, share.start()), null, base.isEmpty() ? null : base);
			}
			Matcher completion = COMPLETION.matcher(text);
			if (completion.find()) {
				String base = (completion.group(1) != null) ? completion.group(1).strip() : null;
				return new Reading(Measure.COMPLETION_RATE, text.substring(0, completion.start()), null,
						(base == null || base.isEmpty()) ? null : base);
			}
		}
		Matcher change = CHANGE.matcher(text);
		if (change.find()) {
			Direction direction = change.group(1).matches("增加|增长|上升|提高") ? Direction.INCREASE : Direction.DECREASE;
			return new Reading(unit.equals("%") ? Measure.CHANGE_RATE : Measure.CHANGE_AMOUNT,
					text.substring(0, change.start()), direction, null);
		}
		if (unit.equals("%")) {
			return new Reading(Measure.RATE, text, null, null);
		}
		if (unit.equals("分")) {
			Matcher score = SCORE.matcher(text);
			return new Reading(Measure.SCORE, score.find() ? text.substring(0, score.start()) : text, null, null);
		}
		if (!isMoney(unit)) {
			return new Reading(Measure.COUNT, text, null, null);
		}
		Matcher actual = ACTUAL.matcher(text);
		if (actual.find()) {
			return new Reading(Measure.ACTUAL, text.substring(0, actual.start()), null, null);
		}
		Matcher budget = BUDGET.matcher(text);
		if (budget.find()) {
			return new Reading(Measure.BUDGET, text.substring(0, budget.start()), null, null);
		}
		return new Reading(Measure.AMOUNT, text, null, null);
	}

	private static boolean isMoney(String unit) {
		return unit.equals("万元") || unit.equals("亿元") || unit.equals("元");
	}

	/** The subject words: connectors, years and the department's name left out. */
	static String clean(String words, String department) {
		String text = words.strip();
		int lastComma = Math.max(text.lastIndexOf('，'), text.lastIndexOf(','));
		if (lastComma >= 0 && lastComma < text.length() - 1) {
			text = text.substring(lastComma + 1);
		}
		else if (lastComma >= 0) {
			text = text.substring(0, lastComma);
		}
		String compact = CompactText.printed(text);
		if (department != null && !department.isEmpty()) {
			compact = compact.replace(CompactText.of(department), "");
		}
		String previous;
		do {
			previous = compact;
			compact = LEADING.matcher(compact).replaceFirst("");
			compact = TRAILING.matcher(compact).replaceFirst("");
		}
		while (!compact.equals(previous));
		return compact;
	}

	/**
	 * The functional subject a phrase names with 类/款/项 markers:
	 * {@code 一般公共服务支出（类）群众团体事务（款）工会事务（项）} → 工会事务 at 项.
	 */
	static Path path(String phrase) {
		Matcher matcher = LEVEL.matcher(CompactText.printed(phrase));
		List<String> names = new ArrayList<>();
		String last = null;
		String rest = null;
		SubjectLevel level = null;
		int end = 0;
		while (matcher.find()) {
			names.add(matcher.group(1));
			last = matcher.group(1);
			level = switch (matcher.group(2)) {
				case "类" -> SubjectLevel.CLASS;
				case "款" -> SubjectLevel.SEGMENT;
				default -> SubjectLevel.ITEM;
			};
			end = matcher.end();
		}
		if (last == null) {
			return null;
		}
		rest = CompactText.printed(phrase).substring(end);
		String subject = last;
		if (level == SubjectLevel.CLASS && !rest.isEmpty() && !last.endsWith("支出") && rest.startsWith("支出")) {
			// 一般公共服务（类）支出: the class name with its word 支出 after the marker.
			subject = last + "支出";
			names.set(names.size() - 1, subject);
		}
		return new Path(subject, String.join("/", names), level);
	}

	/** The functional subject a phrase names. */
	record Path(String subject, String path, SubjectLevel level) {
	}

	/** What a number measures and the words left before the measure. */
	private record Reading(Measure measure, String rest, Direction direction, String base) {
	}

}
