package org.disclosure.validate.rules.finalaccount;

import java.util.Optional;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.tables.RowIdentity;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.vocabulary.Columns;

/** FA05-ROW: 小计 = 基本支出 + 项目支出, and 基本支出 = 人员经费 + 公用经费 where split, every row. */
public final class Fa05RowRule extends CatalogueRule {

	private static final RowIdentity SUBTOTAL = RowIdentity.of(Columns.SUBTOTAL, Columns.BASIC, Columns.PROJECT);

	private static final RowIdentity BASIC = RowIdentity.of(Columns.BASIC, Columns.PERSONNEL, Columns.PUBLIC_FUNDS);

	public Fa05RowRule() {
		super("FA05-ROW", "FA05 小计 = 基本支出 + 项目支出 (基本支出 = 人员经费 + 公用经费 where split), every row", Severity.ERROR,
				Tolerance.Kind.SUM, "FA05 columns 小计/合计, 基本支出, 项目支出 (人员经费, 公用经费)", Scope.TABLE);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TableView> fa05 = TableView.find(document, "FA05");
		if (fa05.isEmpty()) {
			return RuleOutcome.notApplicable("no FA05");
		}
		Findings findings = findings();
		boolean subtotal = SUBTOTAL.check(fa05.get(), findings);
		boolean basic = BASIC.check(fa05.get(), findings);
		if (!subtotal && !basic) {
			return RuleOutcome.notApplicable("FA05 prints no 小计 with 基本支出 and 项目支出 columns");
		}
		return findings.outcome("FA05 has no rows");
	}

}
