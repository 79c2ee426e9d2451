package org.disclosure.validate.rules.budget;

import java.util.List;

import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.tables.RowIdentity;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.vocabulary.Columns;

/**
 * The row identities of the budget's expenditure tables (BU03, BU05): 合计 = 基本 + 项目 (+
 * 单位预留机动经费 and 结转下年资金 where a province prints them); 基本 = 工资福利 + 对个人和家庭的补助 + 商品和服务 + 资本性;
 * 项目 = 其他运转类 + 特定目标类.
 */
final class BudgetExpenditureRows {

	private static final List<RowIdentity> IDENTITIES = List.of(
			RowIdentity.of(Columns.TOTAL, Columns.BASIC, Columns.PROJECT, Columns.RESERVE,
					Columns.CARRIED_TO_NEXT_YEAR),
			RowIdentity.of(Columns.BASIC, Columns.WAGES, Columns.PERSONAL_SUBSIDIES, Columns.GOODS_AND_SERVICES,
					Columns.CAPITAL),
			RowIdentity.of(Columns.PROJECT, Columns.OTHER_OPERATING, Columns.SPECIFIC_PURPOSE));

	private BudgetExpenditureRows() {
	}

	/** Checks every identity the table has the columns for; false when none applies. */
	static boolean check(TableView table, Findings findings) {
		boolean any = false;
		for (RowIdentity identity : IDENTITIES) {
			any |= identity.check(table, findings);
		}
		return any;
	}

}
