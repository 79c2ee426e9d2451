package org.disclosure.parse.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.parse.ParsedFixtures;
import org.disclosure.parse.tables.SubjectLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The narrative figures the rules need, as {@code findings_expected} names them, from
 * every format that carries the narrative.
 */
class NarrativeReaderTest {

	static Stream<FixtureDocument> luolong() {
		return ParsedFixtures.withNarrative().filter((fixture) -> fixture.document().startsWith("luolong"));
	}

	static Stream<FixtureDocument> xuchang() {
		return ParsedFixtures.withNarrative().filter((fixture) -> fixture.document().startsWith("xuchang"));
	}

	static Stream<FixtureDocument> lushi() {
		return ParsedFixtures.withNarrative().filter((fixture) -> fixture.document().startsWith("lushi"));
	}

	static Stream<FixtureDocument> spreadsheets() {
		return ParsedFixtures.all().filter(FixtureDocument::tablesOnly);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("luolong")
	void luolongStatesBudgetActualAndCompletionForEachItem(FixtureDocument fixture) {
		List<NarrativeFigure> figures = figures(fixture);
		List<NarrativeFigure> budgets = items(figures, Measure.BUDGET);
		assertThat(budgets).hasSize(14);
		assertThat(sum(budgets)).isEqualByComparingTo("1066.76");
		assertThat(value(figures, "工会事务", Measure.BUDGET)).isEqualByComparingTo("3.52");
		assertThat(value(figures, "工会事务", Measure.ACTUAL)).isEqualByComparingTo("3.18");
		assertThat(value(figures, "工会事务", Measure.COMPLETION_RATE)).isEqualByComparingTo("94.34");
		assertThat(value(figures, "信息化建设", Measure.BUDGET)).isEqualByComparingTo("10.00");
		assertThat(value(figures, "信息化建设", Measure.ACTUAL)).isEqualByComparingTo("1.62");
		assertThat(value(figures, "信息化建设", Measure.COMPLETION_RATE)).isEqualByComparingTo("0.16");
		assertThat(value(figures, "一般行政管理事务", Measure.BUDGET)).isEqualByComparingTo("0.00");
		assertThat(value(figures, "一般行政管理事务", Measure.COMPLETION_RATE)).isEqualByComparingTo("199");
		NarrativeFigure union = find(figures, "工会事务", Measure.BUDGET);
		assertThat(union.level()).isEqualTo(SubjectLevel.ITEM);
		assertThat(union.subjectPath()).isEqualTo("一般公共服务支出/群众团体事务/工会事务");
		assertThat(union.section()).startsWith("五、");
		assertThat(union.subsection()).contains("具体情况");
		assertThat(union.sentence()).contains("3.52");
		NarrativeFigure stated = figures.stream()
			.filter((figure) -> figure.topic() == Topic.GENERAL_BUDGET && figure.measure() == Measure.BUDGET)
			.findFirst()
			.orElseThrow();
		assertThat(stated.value()).isEqualByComparingTo("1055.79");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("luolong")
	void luolongStatesClassSharesChangesCountsAndProcurement(FixtureDocument fixture) {
		List<NarrativeFigure> figures = figures(fixture);
		NarrativeFigure social = find(figures, "社会保障和就业支出", Measure.AMOUNT);
		assertThat(social.value()).isEqualByComparingTo("31.71");
		assertThat(social.level()).isEqualTo(SubjectLevel.CLASS);
		assertThat(value(figures, "社会保障和就业支出", Measure.SHARE)).isEqualByComparingTo("3.01");
		NarrativeFigure change = find(figures, "收支总计", Measure.CHANGE_AMOUNT);
		assertThat(change.direction()).isEqualTo(Direction.DECREASE);
		assertThat(change.signedValue()).isEqualByComparingTo("-3762.6");
		assertThat(change.value().scale()).isEqualTo(1);
		assertThat(value(figures, "收支总计", Measure.CHANGE_RATE)).isEqualByComparingTo("78");
		assertThat(find(figures, "人员经费", Measure.CHANGE_RATE).direction()).isEqualTo(Direction.INCREASE);
		assertThat(value(figures, "人员经费", Measure.AMOUNT)).isEqualByComparingTo("298.64");
		assertThat(value(figures, "机关运行经费", Measure.BUDGET)).isEqualByComparingTo("21.34");
		assertThat(value(figures, "机关运行经费", Measure.COMPLETION_RATE)).isEqualByComparingTo("92.83");
		assertThat(value(figures, "政府采购货物", Measure.AMOUNT)).isEqualByComparingTo("0.00");
		assertThat(find(figures, "授予中小企业合同", Measure.SHARE).base()).isEqualTo("政府采购支出总额");
		assertThat(find(figures, "公务用车保有量", Measure.COUNT).unit()).isEqualTo("辆");
		assertThat(find(figures, "一般公共预算财政拨款支出", Measure.SHARE).base()).isEqualTo("支出合计");
		assertThat(figures).filteredOn((figure) -> figure.topic() == Topic.ASSETS && "辆".equals(figure.unit()))
			.hasSizeGreaterThanOrEqualTo(9);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("xuchang")
	void xuchangStatesElevenItemsWithBudgetsAndCompletionRates(FixtureDocument fixture) {
		List<NarrativeFigure> figures = figures(fixture);
		List<NarrativeFigure> budgets = items(figures, Measure.BUDGET);
		assertThat(budgets).hasSize(11);
		assertThat(sum(budgets)).isEqualByComparingTo("1394.87");
		assertThat(items(figures, Measure.COMPLETION_RATE)).hasSize(11);
		for (String zeroBase : List.of("其他科学技术支出", "公益性岗位补贴", "其他医疗保障管理事务支出", "一般行政管理事务")) {
			assertThat(value(figures, zeroBase, Measure.BUDGET)).as(zeroBase).isEqualByComparingTo("0.00");
			assertThat(value(figures, zeroBase, Measure.COMPLETION_RATE)).as(zeroBase).isEqualByComparingTo("100.00");
		}
		assertThat(value(figures, "其他科学技术支出", Measure.ACTUAL)).isEqualByComparingTo("70.25");
		NarrativeFigure stated = figures.stream()
			.filter((figure) -> figure.topic() == Topic.GENERAL_BUDGET && figure.measure() == Measure.COMPLETION_RATE)
			.findFirst()
			.orElseThrow();
		assertThat(stated.value()).isEqualByComparingTo("100.00");
		assertThat(value(figures, "三公经费", Measure.BUDGET)).isEqualByComparingTo("0.29");
		assertThat(value(figures, "三公经费", Measure.ACTUAL)).isEqualByComparingTo("0.15");
		assertThat(value(figures, "三公经费", Measure.COMPLETION_RATE)).isEqualByComparingTo("52.41");
		assertThat(figures).filteredOn((figure) -> figure.measure() == Measure.COUNT && "人次".equals(figure.unit()))
			.extracting(NarrativeFigure::value)
			.contains(new BigDecimal("10"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lushi")
	void lushiStatesPersonnelFiguresTwiceWithDifferentAmounts(FixtureDocument fixture) {
		List<NarrativeFigure> figures = figures(fixture);
		List<NarrativeFigure> personnel = figures.stream()
			.filter((figure) -> figure.topic() == Topic.PERSONNEL && figure.measure() == Measure.AMOUNT)
			.toList();
		assertThat(personnel).extracting(NarrativeFigure::value)
			.containsExactly(new BigDecimal("611.78"), new BigDecimal("601.22"));
		assertThat(personnel.get(0).section()).startsWith("六、");
		assertThat(personnel.get(1).section()).startsWith("十、");
		assertThat(personnel.get(1).subsection()).contains("(三)");
		List<NarrativeFigure> publicFunds = figures.stream()
			.filter((figure) -> figure.topic() == Topic.PUBLIC_FUNDS && figure.measure() == Measure.AMOUNT)
			.toList();
		assertThat(publicFunds).extracting(NarrativeFigure::value)
			.containsExactly(new BigDecimal("16.70"), new BigDecimal("27.26"));
		assertThat(value(figures, "三公经费", Measure.BUDGET)).isEqualByComparingTo("3.20");
		assertThat(value(figures, "公务接待费", Measure.AMOUNT)).isEqualByComparingTo("0.20");
		assertThat(find(figures, "公务接待费", Measure.CHANGE_RATE).value()).isEqualByComparingTo("33.33");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("spreadsheets")
	void theTablesOnlySpreadsheetsHaveNoNarrative(FixtureDocument fixture) {
		assertThat(figures(fixture)).isEmpty();
	}

	private static List<NarrativeFigure> figures(FixtureDocument fixture) {
		return ParsedFixtures.parsed(fixture).figures();
	}

	private static List<NarrativeFigure> items(List<NarrativeFigure> figures, Measure measure) {
		return figures.stream()
			.filter((figure) -> figure.level() == SubjectLevel.ITEM && figure.measure() == measure
					&& figure.item() != null)
			.toList();
	}

	private static BigDecimal sum(List<NarrativeFigure> figures) {
		return figures.stream().map(NarrativeFigure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static NarrativeFigure find(List<NarrativeFigure> figures, String subject, Measure measure) {
		return figures.stream()
			.filter((figure) -> figure.subject().equals(subject) && figure.measure() == measure)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + measure + " of " + subject));
	}

	private static BigDecimal value(List<NarrativeFigure> figures, String subject, Measure measure) {
		return find(figures, subject, measure).value();
	}

}
