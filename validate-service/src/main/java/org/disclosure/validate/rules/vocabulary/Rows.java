package org.disclosure.validate.rules.vocabulary;

import java.util.List;

/**
 * The row names the rules read (numbering stripped, matched by name, never by 行次), and
 * the groups of the two-sided tables. The one place to align with the parser's row names.
 */
public final class Rows {

	/** The income side of FA01, FA04, BU01, BU04. */
	public static final String INCOME = "收入";

	/** The expenditure side of FA01, FA04, BU01, BU04. */
	public static final String EXPENDITURE = "支出";

	/** FA06/BU06 group of 301/303 rows. */
	public static final String PERSONNEL = "人员经费";

	/** FA06/BU06 group of 302/307/310/399 rows. */
	public static final String PUBLIC_FUNDS = "公用经费";

	/** Row kinds of the contract. */
	public static final String KIND_TOTAL = "total";

	public static final String KIND_SUBJECT = "subject";

	public static final String KIND_UNIT = "unit";

	public static final String KIND_LINE = "line";

	/** FA01 row 1; FA04 row 1; BU01 一、一般公共预算. */
	public static final Term GENERAL_BUDGET_INCOME = Term.of("一般公共预算财政拨款收入", "一般公共预算财政拨款", "一般公共预算拨款收入", "一般公共预算拨款",
			"一般公共预算");

	/** FA01 row 2; FA04 row 2. */
	public static final Term FUND_INCOME = Term.of("政府性基金预算财政拨款收入", "政府性基金预算财政拨款", "政府性基金预算拨款收入", "政府性基金预算拨款",
			"政府性基金预算");

	/** FA01 row 3; FA04 row 3. */
	public static final Term STATE_CAPITAL_INCOME = Term.of("国有资本经营预算财政拨款收入", "国有资本经营预算财政拨款", "国有资本经营预算拨款收入",
			"国有资本经营预算拨款", "国有资本经营预算");

	/** FA01 row 4. */
	public static final Term SUPERIOR_SUBSIDY = Term.of("上级补助收入");

	/** FA01 row 5. */
	public static final Term SERVICE_INCOME = Term.of("事业收入");

	/** FA01 row 6. */
	public static final Term BUSINESS_INCOME = Term.of("经营收入", "事业单位经营收入");

	/** FA01 row 7. */
	public static final Term AFFILIATED_INCOME = Term.of("附属单位上缴收入");

	/** FA01 row 8. */
	public static final Term OTHER_INCOME = Term.of("其他收入");

	/** FA01/FA04/BU01: 本年收入合计. */
	public static final Term INCOME_TOTAL = Term.of("本年收入合计", "本年收入小计", "当年收入小计", "收入合计", "本年收入");

	/** FA01/FA04/BU01: 本年支出合计. */
	public static final Term EXPENDITURE_TOTAL = Term.of("本年支出合计", "本年支出小计", "当年支出小计", "支出合计", "本年支出");

	/** FA01: 使用非财政拨款结余; BU01: 用事业基金弥补收支差额. */
	public static final Term USE_OF_BALANCE = Term.of("使用非财政拨款结余(含专用结余)", "使用非财政拨款结余", "用事业基金弥补收支差额");

	/** FA01 年初结转和结余; FA04 年初财政拨款结转和结余; BU01 上年结转结余. */
	public static final Term CARRYOVER_BEGIN = Term.of("年初结转和结余", "年初财政拨款结转和结余", "上年结转结余", "上年结转", "年初结转结余", "上年结转资金",
			"上年结转和结余资金");

	/** FA01: 结余分配. */
	public static final Term BALANCE_DISTRIBUTION = Term.of("结余分配");

	/** FA01 年末结转和结余; FA04 年末财政拨款结转和结余; BU01 年终结转结余. */
	public static final Term CARRYOVER_END = Term.of("年末结转和结余", "年末财政拨款结转和结余", "年终结转结余", "年末结转结余", "结转下年资金", "结转下年");

	/** FA01/FA04/BU01: 总计 of the income side. */
	public static final Term INCOME_GRAND_TOTAL = Term.of("总计", "收入总计");

	/** FA01/FA04/BU01: 总计 of the expenditure side. */
	public static final Term EXPENDITURE_GRAND_TOTAL = Term.of("总计", "支出总计");

	/** The total row of a subject table. */
	public static final Term TOTAL = Term.of("合计", "总计", "小计");

	/** FA06: 人员经费合计. */
	public static final Term PERSONNEL_TOTAL = Term.of("人员经费合计", "人员经费小计", "人员经费");

	/** FA06: 公用经费合计. */
	public static final Term PUBLIC_FUNDS_TOTAL = Term.of("公用经费合计", "公用经费小计", "公用经费");

	/** FA09/BU08: the 三公 total. */
	public static final Term THREE_PUBLIC_TOTAL = Term.of("合计", "三公经费合计", "“三公”经费合计", "总计");

	/** FA09/BU08: 因公出国（境）费. */
	public static final Term OUTBOUND = Term.of("因公出国(境)费", "因公出国(境)费用", "因公出国(境)");

	/** FA09/BU08: 公务用车购置及运行维护费. */
	public static final Term VEHICLES = Term.of("公务用车购置及运行维护费", "公务用车购置及运行费", "公务用车购置及运行维护费小计", "小计");

	/** FA09/BU08: 公务用车购置费. */
	public static final Term VEHICLE_PURCHASE = Term.of("公务用车购置费", "公务用车购置");

	/** FA09/BU08: 公务用车运行维护费. */
	public static final Term VEHICLE_OPERATION = Term.of("公务用车运行维护费", "公务用车运行费", "公务用车运行维护");

	/** FA09/BU08: 公务接待费. */
	public static final Term RECEPTION = Term.of("公务接待费");

	/** PERF_*: the funds row (执行率 = 全年执行数 / 全年预算数). */
	public static final Term FUNDS_TOTAL = Term.of("年度资金总额", "部门预算总额(万元)", "部门预算总额", "项目资金总额", "资金总额");

	/** PERF_*: 总分. */
	public static final Term SCORE_TOTAL = Term.of("总分", "合计得分");

	/** PERF_*: the sources under the funds row, which carry no score. */
	public static final List<String> FUND_SOURCE_WORDS = List.of("财政拨款", "财政专户", "单位资金", "其他资金", "资金来源", "政府预算资金",
			"上级补助", "自有资金");

	/** Economic classes of 人员经费 (FA06-TOTALS): 工资福利支出, 对个人和家庭的补助. */
	public static final List<String> PERSONNEL_CLASSES = List.of("301", "303");

	/** Economic classes of 公用经费 (FA06-TOTALS): 商品和服务, 债务利息, 资本性, 其他. */
	public static final List<String> PUBLIC_FUNDS_CLASSES = List.of("302", "307", "310", "399");

	private Rows() {
	}

	/** True when a row's printed label marks it as a part of the row above (其中：…). */
	public static boolean isPartOfAbove(String label) {
		return Names.fold(label).startsWith("其中");
	}

}
