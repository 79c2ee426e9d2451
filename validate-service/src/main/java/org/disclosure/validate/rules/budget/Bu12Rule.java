package org.disclosure.validate.rules.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.CatalogueRule;
import org.disclosure.validate.rules.Findings;
import org.disclosure.validate.rules.Tolerance;
import org.disclosure.validate.rules.narrative.Figures;
import org.disclosure.validate.rules.narrative.NarrativeChecks;
import org.disclosure.validate.rules.tables.Quantity;
import org.disclosure.validate.rules.tables.Subjects;
import org.disclosure.validate.rules.tables.TableView;
import org.disclosure.validate.rules.vocabulary.Columns;
import org.disclosure.validate.rules.vocabulary.NarrativeSubjects;

/** BU12: 机构运行经费表 合计 = Σ rows = the narrative's 机构运行经费. */
public final class Bu12Rule extends CatalogueRule {

	public Bu12Rule() {
		super("BU12", "BU12 机构运行经费 合计 = Σ rows = narrative 机构运行经费", Severity.ERROR, Tolerance.Kind.SUM,
				"BU12 rows and 合计; narrative 机构运行经费 amount", Scope.BUDGET);
	}

	@Override
	public RuleOutcome evaluate(DocumentParsed document) {
		Optional<TableView> bu12 = TableView.find(document, "BU12");
		if (bu12.isEmpty()) {
			return RuleOutcome.notApplicable("no BU12");
		}
		TableView table = bu12.get();
		Optional<ParsedRow> total = table.total();
		if (total.isEmpty()) {
			return RuleOutcome.notApplicable("BU12 prints no 合计");
		}
		Optional<BigDecimal> printed = table.amount(total.get(), Columns.ECONOMIC_AMOUNT);
		List<BigDecimal> amounts = new ArrayList<>();
		Subjects.outermost(table.rows().stream().filter((r) -> r != total.get()).toList())
			.forEach((r) -> table.amount(r, Columns.ECONOMIC_AMOUNT).ifPresent(amounts::add));
		Findings findings = findings();
		if (printed.isPresent() && !amounts.isEmpty()) {
			findings.judge(Tolerance.sum(printed.get(), amounts), "BU12 合计 = Σ rows", table.at(total.get()));
		}
		if (printed.isPresent() && document.metadata() != null && document.metadata().docKind() == DocKind.BUDGET) {
			Quantity stated = Quantity.printed(printed.get(), table.at(total.get()));
			for (NarrativeFigure figure : Figures.of(document)
				.where((f) -> Figures.is(f, FigureKind.AMOUNT, FigureKind.BUDGETED)
						&& NarrativeSubjects.is(NarrativeSubjects.OPERATION_FUNDS, f.subject()))) {
				NarrativeChecks.amount(figure, Optional.of(stated), "机构运行经费", findings);
			}
		}
		return findings.outcome("BU12 prints no amounts");
	}

}
