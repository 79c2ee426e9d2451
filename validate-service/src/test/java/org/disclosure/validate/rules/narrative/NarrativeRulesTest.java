package org.disclosure.validate.rules.narrative;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.Build;
import org.disclosure.validate.rules.Mutate;
import org.disclosure.validate.rules.fixtures.LuolongDocument;
import org.disclosure.validate.rules.fixtures.LushiDocument;
import org.disclosure.validate.rules.fixtures.XuchangDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosure.contracts.FigureKind.ACTUAL;
import static org.disclosure.contracts.FigureKind.AMOUNT;
import static org.disclosure.contracts.FigureKind.CHANGE;
import static org.disclosure.contracts.FigureKind.CHANGE_RATE;
import static org.disclosure.contracts.FigureKind.COMPLETION;
import static org.disclosure.contracts.FigureKind.COUNT;
import static org.disclosure.contracts.FigureKind.SHARE;
import static org.disclosure.validate.rules.Mutate.named;
import static org.disclosure.validate.rules.RuleAssertions.figures;
import static org.disclosure.validate.rules.RuleAssertions.findings;
import static org.disclosure.validate.rules.RuleAssertions.notApplicable;
import static org.disclosure.validate.rules.RuleAssertions.passes;
import static org.disclosure.validate.rules.RuleAssertions.single;

/** The narrative rules, on the fixtures' sentences and tables. */
class NarrativeRulesTest {

	private final DocumentParsed luolong = LuolongDocument.parsed();

	private final DocumentParsed xuchang = XuchangDocument.parsed();

	private final DocumentParsed lushi = LushiDocument.parsed();

	@Test
	void total() {
		NarrativeTotalRule rule = new NarrativeTotalRule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		Finding error = single(rule, Mutate.figure(this.luolong, 1, "收支总计", AMOUNT, "1065.79"), Severity.ERROR);
		figures(error, "1055.79", "1065.79", "10.00");
		assertThat(error.location()).contains("收入支出决算总体情况说明").contains("FA01 row 总计");
		Finding fiscal = single(rule, Mutate.figure(this.xuchang, 4, "财政拨款收支总计", AMOUNT, "1083.37"), Severity.ERROR);
		assertThat(fiscal.location()).contains("FA04");
		notApplicable(rule, Mutate.withoutFigures(this.luolong));
		notApplicable(rule, this.lushi);
	}

	@Test
	void income() {
		NarrativeIncomeRule rule = new NarrativeIncomeRule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		Finding share = single(rule, Mutate.figure(this.luolong, 3, "财政拨款收入", SHARE, "90.00"), Severity.ERROR);
		figures(share, "100.00", "90.00", "-10.00");
		assertThat(findings(rule, Mutate.figure(this.luolong, 3, "收入合计", AMOUNT, "1050.79"), Severity.ERROR))
			.anySatisfy((amount) -> figures(amount, "1055.79", "1050.79", "-5.00"))
			.anySatisfy((share100) -> assertThat(share100.message()).contains("财政拨款收入 占 100.00%"));
		notApplicable(rule, Mutate.withoutFigures(this.luolong));
	}

	@Test
	void expenditure() {
		NarrativeExpenditureRule rule = new NarrativeExpenditureRule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		Finding share = single(rule, Mutate.figure(this.xuchang, 3, "基本支出", SHARE, "73.81"), Severity.ERROR);
		figures(share, "83.81", "73.81", "-10.00");
		assertThat(findings(rule, Mutate.figure(this.xuchang, 3, "项目支出", AMOUNT, "183.78"), Severity.ERROR))
			.anySatisfy((amount) -> assertThat(amount.location()).contains("FA03 row 合计, column 项目支出"));
		notApplicable(rule, Mutate.withoutFigures(this.xuchang));
	}

	@Test
	void generalBudget() {
		NarrativeGeneralBudgetRule rule = new NarrativeGeneralBudgetRule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		List<Finding> errors = findings(rule, Mutate.figure(this.luolong, 7, "一般公共预算财政拨款支出", AMOUNT, "1065.79"),
				Severity.ERROR);
		assertThat(errors).anySatisfy((f) -> figures(f, "1055.79", "1065.79", "10.00"));
		notApplicable(rule, Mutate.withoutFigures(this.luolong));
	}

	@Test
	void structureSlipIsAWarning() {
		NarrativeStructureRule rule = new NarrativeStructureRule();
		Finding slip = single(rule, this.luolong, Severity.WARNING);
		assertThat(slip.message()).contains("社会保障和就业支出").contains("3.01").contains("slip");
		figures(slip, "3.00", "3.01", "0.01");
		assertThat(findings(rule, this.luolong, Severity.ERROR)).isEmpty();
		passes(rule, this.xuchang);
		Finding error = single(rule, Mutate.figure(this.luolong, 9, "卫生健康支出", SHARE, "84.13"), Severity.ERROR);
		figures(error, "94.13", "84.13", "-10.00");
		notApplicable(rule, Mutate.withoutFigures(this.luolong));
	}

