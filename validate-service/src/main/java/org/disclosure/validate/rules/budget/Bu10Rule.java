package org.disclosure.validate.rules.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.Quantity;
import org.disclosure.validate.rules.tables.Subjects;
import org.disclosure.validate.rules.tables.TableFigures;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.Names;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * BU10: 项目支出预算表: Σ projects = its 合计 and each unit's row = BU03 项目支出, and per type
 * (其他运转类, 特定目标类) = the BU03 column.
 */
public final class Bu10Rule extends CatalogueRule {

	public Bu10Rule() {
		super("BU10", "BU10 Σ projects = 合计 (and unit rows) = BU03 项目支出; per type = BU03 其他运转类/特定目标类", Severity.ERROR,
				Tolerance.Kind.SUM, "BU10 project rows (合计 column, 类型); BU03 合计 row (项目支出, 其他运转类, 特定目标类)",
				Scope.BUDGET);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TableView> bu10 = TableView.find(document, "BU10");
		if (bu10.isEmpty()) {
			return RuleOutcome.notApplicable("no BU10");
		}
		TableView table = bu10.get();
		Optional<ParsedRow> total = table.total();
		boolean typed = table.rows().stream().anyMatch((r) -> r.group() != null && !r.group().isBlank());
		List<ParsedRow> projects = table.rows()
			.stream()
			.filter((r) -> (total.isEmpty() || r != total.get()) && !unit(r) && !Rows.KIND_TOTAL.equals(r.kind())
					&& (!typed || (r.group() != null && !r.group().isBlank())))
			.toList();
		List<BigDecimal> amounts = amounts(table, projects);
		if (amounts.isEmpty()) {
			return RuleOutcome.notApplicable("BU10 prints no project amounts");
		}
		Findings findings = findings();
		total.flatMap((t) -> table.amount(t, Columns.PROJECT_AMOUNT))
			.ifPresent((printed) -> findings.judge(Tolerance.sum(printed, amounts), "BU10 合计 = Σ projects",
					table.at(total.get())));
		units(table, findings);
		TableFigures.total(document, "BU03", Columns.PROJECT)
			.ifPresent((bu03) -> findings.judge(
					Quantity.compare(Quantity.sum(amounts, "BU10 projects"),
							Quantity.printed(bu03.value(), bu03.where())),
					"BU03 项目支出 = Σ BU10 projects", bu03.where() + "; BU10 project rows"));
		for (Term type : List.of(Columns.OTHER_OPERATING, Columns.SPECIFIC_PURPOSE)) {
			List<ParsedRow> ofType = projects.stream().filter((r) -> type.matches(r.group())).toList();
			Optional<Quantity> bu03 = TableFigures.total(document, "BU03", type);
			if (!ofType.isEmpty() && bu03.isPresent()) {
				findings.judge(
						Quantity.compare(Quantity.sum(amounts(table, ofType), "BU10 " + type.name()),
								Quantity.printed(bu03.get().value(), bu03.get().where())),
						"BU03 " + type.name() + " = Σ BU10 " + type.name() + " projects",
						bu03.get().where() + "; BU10 " + type.name() + " rows");
			}
		}
		return findings.outcome("BU10 shares no figure with itself or BU03");
	}

	/** Each unit row = Σ the projects below it, up to the next unit. */
	private static void units(TableView table, Findings findings) {
		ParsedRow unit = null;
		List<BigDecimal> below = new ArrayList<>();
		for (ParsedRow row : table.rows()) {
			if (unit(row) || Rows.KIND_TOTAL.equals(row.kind())) {
				unitSum(table, unit, below, findings);
				unit = unit(row) ? row : null;
				below = new ArrayList<>();
			}
			else if (unit != null) {
				table.amount(row, Columns.PROJECT_AMOUNT).ifPresent(below::add);
			}
		}
		unitSum(table, unit, below, findings);
	}

	private static void unitSum(TableView table, ParsedRow unit, List<BigDecimal> below, Findings findings) {
		if (unit == null || below.isEmpty()) {
			return;
		}
		table.amount(unit, Columns.PROJECT_AMOUNT)
			.ifPresent((printed) -> findings.judge(Tolerance.sum(printed, below),
					"BU10 unit " + Names.normalize(TableView.describe(unit)) + " = Σ its projects", table.at(unit)));
	}

	/**
	 * A budget unit's row: so parsed, or an untyped row with a unit code (517, 517001).
	 */
	private static boolean unit(ParsedRow row) {
		return Subjects.isUnit(row) || ((row.group() == null || row.group().isBlank()) && row.code() != null
				&& row.code().matches("[0-9]{3,9}"));
	}

	private static List<BigDecimal> amounts(TableView table, List<ParsedRow> rows) {
		List<BigDecimal> amounts = new ArrayList<>();
		rows.forEach((r) -> table.amount(r, Columns.PROJECT_AMOUNT).ifPresent(amounts::add));
		return amounts;
	}

}
