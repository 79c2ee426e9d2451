package org.disclosure.validate.rules.vocabulary;

/**
 * The column names the rules read, per table: the canonical names a reader takes from the
 * printed headers, with the other names the parser or the documents use. The one place to
 * align with the parser's column mapping.
 */
public final class Columns {

	/** FA01, BU01, FA04/BU04 income side: the single amount column. */
	public static final Term AMOUNT = Term.of("金额", "决算数", "预算数", "合计");

	/** FA02: 本年收入合计. */
	public static final Term INCOME_TOTAL = Term.of("本年收入合计", "收入合计", "合计");

	/** FA02: 财政拨款收入. */
	public static final Term FISCAL_INCOME = Term.of("财政拨款收入", "财政拨款");

	/** FA02: 上级补助收入. */
	public static final Term SUPERIOR_SUBSIDY_INCOME = Term.of("上级补助收入");

	/** FA02: 事业收入. */
	public static final Term SERVICE_INCOME = Term.of("事业收入");

	/** FA02: 经营收入. */
	public static final Term BUSINESS_INCOME = Term.of("经营收入");

	/** FA02: 附属单位上缴收入. */
	public static final Term AFFILIATED_INCOME = Term.of("附属单位上缴收入");

	/** FA02: 其他收入. */
	public static final Term OTHER_INCOME = Term.of("其他收入");

	/** FA03: 本年支出合计. */
	public static final Term EXPENDITURE_TOTAL = Term.of("本年支出合计", "支出合计", "合计");

	/** FA03, FA05, FA07, FA08, BU03, BU05: 基本支出 (BU03/BU05: its 小计). */
	public static final Term BASIC = Term.of("基本支出", "基本支出小计");

	/** FA03, FA05, FA07, FA08, BU03, BU05: 项目支出 (BU03/BU05: its 小计). */
	public static final Term PROJECT = Term.of("项目支出", "项目支出小计");

	/** FA03: 上缴上级支出. */
	/** Jiangsu's third use of the expenditure, beside 基本支出 and 项目支出. */
	public static final Term RESERVE = Term.of("单位预留机动经费");

	/**
	 * Funds carried to the next year, part of a budget's 合计 where printed as a column.
	 */
	public static final Term CARRIED_TO_NEXT_YEAR = Term.of("结转下年资金", "结转下年");

	public static final Term PAID_TO_SUPERIOR = Term.of("上缴上级支出");

	/** FA03: 经营支出. */
	public static final Term BUSINESS_EXPENDITURE = Term.of("经营支出");

	/** FA03: 对附属单位补助支出. */
	public static final Term SUBSIDY_TO_AFFILIATED = Term.of("对附属单位补助支出");

	/** FA05, FA08: the total of a row (printed 小计, 合计 or 本年支出). */
	public static final Term SUBTOTAL = Term.of("合计", "小计", "本年支出", "本年支出合计", "决算数");

	/** FA05 (where split), BU06, BU07: 人员经费. */
	public static final Term PERSONNEL = Term.of("人员经费");

	/** FA05 (where split), BU06, BU07: 公用经费. */
	public static final Term PUBLIC_FUNDS = Term.of("公用经费");

	/** FA04/BU04 expenditure side: 合计. */
	public static final Term FISCAL_TOTAL = Term.of("合计", "小计", "金额");

	/** FA04/BU04 expenditure side: 一般公共预算财政拨款. */
	public static final Term GENERAL_BUDGET = Term.of("一般公共预算财政拨款", "一般公共预算");

	/** FA04/BU04 expenditure side: 政府性基金预算财政拨款. */
	public static final Term FUND_BUDGET = Term.of("政府性基金预算财政拨款", "政府性基金预算", "政府性基金");

	/** FA04/BU04 expenditure side: 国有资本经营预算财政拨款. */
	public static final Term STATE_CAPITAL_BUDGET = Term.of("国有资本经营预算财政拨款", "国有资本经营预算", "国有资本经营");

	/** FA06, BU06, BU07, BU12: the amount of an economic row (决算数, 预算数 or 合计). */
	public static final Term ECONOMIC_AMOUNT = Term.of("决算数", "预算数", "合计", "金额");

	/** BU06, BU07, BU12, BU03, BU05: 合计. */
	public static final Term TOTAL = Term.of("合计", "总计", "小计");

	/** FA07: 年初结转和结余. */
	public static final Term CARRIED_IN = Term.of("年初结转和结余", "年初结转结余");

	/** FA07: 本年收入. */
	public static final Term YEAR_INCOME = Term.of("本年收入");

	/** FA07: 本年支出 (its 小计). */
	public static final Term YEAR_EXPENDITURE = Term.of("本年支出合计", "本年支出", "小计", "合计");

	/** FA07: 年末结转和结余. */
	public static final Term CARRIED_OUT = Term.of("年末结转和结余", "年末结转结余");

	/** FA09, BU08: 预算数. */
	public static final Term BUDGETED = Term.of("预算数", "预算", "全年预算数");

	/** FA09: 决算数. */
	public static final Term ACTUAL = Term.of("决算数", "决算", "实际支出");

	/** BU03, BU05: 工资福利支出 (人员经费). */
	public static final Term WAGES = Term.of("工资福利支出");

	/** BU03, BU05: 对个人和家庭的补助 (人员经费). */
	public static final Term PERSONAL_SUBSIDIES = Term.of("对个人和家庭的补助", "对个人和家庭的补助支出");

	/** BU03, BU05: 商品和服务支出 (公用经费). */
	public static final Term GOODS_AND_SERVICES = Term.of("商品和服务支出");

	/** BU03, BU05: 资本性支出 (公用经费). */
	public static final Term CAPITAL = Term.of("资本性支出");

	/** BU03, BU05: 其他运转类 (项目支出). */
	public static final Term OTHER_OPERATING = Term.of("其他运转类", "其他运转类项目");

	/** BU03, BU05: 特定目标类 (项目支出). */
	public static final Term SPECIFIC_PURPOSE = Term.of("特定目标类", "特定目标类项目");

	/** BU10: a project's amount. */
	public static final Term PROJECT_AMOUNT = Term.of("合计", "金额", "项目金额", "本年拨款");

	/** BU14: a block's or project's funds. */
	public static final Term FUNDS = Term.of("资金总额", "项目金额", "合计", "金额");

	/** BU14: 政府预算资金, a source of 资金总额. */
	public static final Term GOVERNMENT_FUNDS = Term.of("政府预算资金", "财政拨款");

	/** BU14: 财政专户管理资金, a source of 资金总额. */
	public static final Term SPECIAL_ACCOUNT_FUNDS = Term.of("财政专户管理资金");

	/** BU14: 单位资金, a source of 资金总额. */
	public static final Term UNIT_FUNDS = Term.of("单位资金");

	/** PERF_*: 全年预算数. */
	public static final Term FULL_YEAR_BUDGET = Term.of("全年预算数");

	/** PERF_*: 全年执行数. */
	public static final Term FULL_YEAR_EXECUTED = Term.of("全年执行数");

	/** PERF_*: 执行率. */
	public static final Term EXECUTION_RATE = Term.of("执行率");

	/** PERF_*: 分值. */
	public static final Term SCORE_MAX = Term.of("分值");

	/** PERF_*: 得分. */
	public static final Term SCORE = Term.of("得分");

	private Columns() {
	}

}
