package org.disclosure.validate.rules.budget;

import java.util.Optional;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.TableView;

/**
 * BU05-ROW: in every row of 一般公共预算支出情况表, 合计 = 基本 + 项目; 基本 = 工资福利 + 对个人和家庭的补助 + 商品和服务 +
 * 资本性; 项目 = 其他运转类 + 特定目标类.
 */
public final class Bu05RowRule extends CatalogueRule {

	public Bu05RowRule() {
		super("BU05-ROW", "BU05 合计 = 基本 + 项目; 基本 = 工资福利 + 对个人和家庭 + 商品和服务 + 资本性; 项目 = 其他运转类 + 特定目标类", Severity.ERROR,
				Tolerance.Kind.SUM, "BU05 columns 合计, 基本支出, 项目支出 and their parts", Scope.BUDGET);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TableView> table = TableView.find(document, "BU05");
		if (table.isEmpty()) {
			return RuleOutcome.notApplicable("no BU05");
		}
		Findings findings = findings();
		if (!BudgetExpenditureRows.check(table.get(), findings)) {
			return RuleOutcome.notApplicable("BU05 prints no 合计 with 基本支出 and 项目支出 columns");
		}
		return findings.outcome("BU05 has no rows");
	}

}
