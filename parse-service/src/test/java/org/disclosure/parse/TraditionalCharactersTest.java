package org.disclosure.parse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

import com.ibm.icu.text.Transliterator;
import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.parse.tables.Table;
import org.disclosure.parse.tables.TableCode;
import org.disclosure.parse.text.CompactText;
import org.disclosure.parse.text.SimplifiedCharacters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A disclosure printed in traditional characters (部門決算, 收入支出決算總表) reads as its simplified
 * twin: the same tables, rows, totals, narrative figures and metadata, with names, titles
 * and labels kept as printed.
 */
class TraditionalCharactersTest {

	private static final String SIMPLIFIED = """
			洛阳市洛龙区医疗保障局
			2024年度部门决算公开

			第一部分 洛阳市洛龙区医疗保障局概况
			一、部门职责
			负责全区医疗保障基金监督管理和医疗救助工作。
			二、决算单位构成
			从决算单位构成看，洛阳市洛龙区医疗保障局部门决算包括：本级决算。

			第二部分 2024年度部门决算表
			收入支出决算总表
			公开01表
			部门：洛阳市洛龙区医疗保障局
			金额单位：万元
			收入\t\t\t支出\t\t
			项目\t行次\t金额\t项目\t行次\t金额
			栏次\t\t1\t栏次\t\t2
			一、一般公共预算财政拨款收入\t1\t1,055.79\t一、一般公共服务支出\t31\t3.18
			二、政府性基金预算财政拨款收入\t2\t0.00\t二、社会保障和就业支出\t32\t31.71
			三、国有资本经营预算财政拨款收入\t3\t0.00\t三、卫生健康支出\t33\t993.85
			四、上级补助收入\t4\t0.00\t四、住房保障支出\t34\t27.05
			五、事业收入\t5\t0.00\t\t\t
			六、经营收入\t6\t0.00\t\t\t
			七、附属单位上缴收入\t7\t0.00\t\t\t
			八、其他收入\t8\t0.00\t\t\t
			本年收入合计\t9\t1,055.79\t本年支出合计\t35\t1,055.79
			使用非财政拨款结余（含专用结余）\t10\t0.00\t结余分配\t36\t0.00
			年初结转和结余\t11\t0.00\t年末结转和结余\t37\t0.00
			总计\t12\t1,055.79\t总计\t38\t1,055.79
			注：本表反映部门本年度的总收支和年末结转结余情况。

			第三部分 2024年度部门决算情况说明
			一、收入支出决算总体情况说明
			2024年度收、支总计均为1055.79万元。与上年度相比，收、支总计各减少3762.6万元，减少78%。主要原因是项目支出不包含区财政对城乡居民基本医疗保险基金的补助支出。
			二、收入决算情况说明
			2024年度收入合计1055.79万元，其中：财政拨款收入1055.79万元，占100.00%；其他收入0.00万元，占0.00%。
			""";

