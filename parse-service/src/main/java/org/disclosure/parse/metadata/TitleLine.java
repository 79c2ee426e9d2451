package org.disclosure.parse.metadata;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.contracts.DocKind;
import org.disclosure.parse.tables.TableScan;
import org.disclosure.parse.text.CompactText;
import org.disclosure.parse.text.DocumentText;

/**
 * The printed title of a disclosure ({@code 2024年度洛阳市洛龙区医疗保障局部门决算公开}) and what it says:
 * year, department, kind. Found on the cover only; a bare year line just above the title
 * ({@code 2024 年度}) belongs to it.
 *
 * @param title the title without whitespace
 * @param fiscalYear the year in the title, or null
 * @param department the department in the title, or null
 * @param kind budget or final account
 * @param scope a department's or a unit's account, null when the title does not say
 */
record TitleLine(String title, Integer fiscalYear, String department, DocKind kind, Scope scope) {

	private static final Pattern TITLE = Pattern
		.compile("^(?:([0-9]{4})年度?)?(.*?)(?:([0-9]{4})年度?)?(?:区级|市级|县级|省级)?(部门|单位)?(决算|预算)(?:信息)?(?:公开|报告|说明|公开说明)?$");

	private static final Pattern BARE_YEAR = Pattern.compile("^[0-9]{4}年度?$");

	private static final int MAX_TITLE = 60;

	/** The title on the cover of {@code text}. */
	static Optional<TitleLine> find(DocumentText text, TableScan tables) {
		List<Integer> head = DocumentHead.lines(text, tables);
		for (int h = 0; h < head.size(); h++) {
			// a title may wrap onto the next line (2018年度江苏省高级 / 人民法院预算公开)
			for (int lines = 1; lines <= 2 && h + lines <= head.size(); lines++) {
				StringBuilder printed = new StringBuilder();
				for (int l = h; l < h + lines; l++) {
					printed.append(text.printed(head.get(l)));
				}
				String compact = CompactText.fold(printed.toString());
				if (printed.length() > MAX_TITLE || !TITLE.matcher(compact).matches()
						|| !(compact.contains("部门") || compact.contains("单位") || compact.endsWith("公开"))) {
					continue;
				}
				String title = printed.toString();
				if (h > 0 && BARE_YEAR.matcher(text.compact(head.get(h - 1))).matches()) {
					title = text.printed(head.get(h - 1)) + title;
				}
				return Optional.of(of(title));
			}
		}
		return Optional.empty();
	}

	private static TitleLine of(String title) {
		Matcher matcher = TITLE.matcher(CompactText.fold(title));
		if (!matcher.matches()) {
			return new TitleLine(title, null, null, null, null);
		}
		String year = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(3);
		String department = OrganisationNames.of(title.substring(matcher.start(2), matcher.end(2)))
			.map(OrganisationNames::withoutOwnLevel)
			.orElse(null);
		DocKind kind = "决算".equals(matcher.group(5)) ? DocKind.FINAL_ACCOUNT : DocKind.BUDGET;
		return new TitleLine(title, (year != null) ? Integer.valueOf(year) : null, department, kind,
				Scope.of(matcher.group(4)));
	}

}