	@Test
	void detailOfLuolong() {
		NarrativeDetailRule rule = new NarrativeDetailRule();
		List<Finding> errors = findings(rule, this.luolong, Severity.ERROR);
		assertThat(errors).hasSize(3);
		assertThat(errors).anySatisfy((f) -> {
			assertThat(f.message()).contains("工会事务");
			figures(f, "90.34", "94.34", "4.00");
		}).anySatisfy((f) -> {
			assertThat(f.message()).contains("信息化建设");
			figures(f, "16.20", "0.16", "-16.04");
		}).anySatisfy((f) -> {
			assertThat(f.message()).contains("年初预算");
			figures(f, "1066.76", "1055.79", "-10.97");
		});
		Finding zeroBase = single(rule, this.luolong, Severity.WARNING);
		assertThat(zeroBase.message()).contains("一般行政管理事务").contains("199").contains("zero base");
		assertThat(findings(rule, this.luolong, Severity.INFO)).extracting(Finding::message)
			.anyMatch((m) -> m.contains("医疗保障经办事务") && m.contains("0.00 printed over a zero base"));
	}

	@Test
	void detailOfXuchang() {
		NarrativeDetailRule rule = new NarrativeDetailRule();
		Finding total = single(rule, this.xuchang, Severity.ERROR);
		figures(total, "1394.87", "1073.37", "-321.50");
		assertThat(total.location()).contains("一般公共预算财政拨款支出");
		assertThat(findings(rule, this.xuchang, Severity.WARNING)).extracting(Finding::message)
			.hasSize(4)
			.allMatch((m) -> m.contains("100.00 printed over a zero base"))
			.anyMatch((m) -> m.contains("其他科学技术支出"))
			.anyMatch((m) -> m.contains("公益性岗位补贴"))
			.anyMatch((m) -> m.contains("其他医疗保障管理事务支出"))
			.anyMatch((m) -> m.contains("一般行政管理事务"));
	}

	@Test
	void detailChecksTheActualAgainstFa05() {
		NarrativeDetailRule rule = new NarrativeDetailRule();
		List<Finding> errors = findings(rule, Mutate.figure(this.xuchang, 14, "行政运行", ACTUAL, "200.19"),
				Severity.ERROR);
		assertThat(errors).anySatisfy((f) -> {
			figures(f, "190.19", "200.19", "10.00");
			assertThat(f.location()).contains("FA05 row 2101501 行政运行");
		});
		notApplicable(rule, Mutate.withoutFigures(this.xuchang));
	}

	@Test
	void basic() {
		NarrativeBasicRule rule = new NarrativeBasicRule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		Finding error = single(rule, Mutate.figure(this.xuchang, 19, "人员经费", AMOUNT, "836.77"), Severity.ERROR);
		figures(error, "826.77", "836.77", "10.00");
		assertThat(error.location()).contains("FA06");
		notApplicable(rule, Mutate.withoutFigures(this.xuchang));
	}

	@Test
	void threePublic() {
		NarrativeThreePublicRule rule = new NarrativeThreePublicRule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		assertThat(findings(rule, this.xuchang, Severity.INFO)).extracting(Finding::message)
			.anyMatch((m) -> m.contains("52.41") && m.contains("49.15%–54.39%"));
		List<Finding> errors = findings(rule, Mutate.figure(this.xuchang, 20, "一般公共预算财政拨款“三公”经费支出", ACTUAL, "0.25"),
				Severity.ERROR);
		assertThat(errors).anySatisfy((f) -> figures(f, "0.15", "0.25", "0.10"));
		notApplicable(rule, Mutate.withoutFigures(this.xuchang));
	}

	@Test
	void threePublicReceptionIsForeignPlusDomesticAndSpendingMeansVisits() {
		NarrativeThreePublicRule rule = new NarrativeThreePublicRule();
		DocumentParsed noVisits = Mutate.figure(Mutate.figure(this.xuchang, 28, "国内来访团组", COUNT, "0"), 28, "来宾", COUNT,
				"0");
		Finding warning = single(rule, noVisits, Severity.WARNING);
		assertThat(warning.message()).contains("国内公务接待").contains("no trips or visits");
		List<Finding> errors = findings(rule, Mutate.figure(this.xuchang, 27, "外宾接待支出", AMOUNT, "0.10"),
				Severity.ERROR);
		assertThat(errors).anySatisfy((f) -> assertThat(f.message()).contains("公务接待费 = 外宾接待 + 国内公务接待"));
	}