	/** {@link #SIMPLIFIED} as a Taipei or Hong Kong reader would print it. */
	private static final String TRADITIONAL = """
			洛陽市洛龍區醫療保障局
			2024年度部門決算公開

			第一部分 洛陽市洛龍區醫療保障局概況
			一、部門職責
			負責全區醫療保障基金監督管理和醫療救助工作。
			二、決算單位構成
			從決算單位構成看，洛陽市洛龍區醫療保障局部門決算包括：本級決算。

			第二部分 2024年度部門決算表
			收入支出決算總表
			公開01表
			部門：洛陽市洛龍區醫療保障局
			金額單位：萬元
			收入\t\t\t支出\t\t
			項目\t行次\t金額\t項目\t行次\t金額
			欄次\t\t1\t欄次\t\t2
			一、一般公共預算財政撥款收入\t1\t1,055.79\t一、一般公共服務支出\t31\t3.18
			二、政府性基金預算財政撥款收入\t2\t0.00\t二、社會保障和就業支出\t32\t31.71
			三、國有資本經營預算財政撥款收入\t3\t0.00\t三、衛生健康支出\t33\t993.85
			四、上級補助收入\t4\t0.00\t四、住房保障支出\t34\t27.05
			五、事業收入\t5\t0.00\t\t\t
			六、經營收入\t6\t0.00\t\t\t
			七、附屬單位上繳收入\t7\t0.00\t\t\t
			八、其他收入\t8\t0.00\t\t\t
			本年收入合計\t9\t1,055.79\t本年支出合計\t35\t1,055.79
			使用非財政撥款結餘（含專用結餘）\t10\t0.00\t結餘分配\t36\t0.00
			年初結轉和結餘\t11\t0.00\t年末結轉和結餘\t37\t0.00
			總計\t12\t1,055.79\t總計\t38\t1,055.79
			注：本表反映部門本年度的總收支和年末結轉結餘情況。

			第三部分 2024年度部門決算情況說明
			一、收入支出決算總體情況說明
			2024年度收、支總計均為1055.79萬元。與上年度相比，收、支總計各減少3762.6萬元，減少78%。主要原因是項目支出不包含區財政對城鄉居民基本醫療保險基金的補助支出。
			二、收入決算情況說明
			2024年度收入合計1055.79萬元，其中：財政撥款收入1055.79萬元，佔100.00%；其他收入0.00萬元，佔0.00%。
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aTraditionalDisclosureReadsAsItsSimplifiedTwin() {
		ParseOutcome.Parsed simplified = parse(SIMPLIFIED);
		ParseOutcome.Parsed traditional = parse(TRADITIONAL);

		assertThat(traditional.tables()).containsExactly("FA01").isEqualTo(simplified.tables());
		assertThat(traditional.totals().amounts()).isEqualTo(simplified.totals().amounts())
			.containsEntry("revenue", new BigDecimal("1055.79"))
			.containsEntry("expenditure", new BigDecimal("1055.79"))
			.containsEntry("grand_total", new BigDecimal("1055.79"));
		assertThat(traditional.figures()).hasSameSizeAs(simplified.figures()).isNotEmpty();
		assertThat(folded(traditional)).isEqualTo(folded(simplified));
	}

	@Test
	void namesTitlesAndLabelsKeepThePrintedCharacters() {
		ParseOutcome.Parsed traditional = parse(TRADITIONAL);

		assertThat(traditional.metadata().department()).isEqualTo("洛陽市洛龍區醫療保障局");
		assertThat(traditional.metadata().docKind()).isEqualTo(DocKind.FINAL_ACCOUNT);
		assertThat(traditional.metadata().fiscalYear()).isEqualTo(2024);
		assertThat(traditional.metadata().region().city()).isEqualTo("洛阳市");
		assertThat(traditional.metadata().region().county()).isEqualTo("洛龙区");
		Table fa01 = traditional.tableContents().get(0);
		assertThat(fa01.code()).isEqualTo(TableCode.FA01);
		assertThat(fa01.title()).isEqualTo("收入支出決算總表");
		assertThat(fa01.rows()).anySatisfy((row) -> {
			assertThat(row.label()).isEqualTo("本年收入合計");
			assertThat(row.name()).as("the name rows are matched by").isEqualTo("本年收入合计");
		});
		assertThat(traditional.figures()).allSatisfy((figure) -> assertThat(figure.sentence()).doesNotContain("总计"))
			.anySatisfy((figure) -> assertThat(figure.sentence()).isEqualTo("2024年度收、支總計均為1055.79萬元。"))
			.anySatisfy((figure) -> assertThat(figure.sentence()).as("half-width, as every sentence is reported")
				.isEqualTo("與上年度相比,收、支總計各減少3762.6萬元,減少78%。"));
		assertThat(traditional.sections()).anySatisfy((section) -> assertThat(section).contains("決算情況說明"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "luolong-2024-final.txt", "lushi-2024-budget.txt", "xuchang-2024-final.txt" })
	void aFixtureConvertedToTraditionalCharactersReadsAsTheOriginal(String fileName) {
		FixtureDocument fixture = ParsedFixtures.fixture(fileName);
		ParseOutcome.Parsed original = ParsedFixtures.parsed(fixture);
		String text = new String(fixture.bytes(), StandardCharsets.UTF_8);
		String traditionalText = traditional(text);
		long changed = IntStream.range(0, text.length())
			.filter((i) -> text.charAt(i) != traditionalText.charAt(i))
			.count();
		assertThat(changed).as("characters printed differently").isGreaterThan(1000);

		ParseOutcome.Parsed traditional = parse(traditionalText);

		assertThat(traditional.tables()).isEqualTo(original.tables());
		assertThat(traditional.totals().amounts()).isEqualTo(original.totals().amounts());
		assertThat(folded(traditional)).isEqualTo(folded(original));
	}

	/**
	 * {@code text} in ICU's traditional characters, character by character, where the
	 * traditional form has {@code text}'s character as its simplified form (ICU writes 沉
	 * as 沈, which is a simplified character of its own; such characters stay as they
	 * are).
	 */
	private static String traditional(String text) {
		Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
		Map<Character, Character> forms = new HashMap<>();
		StringBuilder traditional = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			traditional.append(forms.computeIfAbsent(c, (simplified) -> {
				String form = toTraditional.transliterate(String.valueOf(simplified));
				return (form.length() == 1 && SimplifiedCharacters.of(form.charAt(0)) == simplified) ? form.charAt(0)
						: simplified;
			}));
		}
		return traditional.toString();
	}

	private static ParseOutcome.Parsed parse(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		ParseOutcome outcome = ParsedFixtures.parser()
			.parse(bytes, new DocumentSource(null, "disclosure.txt", null, bytes.length, null));
		assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
		return (ParseOutcome.Parsed) outcome;
	}

	/**
	 * What the next stages read of {@code parsed}, with traditional characters folded to
	 * simplified ones.
	 */
	private static String folded(ParseOutcome.Parsed parsed) {
		DocumentFetched fetched = new DocumentFetched(1, "d".repeat(64), "d".repeat(64),
				new DocumentSource(null, "disclosure.txt", "text/plain", 0, null), Instant.EPOCH);
		Map<?, ?> event = JSON.convertValue(DocumentParsedMapper.event(fetched, parsed, "text", Instant.EPOCH),
				Map.class);
		return CompactText.fold(JSON.writeValueAsString(event));
	}

}
