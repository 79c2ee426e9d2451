package org.disclosure.validate.rules.finalaccount;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.vocabulary.FunctionalClasses;
import org.disclosure.validate.rules.vocabulary.Names;

/**
 * SUBJ-CODE: a classification code fits its name and its parent. A 类 code printed with
 * the name of another 类 (221 一般公共服务支出) is an error; a 款 or 项 whose code does not begin
 * with the code of the 类 or 款 it stands under, and a code printed with two different
 * names in two tables, are warnings (a row the reader may have misplaced, a name
 * abbreviated past recognition).
 */
public final class SubjectCodeRule extends CatalogueRule {

	private static final String FUNCTIONAL = "functional";

	/** A classification code of 类 (3 digits), 款 (5) or 项 (7). */
	private static final Pattern SUBJECT_CODE = Pattern.compile("[0-9]{3}(?:[0-9]{2}){0,2}");

	public SubjectCodeRule() {
		super("SUBJ-CODE", "A subject code fits its name (类) and the code of the row it stands under", Severity.ERROR,
				Tolerance.Kind.NONE, "subject rows with codes (类/款/项, 经济分类) of every table", Scope.TABLE);
	}

	@Override
	public Set<DocKind> kinds() {
		return Set.of(DocKind.FINAL_ACCOUNT, DocKind.BUDGET);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		if (document.tableContents() == null || document.tableContents().isEmpty()) {
			return RuleOutcome.notApplicable("the parser reported no table contents");
		}
		Findings findings = findings();
		Map<String, Named> names = new LinkedHashMap<>();
		for (ParsedTable table : document.tableContents()) {
			TableView view = TableView.of(table);
			ParsedRow above = null;
			for (ParsedRow row : view.rows()) {
				String code = code(row);
				if (code == null) {
					continue;
				}
				findings.checked();
				className(view, row, code, findings);
				if (above != null && code.length() > code(above).length() && sameKind(above, row)
						&& !code.startsWith(code(above))) {
					findings.add(Severity.WARNING,
							view.code() + " " + TableView.describe(row) + " stands under " + TableView.describe(above)
									+ ", but its code does not begin with " + code(above),
							null, null, null, view.at(row));
				}
				sameName(names, view, row, code, findings);
				above = nearestParent(above, row);
			}
		}
		return findings.outcome("no table prints subject codes");
	}

	/** A 类 code printed with the name of another 类. */
	private static void className(TableView view, ParsedRow row, String code, Findings findings) {
		if (code.length() != 3 || !FUNCTIONAL.equals(row.codeKind())) {
			return;
		}
		Optional<String> named = FunctionalClasses.codeOf(TableView.nameOf(row));
		if (named.isPresent() && !named.get().equals(code)) {
			findings.add(
					Severity.ERROR, view.code() + " prints 类 " + code + " (" + FunctionalClasses.nameOf(code)
							+ ") with the name “" + TableView.nameOf(row) + "”, which is 类 " + named.get(),
					null, null, null, view.at(row));
		}
	}

	/** One code, one name: the same code named differently in two tables. */
	private static void sameName(Map<String, Named> names, TableView view, ParsedRow row, String code,
			Findings findings) {
		String key = row.codeKind() + ":" + code;
		String name = Names.normalize(TableView.nameOf(row));
		Named first = names.putIfAbsent(key, new Named(view.code(), name));
		if (first == null || first.table().equals(view.code()) || name.isEmpty() || first.name().isEmpty()
				|| name.contains(first.name()) || first.name().contains(name)) {
			return;
		}
		findings.add(Severity.WARNING,
				code + " is “" + first.name() + "” in " + first.table() + " but “" + name + "” in " + view.code(), null,
				null, null, view.at(row));
	}

	/**
	 * The row a following row of a finer level stands under: {@code row} when it has a
	 * code, else the one before.
	 */
	private static ParsedRow nearestParent(ParsedRow previous, ParsedRow row) {
		return (code(row) != null) ? row : previous;
	}

	private static boolean sameKind(ParsedRow a, ParsedRow b) {
		return a.codeKind() != null && a.codeKind().equals(b.codeKind());
	}

	/**
	 * The classification code of a subject row (3, 5 or 7 digits), null for other rows.
	 */
	private static String code(ParsedRow row) {
		String code = row.code();
		return (code != null && SUBJECT_CODE.matcher(code).matches() && row.codeKind() != null) ? code : null;
	}

	private record Named(String table, String name) {
	}

}
