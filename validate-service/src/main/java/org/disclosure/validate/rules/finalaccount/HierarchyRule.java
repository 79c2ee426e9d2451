package org.disclosure.validate.rules.finalaccount;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.Subjects;
import org.disclosure.validate.rules.tables.TableView;

/**
 * HIER: in the functional-classification tables, 类 = Σ款, 款 = Σ项 and 合计 = Σ类 (Σ项 when only
 * 项 rows are printed), in every numeric column; with budget units (单位代码 rows), 合计 = Σ
 * units and each unit = Σ its subjects.
 */
public final class HierarchyRule extends CatalogueRule {

	/** The tables checked. */
	public static final List<String> TABLES = List.of("FA02", "FA03", "FA05", "FA07", "FA08", "BU03", "BU05");

	public HierarchyRule() {
		super("HIER", "类 = Σ款, 款 = Σ项, 合计 = Σ类 (or Σ项), every numeric column of " + String.join(", ", TABLES),
				Severity.ERROR, Tolerance.Kind.SUM,
				"subject rows with codes (类/款/项) and the 合计 row of " + String.join(", ", TABLES), Scope.TABLE);
	}

	@Override
	public Set<DocKind> kinds() {
		return Set.of(DocKind.FINAL_ACCOUNT, DocKind.BUDGET);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Findings findings = findings();
		for (String code : TABLES) {
			TableView.find(document, code).ifPresent((table) -> check(table, findings));
		}
		return findings.outcome("none of " + String.join(", ", TABLES) + " with coded subject rows");
	}

	private void check(TableView table, Findings findings) {
		List<String> columns = table.numericColumns();
		List<List<ParsedRow>> segments = new ArrayList<>();
		List<ParsedRow> units = new ArrayList<>();
		List<ParsedRow> current = new ArrayList<>();
		segments.add(current);
		for (ParsedRow row : table.rows()) {
			if (Subjects.isUnit(row)) {
				units.add(row);
				current = new ArrayList<>();
				segments.add(current);
			}
			else if (Subjects.isFunctional(row) && Subjects.levelOf(row.code()) != null) {
				current.add(row);
			}
		}
		List<ParsedRow> allRoots = new ArrayList<>();
		for (int s = 0; s < segments.size(); s++) {
			List<ParsedRow> segment = segments.get(s);
			Map<ParsedRow, List<ParsedRow>> children = children(segment);
			List<ParsedRow> roots = roots(segment);
			for (Map.Entry<ParsedRow, List<ParsedRow>> entry : children.entrySet()) {
				for (String column : columns) {
					sum(table, entry.getKey(), entry.getValue(), column,
							Subjects.level(entry.getKey()) + " = Σ" + Subjects.level(entry.getValue().get(0)),
							findings);
				}
			}
			if (s > 0 && !roots.isEmpty()) {
				ParsedRow unit = units.get(s - 1);
				for (String column : columns) {
					sum(table, unit, roots, column, "unit = Σ its subjects", findings);
				}
			}
			allRoots.addAll(roots);
		}
		Optional<ParsedRow> total = table.total().filter((r) -> !Subjects.isUnit(r));
		if (total.isEmpty()) {
			return;
		}
		List<ParsedRow> parts = units.isEmpty() ? allRoots : units;
		if (parts.isEmpty()) {
			return;
		}
		String over = units.isEmpty() ? "Σ" + Subjects.level(parts.get(0)) : "Σ units";
		for (String column : columns) {
			sum(table, total.get(), parts, column, "合计 = " + over, findings);
		}
		if (units.size() > 1 && !allRoots.isEmpty()) {
			for (String column : columns) {
				sum(table, total.get(), allRoots, column, "合计 = Σ subjects of all units", findings);
			}
		}
	}

	/**
	 * Each row with printed children, mapped to them (child → its nearest printed
	 * ancestor).
	 */
	private static Map<ParsedRow, List<ParsedRow>> children(List<ParsedRow> segment) {
		Map<String, ParsedRow> byCode = new LinkedHashMap<>();
		segment.forEach((r) -> byCode.putIfAbsent(r.code(), r));
		Map<ParsedRow, List<ParsedRow>> children = new LinkedHashMap<>();
		for (ParsedRow row : segment) {
			ParsedRow ancestor = ancestor(row, byCode);
			if (ancestor != null) {
				children.computeIfAbsent(ancestor, (a) -> new ArrayList<>()).add(row);
			}
		}
		return children;
	}

	/**
	 * The rows without a printed ancestor: 类 rows, or 项 rows where only those are
	 * printed.
	 */
	private static List<ParsedRow> roots(List<ParsedRow> segment) {
		Map<String, ParsedRow> byCode = new LinkedHashMap<>();
		segment.forEach((r) -> byCode.putIfAbsent(r.code(), r));
		return segment.stream().filter((r) -> ancestor(r, byCode) == null).toList();
	}

	private static ParsedRow ancestor(ParsedRow row, Map<String, ParsedRow> byCode) {
		String parent = Subjects.parent(row);
		while (parent != null) {
			ParsedRow printed = byCode.get(parent);
			if (printed != null && printed != row) {
				return printed;
			}
			parent = (parent.length() == 5) ? parent.substring(0, 3) : null;
		}
		return null;
	}

	private static void sum(TableView table, ParsedRow parent, List<ParsedRow> parts, String column, String identity,
			Findings findings) {
		Optional<BigDecimal> printed = TableView.amount(parent, column);
		if (printed.isEmpty()) {
			return;
		}
		List<BigDecimal> amounts = new ArrayList<>();
		for (ParsedRow part : parts) {
			TableView.amount(part, column).ifPresent(amounts::add);
		}
		if (amounts.isEmpty()) {
			return;
		}
		findings.judge(Tolerance.sum(printed.get(), amounts),
				table.code() + " " + TableView.describe(parent) + ": " + identity + " (" + column + ")",
				table.at(parent, column) + "; rows " + Subjects.codes(parts));
	}

}
