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
import org.disclosure.validate.rules.tables.TableFigures;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * BU-PERF: 部门预算项目绩效目标汇总表 (BU14): each department block (单位编码 of the department) = Σ its
 * units and each unit = Σ its projects (errors); the blocks together = BU10 合计 (项目支出). A
 * block repeated or projects listed twice make the goal table disagree with the budget: a
 * warning, the budget's amounts being those of BU10.
 */
public final class BudgetPerformanceRule extends CatalogueRule {

	public BudgetPerformanceRule() {
		super("BU-PERF",
				"BU14 资金总额 = Σ sources; blocks = Σ units = Σ projects; blocks together = BU10 合计 (项目支出; warning)",
				Severity.ERROR, Tolerance.Kind.SUM,
				"BU14 rows with unit/project codes and 资金总额; BU10 合计 (else BU03 项目支出)", Scope.BUDGET);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TableView> bu14 = TableView.find(document, "BU14");
		if (bu14.isEmpty()) {
			return RuleOutcome.notApplicable("no BU14");
		}
		TableView table = bu14.get();
		List<Coded> rows = new ArrayList<>();
		for (ParsedRow row : table.rows()) {
			String code = codeOf(row);
			Optional<BigDecimal> amount = table.amount(row, Columns.FUNDS);
			if (code != null && amount.isPresent()) {
				rows.add(new Coded(row, code, amount.get()));
			}
		}
		int department = rows.stream().filter(Coded::unit).mapToInt((r) -> r.code().length()).min().orElse(0);
		if (department == 0) {
			return RuleOutcome.notApplicable("BU14 prints no unit codes with 资金总额");
		}
		Findings findings = findings();
		sources(table, rows, findings);
		List<BigDecimal> blocks = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Coded row = rows.get(i);
			if (!row.unit()) {
				continue;
			}
			List<BigDecimal> below = new ArrayList<>();
			for (Coded next : rows.subList(i + 1, rows.size())) {
				if (next.unit() && next.code().length() <= row.code().length()) {
					break;
				}
				boolean child = (row.code().length() == department && next.unit())
						|| (row.code().length() > department && !next.unit());
				if (child) {
					below.add(next.amount());
				}
			}
			if (row.code().length() == department) {
				blocks.add(row.amount());
			}
			if (!below.isEmpty()) {
				findings.judge(
						Tolerance.sum(row.amount(), below), "BU14 " + row.code() + " " + TableView.nameOf(row.row())
								+ " = Σ its " + ((row.code().length() == department) ? "units" : "projects"),
						table.at(row.row()));
			}
		}
		Optional<Quantity> projects = TableFigures.total(document, "BU10", Columns.PROJECT_AMOUNT)
			.or(() -> TableFigures.total(document, "BU03", Columns.PROJECT));
		if (projects.isPresent()) {
			findings.judge(Tolerance.sum(projects.get().value(), blocks),
					"BU14 blocks together (" + blocks.size() + ") = " + projects.get().where(),
					"BU14 department blocks; " + projects.get().where(), Severity.WARNING);
		}
		return findings.outcome("BU14 holds no block with its units or projects");
	}

	/** 资金总额 = 政府预算资金 + 财政专户管理资金 + 单位资金 in each coded row (a blank source is zero). */
	private static void sources(TableView table, List<Coded> rows, Findings findings) {
		if (!table.has(Columns.GOVERNMENT_FUNDS)) {
			return;
		}
		for (Coded row : rows) {
			List<BigDecimal> parts = new ArrayList<>();
			for (Term source : List.of(Columns.GOVERNMENT_FUNDS, Columns.SPECIAL_ACCOUNT_FUNDS, Columns.UNIT_FUNDS)) {
				table.amount(row.row(), source).ifPresent(parts::add);
			}
			if (!parts.isEmpty()) {
				findings.judge(Tolerance.sum(row.amount(), parts),
						"BU14 " + row.code() + " 资金总额 = 政府预算资金 + 财政专户管理资金 + 单位资金", table.at(row.row()));
			}
		}
	}

	/**
	 * A row's code: as parsed, else its label when that is a code (the generic reader's
	 * label).
	 */
	private static String codeOf(ParsedRow row) {
		if (row.code() != null && row.code().matches("[0-9]+")) {
			return row.code();
		}
		String label = TableView.nameOf(row);
		return (label != null && label.matches("[0-9]{3,}")) ? label : null;
	}

	/** A BU14 row with a code: a unit (单位编码, up to 9 digits) or a project (项目编码). */
	private record Coded(ParsedRow row, String code, BigDecimal amount) {

		boolean unit() {
			return "unit".equals(this.row.codeKind())
					|| (this.code.length() <= 9 && !"project".equals(this.row.codeKind()));
		}

	}

}
