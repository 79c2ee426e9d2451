package org.disclosure.parse.figures;

import java.math.BigDecimal;
import java.util.List;

import org.disclosure.parse.tables.SubjectLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures read from single narrative paragraphs. */
class FigureParserTest {

	@Test
	void amountsSharesAndChangesAreTiedToTheirSubject() {
		List<NarrativeFigure> figures = parse("三、支出决算情况说明",
				"2024年度支出合计1073.37万元，其中：基本支出899.59万元，占83.81%;项目支出173.78万元，占16.19%。与上年度相比，项目支出减少79.62万元，下降6.91%。");
		assertThat(figures).extracting(NarrativeFigure::subject)
			.containsExactly("支出合计", "基本支出", "基本支出", "项目支出", "项目支出", "项目支出", "项目支出");
		assertThat(figures).extracting(NarrativeFigure::measure)
			.containsExactly(Measure.AMOUNT, Measure.AMOUNT, Measure.SHARE, Measure.AMOUNT, Measure.SHARE,
					Measure.CHANGE_AMOUNT, Measure.CHANGE_RATE);
		assertThat(figures.get(5).signedValue()).isEqualByComparingTo("-79.62");
		assertThat(figures.get(2).topic()).isEqualTo(Topic.BASIC_EXPENDITURE);
		assertThat(figures.get(0).sentence()).startsWith("2024年度支出合计");
	}

	@Test
	void anItemsFiguresBelongToTheItemsSubject() {
		List<NarrativeFigure> figures = parse("五、一般公共预算财政拨款支出决算情况说明",
				"10. 卫生健康支出（类）医疗保障管理事务（款）信息化建设（项）。年初预算数为 10.00 万元，决算数 1.62 万元，完成年初预算的 0.16%，差额 8.38 万元为政务外网提升。");
		NarrativeFigure budget = figures.get(0);
		assertThat(budget.subject()).isEqualTo("信息化建设");
		assertThat(budget.subjectPath()).isEqualTo("卫生健康支出/医疗保障管理事务/信息化建设");
		assertThat(budget.level()).isEqualTo(SubjectLevel.ITEM);
		assertThat(budget.item()).startsWith("10. 卫生健康支出");
		assertThat(figures).extracting(NarrativeFigure::measure)
			.startsWith(Measure.BUDGET, Measure.ACTUAL, Measure.COMPLETION_RATE);
		assertThat(figures.get(2).base()).isEqualTo("年初预算");
		assertThat(figures.get(1).subject()).isEqualTo("信息化建设");
	}

	@Test
	void yearsDatesThresholdsAndDocumentNumbersAreNoFigures() {
		List<NarrativeFigure> figures = parse("十二、国有资产占用情况说明",
				"2024 年期末，本部门共有车辆 2 辆，其中：执法执勤用车 1 辆；单价 100 万元（含）以上设备 0 台。依据财预〔2017〕98号，10 月-12 月。");
		assertThat(figures).extracting(NarrativeFigure::value)
			.containsExactly(new BigDecimal("2"), new BigDecimal("1"), new BigDecimal("0"));
		assertThat(figures).extracting(NarrativeFigure::subject).startsWith("车辆", "执法执勤用车");
		assertThat(figures).extracting(NarrativeFigure::measure).containsOnly(Measure.COUNT);
	}

	@Test
	void budgetActualAndCompletionOfTheThreePublicExpenses() {
		List<NarrativeFigure> figures = parse("九、“三公”经费支出决算情况说明",
				"2024年度一般公共预算财政拨款“三公”经费支出预算为0.29万元，支出决算为0.15万元，完成预算的52.41%。其中：外宾接待支出0.00万元；2024年共接待国内来访团组1个、来宾10人次。");
		assertThat(figures).extracting(NarrativeFigure::subject)
			.containsExactly("三公经费", "三公经费", "三公经费", "外宾接待费", "来访团组", "来访人次");
		assertThat(figures).extracting(NarrativeFigure::measure)
			.containsExactly(Measure.BUDGET, Measure.ACTUAL, Measure.COMPLETION_RATE, Measure.AMOUNT, Measure.COUNT,
					Measure.COUNT);
		assertThat(figures).extracting(NarrativeFigure::topic).containsOnly(Topic.THREE_PUBLIC);
	}

	@Test
	void theDepartmentsNameIsNoPartOfASubject() {
		List<NarrativeFigure> figures = parse("一、收入支出预算总体情况说明",
				"2024年卢氏县医疗保障局部门收入总计838.98万元，支出总计838.98万元，与2023年预算相比，收入增加58.15万元，增长7.45%。");
		assertThat(figures).extracting(NarrativeFigure::subject).startsWith("收入总计", "支出总计");
		assertThat(figures.get(0).topic()).isEqualTo(Topic.GRAND_TOTAL);
		assertThat(figures.get(3).measure()).isEqualTo(Measure.CHANGE_RATE);
		assertThat(figures.get(3).value()).isEqualByComparingTo("7.45");
	}

	private static List<NarrativeFigure> parse(String section, String text) {
		return FigureParser.parse(new Paragraph(section, null, text, 0, 0), "卢氏县医疗保障局");
	}

}