	@Test
	void yearOnYear() {
		NarrativeYearOnYearRule rule = new NarrativeYearOnYearRule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		passes(rule, this.lushi);
		Finding overCurrent = single(rule, Mutate.figure(this.luolong, 26, "人员经费", CHANGE_RATE, "30.20"),
				Severity.ERROR);
		figures(overCurrent, "43.27", "30.20", "-13.07");
		assertThat(overCurrent.message()).contains("not Δ / prior year");
		List<Finding> sameChange = findings(rule, Mutate.figure(this.luolong, 6, "财政拨款收支总计", CHANGE_RATE, "-70"),
				Severity.ERROR);
		assertThat(sameChange).extracting(Finding::message)
			.anyMatch((m) -> m.contains("the same Δ carries the same rate"));
		notApplicable(rule, Mutate.withoutFigures(this.luolong));
	}

	@Test
	void yearOnYearOverAZeroPriorYearIsAWarning() {
		List<NarrativeFigure> figures = List.of(Build.figure("十、机关运行经费支出情况说明", 1, "机关运行经费", AMOUNT, "5.00"),
				Build.figure("十、机关运行经费支出情况说明", 1, "机关运行经费", CHANGE, "5.00"),
				Build.figure("十、机关运行经费支出情况说明", 1, "机关运行经费", CHANGE_RATE, "100"));
		Finding warning = single(new NarrativeYearOnYearRule(), Mutate.withFigures(this.luolong, figures),
				Severity.WARNING);
		assertThat(warning.message()).contains("zero base");
	}

	@Test
	void procurement() {
		NarrativeProcurementRule rule = new NarrativeProcurementRule();
		passes(rule, this.luolong);
		passes(rule, this.lushi);
		Finding error = single(rule, Mutate.figure(this.luolong, 39, "政府采购货物支出", AMOUNT, "5.00"), Severity.ERROR);
		figures(error, "5.00", "0.00", "-5.00");
		notApplicable(rule, Mutate.withoutFigures(this.luolong));
	}

	@Test
	void assets() {
		NarrativeAssetRule rule = new NarrativeAssetRule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		passes(rule, this.lushi);
		Finding error = single(rule, Mutate.figure(this.xuchang, 33, "其他用车", COUNT, "2"), Severity.ERROR);
		figures(error, "2", "1", "-1");
		notApplicable(rule, Mutate.withoutFigures(this.xuchang));
	}

	@Test
	void performance() {
		NarrativePerformanceRule rule = new NarrativePerformanceRule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		Finding score = single(rule, Mutate.cell(this.luolong, "PERF_DEPT", named("总分"), "实际完成值", "98.23"),
				Severity.ERROR);
		figures(score, "99.23", "98.23", "-1.00");
		assertThat(findings(rule, Mutate.cell(this.luolong, "PERF_PROJECT", named("年度资金总额:"), "全年执行数", "2"),
				Severity.ERROR))
			.anySatisfy((rate) -> figures(rate, "50.00", "100.0", "50.0"))
			.anySatisfy((sources) -> assertThat(sources.message()).contains("Σ its sources"));
		assertThat(findings(rule, Mutate.cell(this.luolong, "PERF_PROJECT", named("年度资金总额:"), "执行率", "90.0 %"),
				Severity.ERROR))
			.as("4 / 4 printed as whole 万元 allows 77.8%%–128.6%%")
			.isEmpty();
		Finding narrative = single(rule, Mutate.figure(this.xuchang, 35, "城乡居民基本医疗保险市级配套资金", COMPLETION, "87.65"),
				Severity.ERROR);
		figures(narrative, "97.65", "87.65", "-10.00");
		assertThat(findings(rule, Mutate.cell(this.luolong, "PERF_DEPT", named("群众满意度"), "得分", "12"), Severity.ERROR))
			.anySatisfy((above) -> figures(above, "10.00", "12.00", "2.00"))
			.anySatisfy((total) -> figures(total, "101.23", "99.23", "-2.00"));
		notApplicable(rule, this.lushi);
	}

	@Test
	void performanceScoresAreNotAddedWhenTheirMaximaDoNotReachFullMarks() {
		NarrativePerformanceRule rule = new NarrativePerformanceRule();
		DocumentParsed partial = Mutate.tables(this.luolong, (t) -> {
			if (!t.code().equals("PERF_DEPT")) {
				return t;
			}
			List<org.disclosure.contracts.ParsedTable.ParsedRow> rows = new ArrayList<>(t.rows());
			rows.remove(10);
			return Mutate.withRows(t, rows);
		});
		DocumentParsed wrongTotal = Mutate.cell(partial, "PERF_DEPT", named("总分"), "实际完成值", "90.00");
		assertThat(findings(rule, wrongTotal, Severity.ERROR)).isEmpty();
		assertThat(findings(rule, wrongTotal, Severity.INFO))
			.anySatisfy((f) -> assertThat(f.message()).contains("not verified"));
	}

}
