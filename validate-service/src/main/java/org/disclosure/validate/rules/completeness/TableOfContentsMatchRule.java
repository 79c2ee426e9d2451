package org.disclosure.validate.rules.completeness;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Severity;
import org.disclosure.contracts.TableEntry;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.vocabulary.Names;

/**
 * CP-TOC-MATCH: the tables stand in the body as the 目录 lists them: in its order and under
 * its titles (the department's name and the year a title carries aside). A 目录 that lists
 * 政府采购支出预算表 over a table titled 政府采购预算表, or lists the tables in another order than the
 * body prints them, misleads a reader looking for one.
 */
public final class TableOfContentsMatchRule extends CatalogueRule {

	private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』]");

	/**
	 * A list number before a title: 一、, （三）, 1., 附表1-1, 表1-, 表一, 表1-1. (a bare Chinese
	 * numeral only after 表 or before a separator: 一般公共预算 starts with 一).
	 */
	private static final Pattern NUMBERING = Pattern
		.compile("^[-•·*]?(?:[(（][一二三四五六七八九十]+[)）]" + "|(?:附表|附件|表)?[0-9]{1,2}(?:-[0-9]{1,2})?(?![0-9年])[.、．:：—-]?"
				+ "|表[一二三四五六七八九十]+[.、．:：—-]?|[一二三四五六七八九十]+[.、．:：—-])?(?:公开[0-9]+表)?[:：]?");

	/** A printed table number after a title: …总表表1 ((表一) is a bracketed qualifier). */
	private static final Pattern TRAILING_NUMBER = Pattern.compile("(?<=表)表[0-9]{1,2}$");

	private static final Pattern DECORATION = Pattern.compile("^(?:[0-9]{4}年度?)?(?:中共|中国共产党)?"
			+ "(?:[\\p{IsHan}()（）]{2,30}?(?:人民法院|检察院|局|院|厅|委员会|办公室|中心|办事处))?(?:[0-9]{4}年度?)?(?:部门|单位)?");

	/** A bracketed qualifier anywhere: (单位), (2024年度), (功能科目). */
	private static final Pattern QUALIFIER = Pattern.compile("[(（][^)）]*[)）]");

	public TableOfContentsMatchRule() {
		super("CP-TOC-MATCH", "The 目录 lists the tables in the body's order and under their titles", Severity.WARNING,
				Tolerance.Kind.NONE, "the 目录's table entries and the body's tables in order", Scope.COMPLETENESS);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		List<TableEntry> listed = (document.tableOfContents() != null) ? document.tableOfContents() : List.of();
		List<TableEntry> body = (document.tablesInOrder() != null) ? document.tablesInOrder() : List.of();
		if (listed.isEmpty() || body.isEmpty()) {
			return RuleOutcome.notApplicable(listed.isEmpty() ? "no 目录 listing tables" : "no tables in the body");
		}
		Findings findings = findings();
		boolean[] taken = new boolean[body.size()];
		List<Integer> positions = new ArrayList<>();
		List<String> renamed = new ArrayList<>();
		for (TableEntry entry : listed) {
			int at = match(entry, body, taken);
			if (at < 0) {
				continue;
			}
			taken[at] = true;
			positions.add(at);
			findings.checked();
			if (!core(entry.title()).equals(core(body.get(at).title()))) {
				renamed.add("目录 “" + entry.title() + "”, table “" + body.get(at).title() + "”");
			}
		}
		if (!renamed.isEmpty()) {
			findings.add(Severity.WARNING, "The 目录 and the body title " + renamed.size() + " table(s) differently: "
					+ String.join("; ", renamed), null, null, null, "目录; tables");
		}
		if (!ascending(positions)) {
			List<String> listedOrder = new ArrayList<>();
			positions.forEach((at) -> listedOrder.add(body.get(at).title()));
			List<String> bodyOrder = new ArrayList<>();
			for (int at = 0; at < body.size(); at++) {
				if (positions.contains(at)) {
					bodyOrder.add(body.get(at).title());
				}
			}
			findings.add(Severity.WARNING,
					"The 目录 lists the tables in another order than the body prints them: 目录 "
							+ String.join(" → ", listedOrder) + "; body " + String.join(" → ", bodyOrder),
					null, null, null, "目录; tables");
		}
		return findings.outcome("no 目录 entry names a table of the body");
	}

	/**
	 * The body table an entry names: the first untaken of its code, else of its title.
	 */
	private static int match(TableEntry entry, List<TableEntry> body, boolean[] taken) {
		for (int at = 0; at < body.size(); at++) {
			if (!taken[at] && entry.code() != null && entry.code().equals(body.get(at).code())) {
				return at;
			}
		}
		for (int at = 0; at < body.size(); at++) {
			if (!taken[at] && core(entry.title()).equals(core(body.get(at).title()))) {
				return at;
			}
		}
		return -1;
	}

	private static boolean ascending(List<Integer> positions) {
		for (int i = 1; i < positions.size(); i++) {
			if (positions.get(i) < positions.get(i - 1)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * What a title says, without numbering, quotes, bracketed qualifiers, whose and which
	 * year it is.
	 */
	static String core(String title) {
		String compact = QUOTES.matcher(Names.fold(title)).replaceAll("");
		compact = NUMBERING.matcher(compact).replaceFirst("");
		compact = QUALIFIER.matcher(compact).replaceAll("");
		compact = TRAILING_NUMBER.matcher(compact).replaceFirst("");
		return DECORATION.matcher(compact).replaceFirst("");
	}

}
